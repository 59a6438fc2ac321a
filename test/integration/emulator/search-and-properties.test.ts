import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_IDS } from '../../../sandbox/seed/users';
import { keyOf } from '../../support/seed-tickets';
import { demoSite } from './demo-site';

const { productOwner, developer, outsider } = DEMO_ACCOUNT_IDS;

describe('enhanced JQL search', () => {
  it('pages a whole project with nextPageToken and no total', async () => {
    const site = demoSite();
    const keys: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const answer = await site.call('POST', '/rest/api/3/search/jql', {
        as: productOwner,
        body: { jql: 'project = ACC ORDER BY key ASC', maxResults: 25, fields: ['summary'], nextPageToken: token },
      });
      expect(answer.status).toBe(200);
      expect(answer.json).not.toHaveProperty('total');
      keys.push(...answer.json.issues.map((issue: { key: string }) => issue.key));
      token = answer.json.nextPageToken;
      expect(answer.json.isLast).toBe(token === undefined);
      pages += 1;
    } while (token);
    const total = (site.db.prepare("SELECT COUNT(*) AS n FROM jira_issues WHERE key LIKE 'ACC-%'").get() as { n: number }).n;
    expect(total).toBeGreaterThanOrEqual(60);
    expect(pages).toBe(Math.ceil(total / 25));
    expect(keys.length).toBe(total);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((key) => key.startsWith('ACC-'))).toBe(true);
  });

  it('uses the JQL evaluator (filters, order, errors, unbounded queries) and GET works too', async () => {
    const site = demoSite();
    const done = await site.call('GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('project = ACC AND statusCategory = Done')}&fields=status&maxResults=100`);
    expect(done.status).toBe(200);
    expect(done.json.issues.length).toBeGreaterThan(10);
    expect(done.json.issues.every((issue: { fields: { status: { statusCategory: { key: string } } } }) => issue.fields.status.statusCategory.key === 'done')).toBe(true);
    const broken = await site.call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = = ACC' } });
    expect(broken.status).toBe(400);
    expect(broken.json.errorMessages.length).toBeGreaterThan(0);
    expect(broken.json.errors).toEqual({});
    const unbounded = await site.call('POST', '/rest/api/3/search/jql', { body: { jql: 'ORDER BY created DESC' } });
    expect(unbounded.status).toBe(400);
    expect(unbounded.json.errorMessages[0]).toMatch(/Unbounded JQL/);
    const badToken = await site.call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = ACC', nextPageToken: 'nope' } });
    expect(badToken.status).toBe(400);
  });

  it('defaults to ids only, caps pages at 100 with fields and allows more for id/key only', async () => {
    const site = demoSite();
    for (let i = 0; i < 50; i += 1) {
      await site.call('POST', '/rest/api/3/issue', { body: { fields: { project: { key: 'OPS' }, issuetype: { name: 'Task' }, summary: `Filler ${i}` } } });
    }
    const jql = 'project in (ACC, OPS)';
    const withFields = await site.call('POST', '/rest/api/3/search/jql', { body: { jql, maxResults: 500, fields: ['summary'] } });
    expect(withFields.json.issues).toHaveLength(100);
    expect(withFields.json.isLast).toBe(false);
    const idsOnly = await site.call('POST', '/rest/api/3/search/jql', { body: { jql, maxResults: 500 } });
    expect(idsOnly.json.issues.length).toBeGreaterThan(100);
    expect(idsOnly.json.isLast).toBe(true);
    expect(idsOnly.json.issues[0]).not.toHaveProperty('fields');
    const count = await site.call('POST', '/rest/api/3/search/approximate-count', { body: { jql } });
    expect(count.json).toEqual({ count: idsOnly.json.issues.length });
  });

  it('leaves out what the searcher cannot browse', async () => {
    const site = demoSite();
    const answer = await site.call('POST', '/rest/api/3/search/jql', { as: outsider, body: { jql: 'created >= -365d', maxResults: 200, fields: ['project'] } });
    expect(answer.status).toBe(200);
    expect(answer.json.issues.length).toBeGreaterThan(0);
    expect(answer.json.issues.every((issue: { fields: { project: { key: string } } }) => issue.fields.project.key === 'OPS')).toBe(true);
    const hiddenProject = await site.call('POST', '/rest/api/3/search/jql', { as: outsider, body: { jql: 'project = ACC' } });
    expect(hiddenProject.status).toBe(400);
  });
});

describe('issue properties', () => {
  it('creates (201), updates (200), reads, lists and deletes a property without firing events', async () => {
    const site = demoSite();
    const key = await keyOf(site, 'error-pages');
    const url = `/rest/api/3/issue/${key}/properties/accord-readiness`;
    expect((await site.call('PUT', url, { as: developer, body: { score: 40, ready: 'no' } })).status).toBe(201);
    expect((await site.call('PUT', url, { as: developer, body: { score: 55, ready: 'no' } })).status).toBe(200);
    expect((await site.call('GET', url, { as: productOwner })).json).toEqual({ key: 'accord-readiness', value: { score: 55, ready: 'no' } });
    const keys = await site.call('GET', `/rest/api/3/issue/${key}/properties`);
    expect(keys.json.keys.map((property: { key: string }) => property.key)).toEqual(['accord-readiness']);
    const found = await site.call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = ACC AND accordReadiness < 70', properties: ['accord-readiness'], fields: ['summary'] } });
    expect(found.json.issues.map((issue: { key: string }) => issue.key)).toEqual([key]);
    expect(found.json.issues[0].properties['accord-readiness'].score).toBe(55);
    expect((await site.call('DELETE', url)).status).toBe(204);
    expect((await site.call('GET', url)).status).toBe(404);
    expect(site.events).toHaveLength(0);
  });

  it('refuses values over 32768 characters, bad JSON and writes without EDIT_ISSUES', async () => {
    const site = demoSite();
    const ops = await keyOf(site, 'ops-backups');
    const acc = await keyOf(site, 'login-email');
    const url = `/rest/api/3/issue/${ops}/properties/big`;
    expect((await site.call('PUT', url, { body: 'x'.repeat(40000) })).status).toBe(400);
    expect((await site.call('PUT', url, { rawBody: '{not json' })).status).toBe(400);
    expect((await site.call('PUT', url, { as: outsider, body: { a: 1 } })).status).toBe(403);
    expect((await site.call('PUT', `/rest/api/3/issue/${acc}/properties/x`, { as: outsider, body: { a: 1 } })).status).toBe(404);
  });

  it('bulk-writes properties, answers 303 to a finished task', async () => {
    const site = demoSite();
    const ids = (site.db.prepare("SELECT id FROM jira_issues WHERE key LIKE 'ACC-%' ORDER BY id LIMIT 30").all() as Array<{ id: number }>).map((row) => row.id);
    const answer = await site.call('POST', '/rest/api/3/issue/properties/multi', {
      body: { issues: ids.map((id, index) => ({ issueID: id, properties: { 'accord-readiness': { score: index } } })) },
    });
    expect(answer.status).toBe(303);
    const location = answer.headers['location']!;
    expect(location).toMatch(/\/rest\/api\/3\/task\/\d+$/);
    const task = await site.call('GET', location.slice(location.indexOf('/rest/')));
    expect(task.json).toMatchObject({ status: 'COMPLETE', progress: 100 });
    const last = await site.call('GET', `/rest/api/3/issue/${ids[29]}/properties/accord-readiness`);
    expect(last.json.value).toEqual({ score: 29 });
    expect(site.events).toHaveLength(0);
    const tooMany = await site.call('POST', '/rest/api/3/issue/properties/multi', { body: { issues: Array.from({ length: 1001 }, () => ({ issueID: ids[0], properties: {} })) } });
    expect(tooMany.status).toBe(400);
    const hidden = await site.call('POST', '/rest/api/3/issue/properties/multi', { as: outsider, body: { issues: [{ issueID: ids[0], properties: { a: 1 } }] } });
    expect(hidden.status).toBe(400);
  });
});
