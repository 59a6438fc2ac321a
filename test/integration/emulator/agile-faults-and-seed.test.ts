import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { seedDemoSite } from '../../../sandbox/seed';
import { DEMO_SPRINT_IDS } from '../../../sandbox/seed/site-layout';
import { DEMO_ACCOUNT_IDS } from '../../../sandbox/seed/users';
import { keyOf } from '../../support/seed-tickets';
import { NOW, demoSite, issueEvent } from './demo-site';

const { productOwner, developer, outsider } = DEMO_ACCOUNT_IDS;

describe('Jira Software agile API', () => {
  it('lists the board, its sprints by state and a sprint', async () => {
    const site = demoSite();
    const boards = await site.call('GET', '/rest/agile/1.0/board?projectKeyOrId=ACC', { as: productOwner });
    expect(boards.json.values).toEqual([expect.objectContaining({ id: 1, type: 'scrum', location: expect.objectContaining({ projectKey: 'ACC' }) })]);
    expect((await site.call('GET', '/rest/agile/1.0/board/1', { as: outsider })).status).toBe(404);
    const all = await site.call('GET', '/rest/agile/1.0/board/1/sprint');
    expect(all.json.values.map((sprint: { state: string }) => sprint.state)).toEqual([...DEMO_SPRINT_IDS.closed.map(() => 'closed'), 'active', 'future']);
    const open = await site.call('GET', '/rest/agile/1.0/board/1/sprint?state=future,active');
    expect(open.json.values).toHaveLength(2);
    const future = open.json.values.find((sprint: { state: string }) => sprint.state === 'future');
    const startsIn = (Date.parse(future.startDate.replace('+0000', 'Z')) - NOW.getTime()) / 86_400_000;
    expect(startsIn).toBeGreaterThan(1);
    expect(startsIn).toBeLessThan(3);
    expect((await site.call('GET', `/rest/agile/1.0/sprint/${future.id}`)).json.name).toBe(future.name);
  });

  it('lists sprint issues and the backlog, and moves issues into a sprint with changelog and event', async () => {
    const site = demoSite();
    const future = DEMO_SPRINT_IDS.future;
    const inFuture = await site.call('GET', `/rest/agile/1.0/sprint/${future}/issue?maxResults=50&fields=summary,customfield_10020`);
    expect(inFuture.json.total).toBeGreaterThanOrEqual(10);
    expect(inFuture.json.issues.every((issue: { fields: { customfield_10020: Array<{ id: number }> } }) => issue.fields.customfield_10020.some((sprint) => sprint.id === future))).toBe(true);
    const backlog = await site.call('GET', '/rest/agile/1.0/board/1/backlog?maxResults=50&fields=customfield_10020');
    expect(backlog.json.total).toBeGreaterThan(5);
    const backlogKey = backlog.json.issues[0].key as string;
    const filtered = await site.call('GET', `/rest/agile/1.0/sprint/${future}/issue?jql=${encodeURIComponent('issuetype = Bug')}`);
    expect(filtered.json.issues.every((issue: { fields: { issuetype: { name: string } } }) => issue.fields.issuetype.name === 'Bug')).toBe(true);

    const moved = await site.call('POST', `/rest/agile/1.0/sprint/${future}/issue`, { as: developer, body: { issues: [backlogKey] } });
    expect(moved.status).toBe(204);
    expect(issueEvent(site.events[0]).changelog!.items).toContainEqual(expect.objectContaining({ field: 'Sprint', fieldId: 'customfield_10020', to: String(future) }));
    const after = await site.call('GET', `/rest/agile/1.0/sprint/${future}/issue?maxResults=50`);
    expect(after.json.total).toBe(inFuture.json.total + 1);
    expect((await site.call('POST', `/rest/agile/1.0/sprint/${DEMO_SPRINT_IDS.closed[0]}/issue`, { body: { issues: [backlogKey] } })).status).toBe(400);
  });
});

describe('routing, errors and faults', () => {
  it('answers 501 for unknown routes and 400 for malformed JSON, in Jira error shape', async () => {
    const site = demoSite();
    const unknown = await site.call('GET', '/rest/api/3/dashboard');
    expect(unknown.status).toBe(501);
    expect(unknown.json.errorMessages[0]).toContain('GET /rest/api/3/dashboard');
    const malformed = await site.call('POST', '/rest/api/3/search/jql', { rawBody: '{"jql": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.json).toEqual({ errorMessages: [expect.stringContaining('not valid JSON')], errors: {} });
  });

  it('never throws out of handle, even when a listener or validator throws', async () => {
    const site = demoSite();
    const key = await keyOf(site, 'login-email');
    site.jira.onProductEvent(() => {
      throw new Error('listener failed');
    });
    const edit = await site.call('PUT', `/rest/api/3/issue/${key}`, { body: { fields: { summary: 'Still fine' } } });
    expect(edit.status).toBe(204);
    site.jira.setTransitionValidators([{ key: 'broken', toStatus: null, run: async () => { throw new Error('boom'); } }]);
    const refused = await site.call('POST', `/rest/api/3/issue/${key}/transitions`, { body: { transition: { id: '31' } } });
    expect(refused.status).toBe(400);
    expect(refused.json.errorMessages[0]).toContain('boom');
  });

  it('injects 429 with and without Retry-After and 503, then serves again, counting by template', async () => {
    const site = demoSite();
    const key = await keyOf(site, 'login-email');
    site.jira.resetRequestCounts();
    Object.assign(site.jira.faults, { rateLimitNext: 1, retryAfterSeconds: 7 });
    const limited = await site.call('GET', `/rest/api/3/issue/${key}?fields=summary`);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('7');
    Object.assign(site.jira.faults, { rateLimitNext: 1, retryAfterSeconds: null });
    const bare = await site.call('GET', `/rest/api/3/issue/${key}?fields=summary`);
    expect(bare.status).toBe(429);
    expect(bare.headers).not.toHaveProperty('retry-after');
    Object.assign(site.jira.faults, { unavailableNext: 1, retryAfterSeconds: 3 });
    const unavailable = await site.call('GET', `/rest/api/3/issue/${key}`);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers['retry-after']).toBe('3');
    expect((await site.call('GET', `/rest/api/3/issue/${key}`)).status).toBe(200);
    expect(site.jira.faults).toMatchObject({ rateLimitNext: 0, unavailableNext: 0 });

    Object.assign(site.jira.faults, { rateLimitNext: 1, pathPrefix: '/rest/agile/' });
    expect((await site.call('GET', `/rest/api/3/issue/${key}`)).status).toBe(200);
    expect((await site.call('GET', '/rest/agile/1.0/board')).status).toBe(429);
    expect(site.jira.requestCounts()).toEqual({ 'GET /rest/api/3/issue/{issueIdOrKey}': 5, 'GET /rest/agile/1.0/board': 1 });
  });
});

describe('demo seed', () => {
  it('writes 60+ ACC tickets across sprints and backlog with worklogs, history and links', () => {
    const site = demoSite();
    const count = (sql: string) => (site.db.prepare(sql).get() as { n: number }).n;
    expect(count("SELECT COUNT(*) AS n FROM jira_issues WHERE key LIKE 'ACC-%'")).toBeGreaterThanOrEqual(60);
    expect(count("SELECT COUNT(*) AS n FROM jira_issues WHERE key LIKE 'OPS-%'")).toBeGreaterThan(0);
    expect(count("SELECT COUNT(DISTINCT author) AS n FROM jira_worklogs")).toBeGreaterThanOrEqual(3);
    expect(count("SELECT COUNT(*) AS n FROM jira_changelogs WHERE items LIKE '%customfield_10016%'")).toBeGreaterThan(0);
    expect(count("SELECT COUNT(*) AS n FROM jira_changelogs WHERE items LIKE '%customfield_10020%'")).toBeGreaterThan(20);
    expect(count("SELECT COUNT(*) AS n FROM jira_issues WHERE description IS NULL AND key LIKE 'ACC-%'")).toBeGreaterThan(0);
    expect(count("SELECT COUNT(*) AS n FROM jira_issues WHERE description LIKE '%Acceptance criteria%'")).toBeGreaterThan(10);
    expect(count("SELECT COUNT(*) AS n FROM jira_issues WHERE sprint_ids = '[]' AND key LIKE 'ACC-%'")).toBeGreaterThan(5);
    expect(
      count("SELECT COUNT(*) AS n FROM jira_issue_links l JOIN jira_issues b ON b.id = l.outward_issue_id WHERE b.status <> 'Done'"),
    ).toBeGreaterThan(0);
  });

  it('is deterministic and seeds only an empty database', () => {
    const dump = (db: Database.Database) => JSON.stringify(db.prepare('SELECT key, summary, status, story_points, sprint_ids, updated FROM jira_issues ORDER BY id').all());
    const first = demoSite();
    const second = demoSite();
    expect(dump(first.db)).toBe(dump(second.db));
    const before = dump(first.db);
    seedDemoSite(first.db, new Date(NOW.getTime() + 86_400_000));
    expect(dump(first.db)).toBe(before);
    const fresh = new Database(':memory:');
    seedDemoSite(fresh, NOW);
    expect(dump(fresh)).toBe(before);
  });
});
