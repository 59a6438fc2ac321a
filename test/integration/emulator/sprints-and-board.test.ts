import { describe, expect, it } from 'vitest';
import type { SprintEvent } from '../../../sandbox/jira/emulator-types';
import { DEMO_BOARD_ID, DEMO_SPRINT_IDS } from '../../../sandbox/seed/site-layout';
import { DEMO_ACCOUNT_IDS } from '../../../sandbox/seed/users';
import { NOW, demoSite, issueEvent, type DemoSite } from './demo-site';

const { productOwner, projectManager, developer, outsider } = DEMO_ACCOUNT_IDS;
const { active, future } = DEMO_SPRINT_IDS;

async function sprintIssues(site: DemoSite, sprintId: number): Promise<Array<{ key: string; fields: { status: { statusCategory: { key: string } }; customfield_10020: Array<{ id: number }> } }>> {
  return (await site.call('GET', `/rest/agile/1.0/sprint/${sprintId}/issue?maxResults=50&fields=status,customfield_10020`)).json.issues;
}

describe('board configuration and statuses', () => {
  it('answers the scrum board estimating by story points, with a column per status and Done last', async () => {
    const site = demoSite();
    const config = await site.call('GET', `/rest/agile/1.0/board/${DEMO_BOARD_ID}/configuration`, { as: developer });
    expect(config.json).toMatchObject({
      id: DEMO_BOARD_ID,
      name: 'ACC board',
      type: 'scrum',
      filter: { id: expect.any(String) },
      columnConfig: { constraintType: 'none' },
      estimation: { type: 'field', field: { fieldId: 'customfield_10016', displayName: 'Story point estimate' } },
      ranking: { rankCustomFieldId: 10019 },
    });
    const statuses = await site.call('GET', '/rest/api/3/status');
    const categoryOf = new Map(statuses.json.map((status: { id: string; statusCategory: { key: string } }) => [status.id, status.statusCategory.key]));
    const columns = config.json.columnConfig.columns as Array<{ name: string; statuses: Array<{ id: string; self: string }> }>;
    expect(columns.map((column) => column.name)).toEqual(['To Do', 'In Progress', 'In Review', 'Done']);
    expect(columns.flatMap((column) => column.statuses.map((status) => status.id)).sort()).toEqual([...categoryOf.keys()].sort());
    expect(columns.at(-1)!.statuses.every((status) => categoryOf.get(status.id) === 'done')).toBe(true);
    const kanban = await site.call('GET', '/rest/agile/1.0/board/2/configuration');
    expect(kanban.json).not.toHaveProperty('estimation');
    expect(kanban.json.subQuery.query).toBe('fixVersion in unreleasedVersions() OR fixVersion is EMPTY');
    expect((await site.call('GET', `/rest/agile/1.0/board/${DEMO_BOARD_ID}/configuration`, { as: outsider })).status).toBe(404);
    expect(statuses.json.every((status: { statusCategory: Record<string, unknown> }) => ['id', 'key', 'colorName', 'name'].every((field) => field in status.statusCategory))).toBe(true);
    const search = await site.call('GET', '/rest/api/3/statuses/search?statusCategory=IN_PROGRESS');
    expect(search.json.values.map((status: { name: string }) => status.name)).toEqual(['In Progress', 'In Review']);
  });
});

describe('sprint lifecycle', () => {
  it('closes the active sprint keeping its issues, unfinished ones back in the backlog, and starts the next', async () => {
    const site = demoSite();
    const inActive = await sprintIssues(site, active);
    const unfinished = inActive.filter((issue) => issue.fields.status.statusCategory.key !== 'done').map((issue) => issue.key);
    expect(unfinished.length).toBeGreaterThan(5);
    expect((await site.call('POST', `/rest/agile/1.0/sprint/${future}`, { as: projectManager, body: { state: 'active' } })).status).toBe(400);
    expect((await site.call('POST', `/rest/agile/1.0/sprint/${active}`, { as: developer, body: { state: 'closed' } })).status).toBe(403);
    const closed = await site.call('POST', `/rest/agile/1.0/sprint/${active}`, { as: projectManager, body: { state: 'closed' } });
    expect(closed.json).toMatchObject({ state: 'closed', completeDate: '2026-03-10T09:00:00.000+0000' });
    // Closing changes no issue: the closed sprint stays in every Sprint field.
    expect(site.events.map((event) => event.eventType)).toEqual(['avi:jira-software:closed:sprint']);
    expect((await sprintIssues(site, active)).map((issue) => issue.key)).toEqual(inActive.map((issue) => issue.key));
    const backlog = await site.call('GET', `/rest/agile/1.0/board/${DEMO_BOARD_ID}/backlog?maxResults=100&fields=summary`);
    const backlogKeys = backlog.json.issues.map((issue: { key: string }) => issue.key);
    expect(backlogKeys).toEqual(expect.arrayContaining(unfinished));
    // The Jira UI's "move open issues to the next sprint": the Sprint field gains it after the closed one.
    const moved = await site.call('POST', `/rest/agile/1.0/sprint/${future}/issue`, { as: projectManager, body: { issues: unfinished } });
    expect(moved.status).toBe(204);
    const sprintItem = issueEvent(site.events[1]).changelog!.items.find((item) => item.field === 'Sprint')!;
    expect(sprintItem.to!.split(', ').slice(-2)).toEqual([String(active), String(future)]);
    const started = await site.call('POST', `/rest/agile/1.0/sprint/${future}`, { as: projectManager, body: { state: 'active' } });
    expect(started.json.state).toBe('active');
    expect(site.events.at(-1)!.eventType).toBe('avi:jira-software:started:sprint');
    expect((await site.call('POST', `/rest/agile/1.0/sprint/${active}`, { as: projectManager, body: { goal: 'Again' } })).status).toBe(400);
    const search = await site.call('POST', '/rest/api/3/search/jql', { body: { jql: `sprint in openSprints() AND sprint in closedSprints() AND project = ACC`, maxResults: 100 } });
    expect(search.json.issues.map((issue: { key: string }) => issue.key).sort()).toEqual([...unfinished].sort());
  });

  it('creates, edits and deletes sprints with the Jira Software events as documented', async () => {
    const site = demoSite();
    const created = await site.call('POST', '/rest/agile/1.0/sprint', { as: projectManager, body: { name: 'ACC Sprint 9', originBoardId: DEMO_BOARD_ID, goal: 'Polish', startDate: '2026-03-26T09:00:00.000+0100' } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ state: 'future', name: 'ACC Sprint 9', originBoardId: DEMO_BOARD_ID, startDate: '2026-03-26T08:00:00.000+0000' });
    expect((await site.call('POST', '/rest/agile/1.0/sprint', { body: { name: 'x'.repeat(31), originBoardId: DEMO_BOARD_ID } })).status).toBe(400);
    expect((await site.call('POST', '/rest/agile/1.0/sprint', { as: productOwner, body: { name: 'Mine', originBoardId: DEMO_BOARD_ID } })).status).toBe(403);
    const edited = await site.call('POST', `/rest/agile/1.0/sprint/${created.json.id}`, { as: projectManager, body: { goal: 'Billing polish' } });
    expect(edited.json.goal).toBe('Billing polish');
    const key = (await site.call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = ACC AND sprint is EMPTY AND statusCategory = "To Do" AND issuetype = Story', maxResults: 1 } })).json.issues[0].key as string;
    await site.call('POST', `/rest/agile/1.0/sprint/${created.json.id}/issue`, { as: projectManager, body: { issues: [key] } });
    expect((await site.call('DELETE', `/rest/agile/1.0/sprint/${created.json.id}`, { as: projectManager })).status).toBe(204);
    expect((await site.call('GET', `/rest/agile/1.0/sprint/${created.json.id}`)).status).toBe(404);
    expect((await site.call('GET', `/rest/api/3/issue/${key}?fields=customfield_10020`)).json.fields.customfield_10020).toBeNull();
    const sprintEvents = site.events.filter((event): event is SprintEvent => event.eventType.startsWith('avi:jira-software:'));
    expect(sprintEvents.map((event) => event.eventType)).toEqual(['avi:jira-software:created:sprint', 'avi:jira-software:updated:sprint', 'avi:jira-software:deleted:sprint']);
    expect(sprintEvents[0]).toEqual({
      eventType: 'avi:jira-software:created:sprint',
      selfGenerated: false,
      atlassianId: projectManager,
      timestamp: NOW.getTime(),
      sprint: { id: String(created.json.id), originBoardId: String(DEMO_BOARD_ID), name: 'ACC Sprint 9', goal: 'Polish', state: 'future', createDate: '2026-03-10T09:00:00.000+0000', startDate: '2026-03-26T08:00:00.000+0000' },
    });
    expect(sprintEvents[1]).toMatchObject({ sprint: { goal: 'Billing polish' }, oldValue: { goal: 'Polish' } });
    expect(Object.keys(sprintEvents[1]!.oldValue!)).toEqual(['goal']);
  });
});

describe('project properties', () => {
  it('reads with Browse projects, writes with Administer projects, within 32 KB', async () => {
    const site = demoSite();
    const url = '/rest/api/3/project/ACC/properties/accord-pm';
    expect((await site.call('PUT', url, { as: productOwner, body: { budget: 1 } })).status).toBe(403);
    expect((await site.call('PUT', url, { as: projectManager, body: { budget: 1200 } })).status).toBe(201);
    expect((await site.call('PUT', '/rest/api/3/project/10000/properties/accord-pm', { as: projectManager, body: { budget: 1300 } })).status).toBe(200);
    expect((await site.call('GET', url, { as: developer })).json).toEqual({ key: 'accord-pm', value: { budget: 1300 } });
    expect((await site.call('GET', url, { as: outsider })).status).toBe(404);
    expect((await site.call('GET', '/rest/api/3/project/ACC/properties', { as: productOwner })).json.keys).toEqual([{ key: 'accord-pm', self: expect.stringContaining('/project/ACC/properties/accord-pm') }]);
    expect((await site.call('PUT', url, { as: projectManager, body: 'x'.repeat(32_767) })).status).toBe(400);
    expect((await site.call('DELETE', url, { as: developer })).status).toBe(403);
    expect((await site.call('DELETE', url, { as: projectManager })).status).toBe(204);
    expect((await site.call('DELETE', url, { as: projectManager })).status).toBe(404);
    expect(site.events).toEqual([]);
  });
});
