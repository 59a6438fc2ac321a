import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/entry/wiring', () => ({
  userActionDeps: () => {
    throw new Error('no Jira call may be made for a caller without an account');
  },
}));

const { projectResolvers } = await import('../../../src/entry/resolvers/project-resolvers');

describe('project resolvers need a signed-in user', () => {
  it('refuses an anonymous caller in words, before anything is read as that user', async () => {
    const context = { accountId: null, project: { id: '10000', key: 'ACC' } };
    for (const [name, definition] of Object.entries(projectResolvers)) {
      const payload = name === 'saveSettings' ? { version: null, settings: {} } : {};
      const answer = await (definition.run as (c: typeof context, p: unknown) => Promise<unknown>)(context, payload);
      expect(answer, name).toEqual({ ok: false, error: { code: 'invalid-payload', message: 'This page works only inside a project, for a signed-in user.' } });
    }
  });
});
