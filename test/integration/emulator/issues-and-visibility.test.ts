import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_IDS } from '../../../sandbox/seed/users';
import { keyOf } from '../../support/seed-tickets';
import { demoSite, issueEvent } from './demo-site';

const { productOwner, projectManager, developer, outsider } = DEMO_ACCOUNT_IDS;
const NOT_FOUND = { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} };

describe('issue visibility and editing', () => {
  it('shows ACC issues to its members and hides them from the outsider with Jira 404 shape', async () => {
    const site = demoSite();
    const acc = await keyOf(site, 'login-email');
    const ops = await keyOf(site, 'ops-incident');
    for (const user of [productOwner, projectManager, developer]) {
      const answer = await site.call('GET', `/rest/api/3/issue/${acc}?fields=summary,status`, { as: user });
      expect(answer.status).toBe(200);
      expect(answer.json.key).toBe(acc);
      expect(Object.keys(answer.json.fields).sort()).toEqual(['status', 'summary']);
    }
    const hidden = await site.call('GET', `/rest/api/3/issue/${acc}`, { as: outsider });
    expect(hidden.status).toBe(404);
    expect(hidden.json).toEqual(NOT_FOUND);
    const missing = await site.call('GET', '/rest/api/3/issue/ACC-9999', { as: productOwner });
    expect(missing.json).toEqual(NOT_FOUND);
    expect((await site.call('GET', `/rest/api/3/issue/${ops}`, { as: outsider })).status).toBe(200);
    expect((await site.call('GET', `/rest/api/3/issue/${ops}`, { as: productOwner })).status).toBe(404);
  });

  it('answers fields, renderedFields, names, changelog and properties as asked', async () => {
    const site = demoSite();
    const acc = await keyOf(site, 'login-email');
    const answer = await site.call('GET', `/rest/api/3/issue/${acc}?expand=renderedFields,names,changelog&properties=*all`);
    expect(answer.status).toBe(200);
    const { fields } = answer.json;
    expect(fields.status.statusCategory.key).toBe('done');
    expect(fields.issuetype.name).toBeTypeOf('string');
    expect(fields.project.key).toBe('ACC');
    expect(Array.isArray(fields.customfield_10020)).toBe(true);
    expect(fields.customfield_10020[0]).toMatchObject({ id: 1, state: 'closed', boardId: 1 });
    expect(fields.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    expect(answer.json.names.customfield_10020).toBe('Sprint');
    expect(answer.json.renderedFields.description).toContain('<p>');
    expect(answer.json.changelog.histories.length).toBeGreaterThan(0);
    expect(answer.json.properties).toEqual({});
    const navigable = await site.call('GET', `/rest/api/3/issue/${acc}?fields=*navigable,-description`);
    expect(navigable.json.fields).not.toHaveProperty('description');
    expect(navigable.json.fields).not.toHaveProperty('comment');
    expect(navigable.json.fields).toHaveProperty('summary');
  });

  it('shows blocks links with the linked issue status from both sides', async () => {
    const site = demoSite();
    const rows = site.db.prepare('SELECT outward_issue_id AS blocker, inward_issue_id AS blocked FROM jira_issue_links').all() as Array<{ blocker: number; blocked: number }>;
    expect(rows.length).toBeGreaterThan(3);
    const first = rows[0]!;
    const blocked = await site.call('GET', `/rest/api/3/issue/${first.blocked}?fields=issuelinks`);
    const inward = blocked.json.fields.issuelinks.find((link: { inwardIssue?: { id: string } }) => link.inwardIssue?.id === String(first.blocker));
    expect(inward.type).toMatchObject({ name: 'Blocks', inward: 'is blocked by', outward: 'blocks' });
    expect(inward.inwardIssue.fields.status.name).toBeTypeOf('string');
    const blocker = await site.call('GET', `/rest/api/3/issue/${first.blocker}?fields=issuelinks`);
    expect(blocker.json.fields.issuelinks.some((link: { outwardIssue?: { id: string } }) => link.outwardIssue?.id === String(first.blocked))).toBe(true);
  });

  it('edits with changelog and an updated event that says who caused it', async () => {
    const site = demoSite();
    const key = await keyOf(site, 'analytics');
    const edit = await site.call('PUT', `/rest/api/3/issue/${key}`, {
      as: developer,
      body: { fields: { summary: 'A clearer summary', customfield_10016: 13, labels: ['one', 'two'] } },
    });
    expect(edit.status).toBe(204);
    expect(site.events).toHaveLength(1);
    const event = issueEvent(site.events[0]);
    expect(event).toMatchObject({ eventType: 'avi:jira:updated:issue', selfGenerated: false, atlassianId: developer, issue: { key } });
    expect(event.issue.fields['summary']).toBe('A clearer summary');
    expect(event.changelog?.items.map((item) => item.fieldId).sort()).toEqual(['customfield_10016', 'labels', 'summary']);
    const history = await site.call('GET', `/rest/api/3/issue/${key}/changelog?maxResults=100`);
    const last = history.json.values.at(-1);
    expect(last.author.accountId).toBe(developer);
    expect(last.items.find((item: { fieldId: string }) => item.fieldId === 'summary').toString).toBe('A clearer summary');

    await site.call('PUT', `/rest/api/3/issue/${key}`, { body: { fields: { summary: 'Written by the app' } }, fromApp: true });
    expect(site.events[1]).toMatchObject({ selfGenerated: true, atlassianId: undefined });
  });

  it('refuses edits without EDIT_ISSUES (403) and bad field values (400)', async () => {
    const site = demoSite();
    const ops = await keyOf(site, 'ops-incident');
    const acc = await keyOf(site, 'login-email');
    const denied = await site.call('PUT', `/rest/api/3/issue/${ops}`, { as: outsider, body: { fields: { summary: 'x' } } });
    expect(denied.status).toBe(403);
    expect(denied.json.errorMessages[0]).toMatch(/permission/);
    const bad = await site.call('PUT', `/rest/api/3/issue/${acc}`, { body: { fields: { priority: { name: 'Urgent-ish' }, nonsense: 1 } } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.errors).sort()).toEqual(['nonsense', 'priority']);
    expect(site.events).toHaveLength(0);
  });

  it('creates and deletes issues with created and deleted events', async () => {
    const site = demoSite();
    const created = await site.call('POST', '/rest/api/3/issue', {
      as: productOwner,
      body: { fields: { project: { key: 'ACC' }, issuetype: { name: 'Story' }, summary: 'New story', description: { type: 'doc', version: 1, content: [] } } },
    });
    expect(created.status).toBe(201);
    expect(created.json.key).toMatch(/^ACC-\d+$/);
    expect(site.events[0]).toMatchObject({ eventType: 'avi:jira:created:issue', selfGenerated: false, issue: { key: created.json.key } });
    const notAllowed = await site.call('DELETE', `/rest/api/3/issue/${created.json.key}`, { as: developer });
    expect(notAllowed.status).toBe(403);
    const deleted = await site.call('DELETE', `/rest/api/3/issue/${created.json.key}`, { as: projectManager });
    expect(deleted.status).toBe(204);
    expect(site.events[1]).toMatchObject({ eventType: 'avi:jira:deleted:issue', issue: { key: created.json.key } });
    expect((await site.call('GET', `/rest/api/3/issue/${created.json.key}`)).status).toBe(404);
  });
});
