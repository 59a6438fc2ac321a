/**
 * The routes the project manager's page reads and writes (versions, changelogs in bulk, worklog feeds and
 * edits, board configuration, statuses, project properties, the sprint lifecycle): every request and every
 * answer, errors included, checked against Atlassian's OpenAPI descriptions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOARD_ID, DEMO_SPRINT_IDS, DEMO_VERSION_IDS } from '../../sandbox/seed/site-layout';
import { DEMO_ACCOUNT_IDS } from '../../sandbox/seed/users';
import { keyOf } from '../support/seed-tickets';
import { CONTRACT_NOW, contractSite, type ContractCall, type ContractSite } from './emulator-harness';

const { productOwner, projectManager, developer, outsider } = DEMO_ACCOUNT_IDS;
const DAY = 86_400_000;
let site: ContractSite;
let story = '';
let worklogId = '';

beforeAll(async () => {
  site = contractSite();
  story = await keyOf(site, 'payment-method');
  const worklogs = await site.documented({ method: 'GET', path: `/rest/api/3/issue/${story}/worklog?startAt=0&maxResults=5` });
  worklogId = worklogs.body.worklogs[0].id as string;
});

describe('reads', () => {
  const since = CONTRACT_NOW.getTime() - 30 * DAY;
  const reads: Array<[string, () => ContractCall]> = [
    ['a version, with issue status counts', () => ({ method: 'GET', path: `/rest/api/3/version/${DEMO_VERSION_IDS.portal11}?expand=issuesstatus`, as: productOwner })],
    ['all versions of a project', () => ({ method: 'GET', path: '/rest/api/3/project/ACC/versions' })],
    ['a page of versions, ordered and filtered', () => ({ method: 'GET', path: '/rest/api/3/project/ACC/version?startAt=0&maxResults=2&orderBy=-releaseDate&status=released,unreleased&query=portal' })],
    ['related issue counts', () => ({ method: 'GET', path: `/rest/api/3/version/${DEMO_VERSION_IDS.portal10}/relatedIssueCounts` })],
    ['unresolved issue count', () => ({ method: 'GET', path: `/rest/api/3/version/${DEMO_VERSION_IDS.portal11}/unresolvedIssueCount` })],
    ['changelogs in bulk, filtered by field', () => ({ method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: [story, 'ACC-1'], fieldIds: ['customfield_10020', 'fixVersions'], maxResults: 3 } })],
    ['worklogs updated since', () => ({ method: 'GET', path: `/rest/api/3/worklog/updated?since=${since}&expand=properties` })],
    ['worklogs deleted since', () => ({ method: 'GET', path: `/rest/api/3/worklog/deleted?since=${since}`, as: developer })],
    ['worklogs by id', () => ({ method: 'POST', path: '/rest/api/3/worklog/list?expand=properties', body: { ids: [Number(worklogId), 1, 2] } })],
    ['an issue\'s worklogs by started time', () => ({ method: 'GET', path: `/rest/api/3/issue/${story}/worklog?startAt=0&maxResults=3&startedAfter=${since - 60 * DAY}&startedBefore=${CONTRACT_NOW.getTime()}`, as: productOwner })],
    ['one worklog', () => ({ method: 'GET', path: `/rest/api/3/issue/${story}/worklog/${worklogId}` })],
    ['an issue with fix versions, parent and time spent', () => ({ method: 'GET', path: `/rest/api/3/issue/${story}?fields=fixVersions,parent,timespent,timeestimate,timeoriginalestimate,worklog` })],
    ['a search by fix version', () => ({ method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'fixVersion in unreleasedVersions(ACC) AND parent is not EMPTY', fields: ['fixVersions', 'parent'], maxResults: 10 } })],
    ['the scrum board configuration', () => ({ method: 'GET', path: `/rest/agile/1.0/board/${DEMO_BOARD_ID}/configuration`, as: projectManager })],
    ['the kanban board configuration', () => ({ method: 'GET', path: '/rest/agile/1.0/board/2/configuration' })],
    ['statuses', () => ({ method: 'GET', path: '/rest/api/3/status' })],
    ['a page of statuses', () => ({ method: 'GET', path: '/rest/api/3/statuses/search?startAt=0&maxResults=2&statusCategory=IN_PROGRESS' })],
    ['project property keys', () => ({ method: 'GET', path: '/rest/api/3/project/ACC/properties', as: developer })],
    ['closed sprints of the board', () => ({ method: 'GET', path: `/rest/agile/1.0/board/${DEMO_BOARD_ID}/sprint?state=closed` })],
  ];

  it.each(reads)('%s', async (_name, request) => {
    await site.documented(request());
  });
});

describe('writes', () => {
  it('creates and releases a version, moving its unfixed issues to another', async () => {
    const created = await site.documented(
      { method: 'POST', path: '/rest/api/3/version', body: { name: 'Portal 1.2', projectId: 10000, description: 'Hotfixes', startDate: '2026-03-01', releaseDate: '2026-03-20', released: false, archived: false }, as: projectManager },
      201,
    );
    expect(created.body).toMatchObject({ name: 'Portal 1.2', released: false, overdue: false, projectId: 10000, userReleaseDate: '20/Mar/2026' });
    await site.documented({ method: 'PUT', path: `/rest/api/3/issue/${story}`, body: { update: { fixVersions: [{ add: { id: created.body.id } }] } } }, 204);
    const next = await site.documented({ method: 'GET', path: '/rest/api/3/project/ACC/versions' });
    const target = next.body.find((version: { name: string }) => version.name === 'Portal 2.0');
    const released = await site.documented({
      method: 'PUT',
      path: `/rest/api/3/version/${created.body.id}`,
      body: { released: true, releaseDate: '2026-03-10', moveUnfixedIssuesTo: target.self },
      as: projectManager,
    });
    expect(released.body).toMatchObject({ released: true, releaseDate: '2026-03-10' });
    const issue = await site.documented({ method: 'GET', path: `/rest/api/3/issue/${story}?fields=fixVersions` });
    expect(issue.body.fields.fixVersions.map((version: { name: string }) => version.name)).toContain('Portal 2.0');
  });

  it('adds, updates and deletes a worklog', async () => {
    const added = await site.documented(
      { method: 'POST', path: `/rest/api/3/issue/${story}/worklog?adjustEstimate=new&newEstimate=2h`, body: { timeSpentSeconds: 5400, started: '2026-03-09T09:00:00.000+0000' }, as: developer },
      201,
    );
    await site.documented({ method: 'PUT', path: `/rest/api/3/issue/${story}/worklog/${added.body.id}?adjustEstimate=auto`, body: { timeSpent: '2h' }, as: developer });
    await site.documented({ method: 'DELETE', path: `/rest/api/3/issue/${story}/worklog/${added.body.id}?adjustEstimate=manual&increaseBy=1h`, as: developer }, 204);
  });

  it('sets, reads, replaces and deletes a project property', async () => {
    const url = '/rest/api/3/project/ACC/properties/accord-pm-settings';
    await site.documented({ method: 'PUT', path: url, body: { budgetHours: 1200 }, as: projectManager }, 201);
    await site.documented({ method: 'PUT', path: url, body: { budgetHours: 1400 }, as: projectManager }, 200);
    const got = await site.documented({ method: 'GET', path: url, as: developer });
    expect(got.body).toEqual({ key: 'accord-pm-settings', value: { budgetHours: 1400 } });
    await site.documented({ method: 'DELETE', path: url, as: projectManager }, 204);
  });

  it('creates, starts, edits, closes and deletes sprints', async () => {
    const created = await site.documented(
      { method: 'POST', path: '/rest/agile/1.0/sprint', body: { name: 'ACC Sprint 9', originBoardId: DEMO_BOARD_ID, goal: 'Later', startDate: '2026-03-26T09:00:00.000Z', endDate: '2026-04-09T09:00:00.000Z' } },
      201,
    );
    await site.documented({ method: 'PUT', path: `/rest/agile/1.0/sprint/${created.body.id}`, body: { name: 'ACC Sprint 9', goal: 'Billing polish', startDate: '2026-03-26T09:00:00.000+0000', endDate: '2026-04-09T09:00:00.000+0000' } });
    await site.documented({ method: 'POST', path: `/rest/agile/1.0/sprint/${DEMO_SPRINT_IDS.active}`, body: { state: 'closed' }, as: projectManager });
    await site.documented({ method: 'POST', path: `/rest/agile/1.0/sprint/${DEMO_SPRINT_IDS.future}`, body: { state: 'active' }, as: projectManager });
    await site.documented({ method: 'DELETE', path: `/rest/agile/1.0/sprint/${created.body.id}` }, 204);
  });
});

describe('errors', () => {
  const errors: Array<[string, () => ContractCall, number]> = [
    ['a version the caller cannot see', () => ({ method: 'GET', path: `/rest/api/3/version/${DEMO_VERSION_IDS.portal10}`, as: outsider }), 404],
    ['a version that does not exist', () => ({ method: 'GET', path: '/rest/api/3/version/99999' }), 404],
    ['versions of a hidden project', () => ({ method: 'GET', path: '/rest/api/3/project/ACC/version', as: outsider }), 404],
    ['a version name taken in the project', () => ({ method: 'POST', path: '/rest/api/3/version', body: { name: 'portal 1.0', projectId: 10000 } }), 400],
    ['a version created without Administer projects', () => ({ method: 'POST', path: '/rest/api/3/version', body: { name: 'PO release', projectId: 10000 }, as: productOwner }), 404],
    ['a version edited without Administer projects', () => ({ method: 'PUT', path: `/rest/api/3/version/${DEMO_VERSION_IDS.portal11}`, body: { released: true }, as: developer }), 400],
    ['changelogs of more than 1000 issues', () => ({ method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: Array.from({ length: 1001 }, (_, i) => `ACC-${i + 1}`) }, breaks: 'body/issueIdsOrKeys: must NOT have more than 1000 items' }), 400],
    ['changelogs for no issue', () => ({ method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: [] }, breaks: 'body/issueIdsOrKeys: must NOT have fewer than 1 items' }), 400],
    ['changelogs filtered by more than 10 fields', () => ({ method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['ACC-1'], fieldIds: Array.from({ length: 11 }, (_, i) => `customfield_${10100 + i}`) }, breaks: 'body/fieldIds: must NOT have more than 10 items' }), 400],
    ['worklogs for no id', () => ({ method: 'POST', path: '/rest/api/3/worklog/list', body: { ids: [] } }), 400],
    ['worklogs for more than 1000 ids', () => ({ method: 'POST', path: '/rest/api/3/worklog/list', body: { ids: Array.from({ length: 1001 }, (_, i) => i + 1) } }), 400],
    ['work logged without Work on issues', () => ({ method: 'POST', path: '/rest/api/3/issue/OPS-1/worklog', body: { timeSpent: '1h' }, as: outsider }), 400],
    ['a worklog of a hidden issue', () => ({ method: 'GET', path: `/rest/api/3/issue/${story}/worklog/${worklogId}`, as: outsider }), 404],
    ['a worklog edited by someone else without Edit all worklogs', () => ({ method: 'PUT', path: `/rest/api/3/issue/${story}/worklog/${worklogId}`, body: { timeSpent: '1m' }, as: productOwner }), 400],
    ['a project property written without Administer projects', () => ({ method: 'PUT', path: '/rest/api/3/project/ACC/properties/x', body: { a: 1 }, as: productOwner }), 403],
    ['a project property of a hidden project', () => ({ method: 'GET', path: '/rest/api/3/project/ACC/properties/x', as: outsider }), 404],
    ['a project property that does not exist', () => ({ method: 'GET', path: '/rest/api/3/project/ACC/properties/none' }), 404],
    ['the configuration of a hidden board', () => ({ method: 'GET', path: `/rest/agile/1.0/board/${DEMO_BOARD_ID}/configuration`, as: outsider }), 404],
    ['a sprint started without Manage sprints', () => ({ method: 'POST', path: `/rest/agile/1.0/sprint/${DEMO_SPRINT_IDS.future}`, body: { state: 'active' }, as: developer }), 403],
    ['a closed sprint edited', () => ({ method: 'POST', path: `/rest/agile/1.0/sprint/${DEMO_SPRINT_IDS.closed[0]}`, body: { goal: 'Rewrite history' } }), 400],
    ['a sprint created on a hidden board', () => ({ method: 'POST', path: '/rest/agile/1.0/sprint', body: { name: 'X', originBoardId: DEMO_BOARD_ID }, as: outsider }), 404],
  ];

  it.each(errors)('%s', async (_name, request, status) => {
    await site.documented(request(), status);
  });
});

describe('the checks above were real', () => {
  it('every answer was checked against a schema, an example or the ErrorCollection', () => {
    expect(site.checked.length).toBeGreaterThan(45);
    const unchecked = site.checked.filter((entry) => entry.startsWith('nothing'));
    // Only bodiless answers (204) and the agile API's undocumented ones may go unchecked.
    expect(unchecked.filter((entry) => !/ 204$/.test(entry) && !entry.includes('/rest/agile/'))).toEqual([]);
    expect(site.checked.some((entry) => entry.startsWith('error-collection'))).toBe(true);
    expect(site.checked.filter((entry) => entry.startsWith('schema')).length).toBeGreaterThan(25);
  });
});
