import { describe, expect, it } from 'vitest';
import type { VersionEvent } from '../../../sandbox/jira/emulator-types';
import { DEMO_VERSION_IDS } from '../../../sandbox/seed/site-layout';
import { DEMO_ACCOUNT_IDS } from '../../../sandbox/seed/users';
import { keyOf, keysOf } from '../../support/seed-tickets';
import { NOW, demoSite, issueEvent, type DemoSite } from './demo-site';

const { productOwner, projectManager, developer, outsider } = DEMO_ACCOUNT_IDS;

async function keysFor(site: DemoSite, jql: string, as?: string): Promise<string[]> {
  const answer = await site.call('POST', '/rest/api/3/search/jql', { as, body: { jql, maxResults: 100 } });
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  return (answer.json.issues as Array<{ key: string }>).map((issue) => issue.key).sort();
}

describe('project versions', () => {
  it('lists the seeded versions with Jira fields, overdue on the sandbox clock', async () => {
    const site = demoSite();
    const all = await site.call('GET', '/rest/api/3/project/ACC/versions', { as: developer });
    expect(all.json.map((version: { name: string }) => version.name)).toEqual(['Portal 1.0', 'Portal 1.1', 'Portal 2.0']);
    const [released, next, undated] = all.json;
    expect(released).toMatchObject({ id: String(DEMO_VERSION_IDS.portal10), released: true, archived: false, overdue: false, projectId: 10000 });
    expect(Date.parse(released.releaseDate) - NOW.getTime()).toBeLessThan(-20 * 86_400_000);
    expect(released.userReleaseDate).toMatch(/^\d{1,2}\/[A-Z][a-z]{2}\/\d{4}$/);
    expect(next).toMatchObject({ released: false, overdue: false });
    expect(undated).not.toHaveProperty('releaseDate');
    // Eleven days later Portal 1.1 (due in ten) is overdue.
    site.advance(11 * 86_400_000);
    expect((await site.call('GET', `/rest/api/3/version/${DEMO_VERSION_IDS.portal11}`)).json.overdue).toBe(true);
    expect((await site.call('GET', '/rest/api/3/project/ACC/versions', { as: outsider })).status).toBe(404);
  });

  it('pages, orders and filters by status and text', async () => {
    const site = demoSite();
    const first = await site.call('GET', '/rest/api/3/project/ACC/version?maxResults=2');
    expect(first.json).toMatchObject({ startAt: 0, maxResults: 2, total: 3, isLast: false });
    expect(first.json.nextPage).toContain('startAt=2');
    const second = await site.call('GET', '/rest/api/3/project/ACC/version?startAt=2&maxResults=2');
    expect(second.json).toMatchObject({ total: 3, isLast: true });
    expect(second.json).not.toHaveProperty('nextPage');
    const names = async (query: string) => ((await site.call('GET', `/rest/api/3/project/ACC/version?${query}`)).json.values as Array<{ name: string }>).map((version) => version.name);
    expect(await names('status=unreleased')).toEqual(['Portal 1.1', 'Portal 2.0']);
    expect(await names('status=released')).toEqual(['Portal 1.0']);
    expect(await names('orderBy=-releaseDate')).toEqual(['Portal 2.0', 'Portal 1.1', 'Portal 1.0']);
    expect(await names('orderBy=releaseDate')).toEqual(['Portal 1.0', 'Portal 1.1', 'Portal 2.0']);
    expect(await names('query=privacy')).toEqual(['Portal 2.0']);
    const counts = await site.call('GET', `/rest/api/3/version/${DEMO_VERSION_IDS.portal11}?expand=issuesstatus`);
    const status = counts.json.issuesStatusForFixVersion;
    expect(status.done).toBeGreaterThan(0);
    expect(status.toDo + status.inProgress).toBeGreaterThan(status.done);
  });

  it('creates and releases versions as a project admin only, with the version events', async () => {
    const site = demoSite();
    const body = { name: 'Portal 1.2', projectId: 10000, releaseDate: '2026-04-01' };
    expect((await site.call('POST', '/rest/api/3/version', { as: productOwner, body })).status).toBe(404);
    expect((await site.call('POST', '/rest/api/3/version', { as: projectManager, body: { ...body, name: 'Portal 1.1' } })).json.errors).toHaveProperty('name');
    expect((await site.call('POST', '/rest/api/3/version', { as: projectManager, body: { ...body, startDate: '2026-05-01' } })).json.errors).toHaveProperty('startDate');
    const created = await site.call('POST', '/rest/api/3/version', { as: projectManager, body });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: 'Portal 1.2', released: false, releaseDate: '2026-04-01', self: expect.stringContaining(`/rest/api/3/version/${created.json.id}`) });
    expect((await site.call('PUT', `/rest/api/3/version/${created.json.id}`, { as: developer, body: { released: true } })).status).toBe(400);
    const renamed = await site.call('PUT', `/rest/api/3/version/${created.json.id}`, { as: projectManager, body: { description: 'Hotfixes' } });
    expect(renamed.json.description).toBe('Hotfixes');
    const released = await site.call('PUT', `/rest/api/3/version/${created.json.id}`, { as: projectManager, body: { released: true, releaseDate: '2026-03-10' } });
    expect(released.json).toMatchObject({ released: true, releaseDate: '2026-03-10', overdue: false });
    expect(site.events.map((event) => event.eventType)).toEqual(['avi:jira:created:version', 'avi:jira:updated:version', 'avi:jira:released:version']);
    const event = site.events[2] as VersionEvent;
    expect(event).toMatchObject({ selfGenerated: false, atlassianId: projectManager, version: { id: created.json.id, name: 'Portal 1.2', released: true, projectId: 10000 } });
    expect(Object.keys(event).sort()).toEqual(['atlassianId', 'eventType', 'selfGenerated', 'timestamp', 'version']);
  });
});

describe('fixVersions on issues', () => {
  it('sets them by id or name, writes one Fix Version item per version added or removed, and fires the update', async () => {
    const site = demoSite();
    const key = await keyOf(site, 'dark-mode');
    const set = await site.call('PUT', `/rest/api/3/issue/${key}`, { as: developer, body: { fields: { fixVersions: [{ name: 'Portal 1.1' }, { id: String(DEMO_VERSION_IDS.portal20) }] } } });
    expect(set.status).toBe(204);
    const issue = await site.call('GET', `/rest/api/3/issue/${key}?fields=fixVersions`);
    expect(issue.json.fields.fixVersions).toEqual([
      expect.objectContaining({ id: String(DEMO_VERSION_IDS.portal11), name: 'Portal 1.1', released: false, archived: false }),
      expect.objectContaining({ id: String(DEMO_VERSION_IDS.portal20), name: 'Portal 2.0' }),
    ]);
    expect(issueEvent(site.events[0]).changelog?.items).toEqual([
      { field: 'Fix Version', fieldId: 'fixVersions', fieldtype: 'jira', from: null, fromString: null, to: String(DEMO_VERSION_IDS.portal11), toString: 'Portal 1.1' },
      { field: 'Fix Version', fieldId: 'fixVersions', fieldtype: 'jira', from: null, fromString: null, to: String(DEMO_VERSION_IDS.portal20), toString: 'Portal 2.0' },
    ]);
    await site.call('PUT', `/rest/api/3/issue/${key}`, { body: { update: { fixVersions: [{ remove: { name: 'Portal 1.1' } }, { add: { name: 'Portal 1.0' } }] } } });
    const history = await site.call('GET', `/rest/api/3/issue/${key}/changelog`);
    // REST answers leave out empty from/to values (see present/activity.ts).
    const expected: Array<Record<string, string>> = [
      { field: 'Fix Version', fieldId: 'fixVersions', fieldtype: 'jira', from: String(DEMO_VERSION_IDS.portal11), fromString: 'Portal 1.1' },
      { field: 'Fix Version', fieldId: 'fixVersions', fieldtype: 'jira', to: String(DEMO_VERSION_IDS.portal10), toString: 'Portal 1.0' },
    ];
    expect(history.json.values.at(-1).items).toEqual(expected);
    const bad = await site.call('PUT', `/rest/api/3/issue/${key}`, { body: { fields: { fixVersions: [{ name: 'Portal 9' }] } } });
    expect(bad.status).toBe(400);
    expect(bad.json.errors.fixVersions).toContain('Portal 9');
  });

  it('accepts fixVersions on create and searches them with JQL', async () => {
    const site = demoSite();
    const created = await site.call('POST', '/rest/api/3/issue', { as: developer, body: { fields: { project: { key: 'ACC' }, issuetype: { name: 'Bug' }, summary: 'Release blocker', fixVersions: [{ name: 'Portal 1.1' }] } } });
    expect(created.status).toBe(201);
    const in11 = await keysFor(site, 'project = ACC AND fixVersion = "Portal 1.1"');
    expect(in11).toContain(created.json.key);
    expect(await keysFor(site, `project = ACC AND fixVersion = ${DEMO_VERSION_IDS.portal11}`)).toEqual(in11);
    expect(await keysFor(site, 'project = ACC AND fixVersion in unreleasedVersions()')).toEqual(await keysFor(site, 'project = ACC AND fixVersion in ("Portal 1.1", "Portal 2.0")'));
    const released = await keysFor(site, 'fixVersion in releasedVersions(ACC)');
    expect(released.length).toBeGreaterThan(10);
    expect(await keysFor(site, 'project = ACC AND fixVersion = "Portal 1.0"')).toEqual(released);
    expect(await keysFor(site, 'fixVersion = earliestUnreleasedVersion(ACC)')).toEqual(in11);
    expect(await keysFor(site, 'fixVersion = latestReleasedVersion(ACC)')).toEqual(released);
    const empty = await keysFor(site, 'project = ACC AND fixVersion is EMPTY');
    const all = await keysFor(site, 'project = ACC');
    const inSome = await keysFor(site, 'project = ACC AND fixVersion is not EMPTY');
    expect(empty.length + inSome.length).toBe(all.length);
    const refused = await site.call('POST', '/rest/api/3/search/jql', { body: { jql: 'fixVersion > "Portal 1.0"' } });
    expect(refused.json.errorMessages[0]).toContain('not supported by the Accord sandbox');
    expect((await site.call('POST', '/rest/api/3/search/jql', { body: { jql: 'fixVersion = "Nope"' } })).status).toBe(400);
    // Versions of projects the searcher cannot browse do not exist for them.
    expect((await site.call('POST', '/rest/api/3/search/jql', { as: outsider, body: { jql: 'fixVersion = "Portal 1.0"' } })).status).toBe(400);
  });

  it('moves the unfixed issues of a version being released to another version', async () => {
    const site = demoSite();
    const open = await keysFor(site, 'fixVersion = "Portal 1.1" AND statusCategory != Done');
    const done = await keysFor(site, 'fixVersion = "Portal 1.1" AND statusCategory = Done');
    const target = `https://accord-sandbox.atlassian.net/rest/api/3/version/${DEMO_VERSION_IDS.portal20}`;
    const answer = await site.call('PUT', `/rest/api/3/version/${DEMO_VERSION_IDS.portal11}`, { as: projectManager, body: { released: true, moveUnfixedIssuesTo: target } });
    expect(answer.status).toBe(200);
    expect(await keysFor(site, 'fixVersion = "Portal 1.1"')).toEqual(done);
    expect(await keysFor(site, 'fixVersion = "Portal 2.0" AND statusCategory != Done')).toEqual(expect.arrayContaining(open));
    expect(site.events.filter((event) => event.eventType === 'avi:jira:updated:issue')).toHaveLength(open.length);
    expect(site.events.at(-1)?.eventType).toBe('avi:jira:released:version');
  });
});

describe('parent (epics and their stories)', () => {
  it('serves parent as Jira Cloud does, accepts it on edit with a changelog item, and finds children with JQL', async () => {
    const site = demoSite();
    const [epic, story, otherEpic] = await keysOf(site, ['epic-billing', 'invoice-search', 'epic-support']);
    const issue = await site.call('GET', `/rest/api/3/issue/${story}?fields=parent`);
    expect(issue.json.fields.parent).toEqual({
      id: expect.any(String),
      key: epic,
      self: expect.stringContaining('/rest/api/3/issue/'),
      fields: { summary: 'Invoices and payments', status: expect.objectContaining({ name: 'In Progress' }), priority: expect.objectContaining({ name: 'Medium' }), issuetype: expect.objectContaining({ name: 'Epic', hierarchyLevel: 1 }) },
    });
    const children = await keysFor(site, `parent = ${epic}`);
    expect(children).toContain(story);
    expect(children.length).toBeGreaterThan(5);
    expect(await keysFor(site, `parent = ${issue.json.fields.parent.id}`)).toEqual(children);
    const moved = await site.call('PUT', `/rest/api/3/issue/${story}`, { as: developer, body: { fields: { parent: { key: otherEpic } } } });
    expect(moved.status).toBe(204);
    expect(issueEvent(site.events[0]).changelog?.items).toEqual([
      { field: 'IssueParentAssociation', fieldtype: 'jira', from: issue.json.fields.parent.id, fromString: epic, to: expect.any(String), toString: otherEpic },
    ]);
    expect(await keysFor(site, `parent in (${epic}, ${otherEpic})`)).toContain(story);
    const wrong = await site.call('PUT', `/rest/api/3/issue/${story}`, { body: { fields: { parent: { key: await keyOf(site, 'autopay') } } } });
    expect(wrong.json.errors.parent).toBe('Given parent issue does not belong to appropriate hierarchy.');
    expect((await site.call('PUT', `/rest/api/3/issue/${epic}`, { body: { fields: { parent: { key: otherEpic } } } })).status).toBe(400);
    expect((await site.call('POST', '/rest/api/3/search/jql', { body: { jql: 'parent = ACC-9999' } })).status).toBe(400);
    const cleared = await site.call('PUT', `/rest/api/3/issue/${story}`, { body: { fields: { parent: null } } });
    expect(cleared.status).toBe(204);
    expect((await site.call('GET', `/rest/api/3/issue/${story}?fields=parent`)).json.fields).not.toHaveProperty('parent');
  });
});
