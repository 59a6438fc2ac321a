import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimitedError } from '../../../src/ports/jira';
import { FakeJira } from '../../fakes/fake-jira';
import { fixedClock } from '../../fakes/fakes';
import { InMemoryRecordStore } from '../../fakes/in-memory-record-store';

const world = vi.hoisted(() => ({ deps: null as unknown }));
vi.mock('../../../src/entry/wiring', () => ({ appDeps: () => world.deps }));
vi.mock('../../../src/adapters/forge/app-permissions', () => ({ signOffPermissionKey: () => 'sign-off' }));

const { signoffValidator } = await import('../../../src/entry/validators/signoff-validator');
const args = (key: string) => ({ issue: { key }, configuration: {}, transition: { from: { id: '3' }, to: { id: '4' } } });

describe('the "Requires PO sign-off" validator when it cannot read the issue', () => {
  let jira: FakeJira;
  beforeEach(() => {
    jira = new FakeJira();
    jira.addProject({ key: 'ACC' });
    world.deps = { jira: jira.asApp(), store: new InMemoryRecordStore(), clock: fixedClock() };
  });

  it('blocks an issue it cannot find, saying so instead of failing', async () => {
    const answer = await signoffValidator(args('ACC-404'));
    expect(answer.result).toBe(false);
    expect(answer.errorMessage).toMatch(/^Accord cannot find this issue to check its sign-off/u);
  });

  it('blocks while Jira is busy, and says to try again', async () => {
    jira.failNext('getIssue', () => new RateLimitedError('Jira answered 429', { status: 429, retryAfterSeconds: 30 }));
    const answer = await signoffValidator(args('ACC-1'));
    expect(answer).toEqual({ result: false, errorMessage: 'Jira is busy, so Accord could not check the sign-off. Try the transition again in a minute.' });
  });
});
