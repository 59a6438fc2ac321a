import { describe, expect, it } from 'vitest';
import { createJiraClient } from '../../../../src/adapters/jira';
import { UnexpectedResponseError, type IssueSearchPage } from '../../../../src/ports/jira';
import { instantTime, recordingTransport, type FakeHandler } from './fake-transport';

function client(handler: FakeHandler) {
  const fake = recordingTransport(handler);
  return { ...fake, jira: createJiraClient(fake.transport, { ...instantTime().options, retryBudgetMs: 20_000 }) };
}

const issue = (n: number) => ({ id: String(10_000 + n), key: `ACC-${n}`, fields: { summary: `Story ${n}` } });

describe('searchAllIssues', () => {
  it('follows nextPageToken until isLast and asks only for the named fields', async () => {
    const pages = [
      { issues: [issue(1), issue(2)], nextPageToken: 't1', isLast: false },
      { issues: [issue(3)], nextPageToken: 't2', isLast: false },
      { issues: [issue(4)], isLast: true },
    ];
    const { jira, requests } = client((_r, i) => ({ body: pages[i] }));
    const seen: IssueSearchPage[] = [];
    for await (const page of jira.searchAllIssues({ jql: 'project = ACC', fields: ['summary', 'status'], pageSize: 2 })) {
      seen.push(page);
    }
    expect(seen.flatMap((p) => p.issues.map((x) => x.key))).toEqual(['ACC-1', 'ACC-2', 'ACC-3', 'ACC-4']);
    expect(requests.map((r) => r.body)).toEqual([
      { jql: 'project = ACC', fields: ['summary', 'status'], maxResults: 2 },
      { jql: 'project = ACC', fields: ['summary', 'status'], maxResults: 2, nextPageToken: 't1' },
      { jql: 'project = ACC', fields: ['summary', 'status'], maxResults: 2, nextPageToken: 't2' },
    ]);
    expect(requests.every((r) => r.method === 'POST' && r.path === '/rest/api/3/search/jql')).toBe(true);
  });

  it('stops when a page has no token even if isLast is missing', async () => {
    const { jira, requests } = client(() => ({ body: { issues: [issue(1)] } }));
    const pages: IssueSearchPage[] = [];
    for await (const page of jira.searchAllIssues({ jql: 'project = ACC', fields: [] })) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.isLast).toBe(true);
    expect(requests[0]?.body).toMatchObject({ fields: ['id'] });
  });

  it('passes properties and expand through', async () => {
    const { jira, requests } = client(() => ({ body: { issues: [], isLast: true } }));
    await jira.searchIssues({ jql: 'sprint in futureSprints()', fields: ['summary'], properties: ['accord-readiness'], expand: ['renderedFields'] });
    expect(requests[0]?.body).toMatchObject({ properties: ['accord-readiness'], expand: 'renderedFields' });
  });

  it('fails clearly on a malformed page', async () => {
    const { jira } = client(() => ({ body: { issues: [{ key: 'ACC-1' }] } }));
    const error = await jira.searchIssues({ jql: 'project = ACC', fields: ['summary'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(/search issues.*unexpected shape/s);
    expect((error as Error).message).toContain('id');
  });
});

describe('getIssue', () => {
  it('builds the query from fields, expand and properties and keeps unknown fields', async () => {
    const { jira, requests } = client(() => ({
      body: {
        id: '10001',
        key: 'ACC-1',
        fields: { summary: 'Pay by card', customfield_10016: 5, description: null },
        changelog: { histories: [{ id: '1', created: '2026-01-01T00:00:00.000+0000', items: [{ field: 'status', fromString: 'To Do', toString: 'Done' }] }] },
      },
    }));
    const result = await jira.getIssue('ACC-1', { fields: ['summary', 'customfield_10016'], expand: ['changelog'], properties: ['accord-signoff'] });
    const url = new URL(requests[0]?.path ?? '', 'https://x');
    expect(url.pathname).toBe('/rest/api/3/issue/ACC-1');
    expect(url.searchParams.get('fields')).toBe('summary,customfield_10016');
    expect(url.searchParams.get('expand')).toBe('changelog');
    expect(url.searchParams.get('properties')).toBe('accord-signoff');
    expect(result.fields.customfield_10016).toBe(5);
    // A missing from/to must read as null, not as Object.prototype.toString.
    expect(result.changelog?.histories[0]?.items[0]).toMatchObject({ from: null, to: null, toString: 'Done' });
  });

  it('refuses a key that would change the path', async () => {
    const { jira, requests } = client(() => ({ body: {} }));
    await expect(jira.getIssue('../myself', { fields: [] })).rejects.toThrow(/path manipulation/);
    expect(requests).toHaveLength(0);
  });
});

describe('offset-paged lists', () => {
  it('collects every page of boards', async () => {
    const board = (id: number) => ({ id, name: `Board ${id}`, type: 'scrum' });
    const { jira, requests } = client((r) => {
      const startAt = Number(new URL(r.path, 'https://x').searchParams.get('startAt'));
      const all = [1, 2, 3, 4, 5].map(board);
      return { body: { values: all.slice(startAt, startAt + 2), startAt, maxResults: 2, total: 5, isLast: startAt + 2 >= 5 } };
    });
    expect((await jira.getBoardsForProject('ACC')).map((b) => b.id)).toEqual([1, 2, 3, 4, 5]);
    expect(requests).toHaveLength(3);
  });

  it('follows pages by total when there is no isLast', async () => {
    const project = (id: number) => ({ id: String(id), key: `P${id}`, name: `Project ${id}` });
    const { jira, requests } = client((r) => {
      const startAt = Number(new URL(r.path, 'https://x').searchParams.get('startAt'));
      return { body: { values: startAt === 0 ? [project(1), project(2)] : [project(3)], startAt, maxResults: 2, total: 3 } };
    });
    expect((await jira.listProjects()).map((p) => p.key)).toEqual(['P1', 'P2', 'P3']);
    expect(requests).toHaveLength(2);
  });

  it('asks for sprints by state and follows agile pages', async () => {
    const sprint = (id: number) => ({ id, name: `Sprint ${id}`, state: 'future' });
    const { jira, requests } = client((_r, i) => ({
      body: { values: i === 0 ? [sprint(1)] : [sprint(2)], isLast: i > 0, startAt: i, maxResults: 1 },
    }));
    expect((await jira.getSprints(7, ['future', 'active'])).map((s) => s.id)).toEqual([1, 2]);
    const url = new URL(requests[1]?.path ?? '', 'https://x');
    expect(url.pathname).toBe('/rest/agile/1.0/board/7/sprint');
    expect(url.searchParams.get('state')).toBe('future,active');
    expect(url.searchParams.get('startAt')).toBe('1');
  });

  it('asks /user/bulk in chunks of 50 unique account ids', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => `acc-${i}`);
    const { jira, requests } = client((r) => {
      const asked = new URL(r.path, 'https://x').searchParams.getAll('accountId');
      return { body: { values: asked.map((accountId) => ({ accountId })), isLast: true } };
    });
    const users = await jira.getUsers([...ids, 'acc-1']);
    expect(users).toHaveLength(120);
    expect(requests.map((r) => new URL(r.path, 'https://x').searchParams.getAll('accountId').length)).toEqual([50, 50, 20]);
  });
});

describe('getMyPermissions', () => {
  it('answers every asked key, false when Jira does not mention it', async () => {
    const { jira, requests } = client(() => ({
      body: { permissions: { BROWSE_PROJECTS: { havePermission: true }, EDIT_ISSUES: { havePermission: false } } },
    }));
    const result = await jira.getMyPermissions({ issueKey: 'ACC-1', permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES', 'sign-off-work-results'] });
    expect(result).toEqual({ BROWSE_PROJECTS: true, EDIT_ISSUES: false, 'sign-off-work-results': false });
    const url = new URL(requests[0]?.path ?? '', 'https://x');
    expect(url.searchParams.get('issueKey')).toBe('ACC-1');
    expect(url.searchParams.get('permissions')).toBe('BROWSE_PROJECTS,EDIT_ISSUES,sign-off-work-results');
  });
});
