import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_IDS } from '../../../sandbox/seed/users';
import { keyOf } from '../../support/seed-tickets';
import { demoSite, type DemoSite, issueEvent } from './demo-site';

const { productOwner, developer, outsider } = DEMO_ACCOUNT_IDS;

async function firstKey(site: DemoSite, jql: string): Promise<string> {
  const answer = await site.call('POST', '/rest/api/3/search/jql', { body: { jql, maxResults: 1 } });
  return answer.json.issues[0].key as string;
}

describe('transitions', () => {
  it('lists the neighbouring statuses and moves an issue with changelog and event', async () => {
    const site = demoSite();
    const key = await firstKey(site, 'project = ACC AND status = "To Do" ORDER BY key ASC');
    const listed = await site.call('GET', `/rest/api/3/issue/${key}/transitions`, { as: developer });
    expect(listed.json.transitions.map((transition: { to: { name: string } }) => transition.to.name)).toEqual(['In Progress']);
    const moved = await site.call('POST', `/rest/api/3/issue/${key}/transitions`, { as: developer, body: { transition: { id: listed.json.transitions[0].id } } });
    expect(moved.status).toBe(204);
    const issue = await site.call('GET', `/rest/api/3/issue/${key}?fields=status`);
    expect(issue.json.fields.status).toMatchObject({ name: 'In Progress', statusCategory: { key: 'indeterminate' } });
    expect(issueEvent(site.events[0]).changelog!.items).toContainEqual(expect.objectContaining({ fieldId: 'status', fromString: 'To Do', toString: 'In Progress' }));
    const invalid = await site.call('POST', `/rest/api/3/issue/${key}/transitions`, { body: { transition: { id: '41' } } });
    expect(invalid.status).toBe(400);
  });

  it('runs validators on the way to their status and fails with the validator message', async () => {
    const site = demoSite();
    const seen: string[] = [];
    site.jira.setTransitionValidators([
      {
        key: 'requires-po-signoff',
        toStatus: 'Done',
        run: async ({ issue, transition }) => {
          seen.push(`${issue.key}:${transition.to.id}`);
          return issue.key === allowed ? { result: true } : { result: false, errorMessage: 'The Product Owner has not signed off this work.' };
        },
      },
    ]);
    const inReview = await site.call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = ACC AND status = "In Review" ORDER BY key ASC', maxResults: 2 } });
    const [blocked, allowed] = inReview.json.issues.map((issue: { key: string }) => issue.key) as [string, string];
    const refused = await site.call('POST', `/rest/api/3/issue/${blocked}/transitions`, { as: developer, body: { transition: { id: '41' } } });
    expect(refused.status).toBe(400);
    expect(refused.json).toEqual({ errorMessages: ['The Product Owner has not signed off this work.'], errors: {} });
    expect(site.events).toHaveLength(0);
    const accepted = await site.call('POST', `/rest/api/3/issue/${allowed}/transitions`, { as: developer, body: { transition: { id: '41' } } });
    expect(accepted.status).toBe(204);
    const done = await site.call('GET', `/rest/api/3/issue/${allowed}?fields=status,resolutiondate`);
    expect(done.json.fields.status.name).toBe('Done');
    expect(done.json.fields.resolutiondate).not.toBeNull();
    expect(seen).toEqual([`${blocked}:10002`, `${allowed}:10002`]);
    // Going back to In Progress is not guarded by the Done validator.
    expect((await site.call('POST', `/rest/api/3/issue/${blocked}/transitions`, { body: { transition: { id: '21' } } })).status).toBe(204);
    expect(seen).toHaveLength(2);
  });
});

describe('comments, worklogs and changelog', () => {
  it('adds, reads, lists and deletes ADF comments with mentions', async () => {
    const site = demoSite();
    const key = await keyOf(site, 'multi-currency');
    const body = {
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'mention', attrs: { id: developer, text: '@Dana Developer' } }, { type: 'text', text: ' please review' }] }],
    };
    const added = await site.call('POST', `/rest/api/3/issue/${key}/comment`, { as: productOwner, body: { body } });
    expect(added.status).toBe(201);
    expect(added.json.author.accountId).toBe(productOwner);
    expect(added.json.body).toEqual(body);
    const one = await site.call('GET', `/rest/api/3/issue/${key}/comment/${added.json.id}?expand=renderedBody`);
    expect(one.json.renderedBody).toContain('please review');
    const list = await site.call('GET', `/rest/api/3/issue/${key}/comment`);
    expect(list.json.comments.at(-1).id).toBe(added.json.id);
    expect(list.json.total).toBe(list.json.comments.length);
    expect((await site.call('DELETE', `/rest/api/3/issue/${key}/comment/${added.json.id}`, { as: developer })).status).toBe(403);
    expect((await site.call('DELETE', `/rest/api/3/issue/${key}/comment/${added.json.id}`, { as: productOwner })).status).toBe(204);
    expect((await site.call('POST', `/rest/api/3/issue/${key}/comment`, { body: { body: 42 } })).status).toBe(400);
  });

  it('logs work and pages worklogs and changelog', async () => {
    const site = demoSite();
    const worked = await keyOf(site, 'login-bug-safari');
    const changed = await keyOf(site, 'login-email');
    const logged = await site.call('POST', `/rest/api/3/issue/${worked}/worklog`, { as: developer, body: { timeSpent: '2h 30m', started: '2026-03-09T10:00:00.000+0000' } });
    expect(logged.status).toBe(201);
    expect(logged.json).toMatchObject({ timeSpentSeconds: 9000, timeSpent: '2h 30m', author: { accountId: developer } });
    const worklogs = await site.call('GET', `/rest/api/3/issue/${worked}/worklog`);
    expect(worklogs.json.worklogs.at(-1).id).toBe(logged.json.id);
    expect(worklogs.json.total).toBe(worklogs.json.worklogs.length);
    expect((await site.call('POST', `/rest/api/3/issue/${worked}/worklog`, { body: { timeSpent: 'soon' } })).status).toBe(400);
    const all = await site.call('GET', `/rest/api/3/issue/${changed}/changelog`);
    const firstPage = await site.call('GET', `/rest/api/3/issue/${changed}/changelog?startAt=0&maxResults=2`);
    expect(all.json.total).toBeGreaterThan(2);
    expect(firstPage.json.values).toHaveLength(2);
    expect(firstPage.json.isLast).toBe(false);
    expect(firstPage.json.nextPage).toContain('startAt=2');
  });
});

describe('people, permissions and projects', () => {
  it('answers myself, user, bulk and search', async () => {
    const site = demoSite();
    expect((await site.call('GET', '/rest/api/3/myself', { as: productOwner })).json).toMatchObject({ accountId: productOwner, displayName: 'Paula Owner', accountType: 'atlassian', active: true });
    expect((await site.call('GET', `/rest/api/3/user?accountId=${developer}`)).json.displayName).toBe('Dana Developer');
    expect((await site.call('GET', '/rest/api/3/user?accountId=nobody')).status).toBe(404);
    const bulk = await site.call('GET', `/rest/api/3/user/bulk?accountId=${productOwner}&accountId=${developer}`);
    expect(bulk.json.values.map((user: { accountId: string }) => user.accountId)).toEqual([productOwner, developer]);
    const found = await site.call('GET', '/rest/api/3/users/search?query=milo');
    expect(found.json.map((user: { displayName: string }) => user.displayName)).toEqual(['Milo Manager']);
  });

  it('reports built-in and app permissions per project', async () => {
    const site = demoSite();
    const issue = await keyOf(site, 'login-email');
    const key = 'ari:cloud:ecosystem::extension/6f1b0c1e-6a43-4a53-9d3e-acc0d0000001/test-env/static/sign-off-work-results';
    const ask = (user: string, scope: string) => site.call('GET', `/rest/api/3/mypermissions?${scope}&permissions=EDIT_ISSUES,${encodeURIComponent(key)}`, { as: user });
    const po = await ask(productOwner, 'projectKey=ACC');
    expect(po.json.permissions[key]).toMatchObject({ key, havePermission: true, type: 'PROJECT', name: 'Sign off work results' });
    expect(po.json.permissions.EDIT_ISSUES.havePermission).toBe(true);
    const dev = await ask(developer, `issueKey=${issue}`);
    expect(dev.json.permissions[key].havePermission).toBe(false);
    const viewer = await ask(outsider, 'projectKey=OPS');
    expect(viewer.json.permissions.EDIT_ISSUES.havePermission).toBe(false);
    expect((await ask(outsider, 'projectKey=ACC')).status).toBe(404);
    expect((await site.call('GET', '/rest/api/3/mypermissions?projectKey=ACC', { as: productOwner })).status).toBe(400);
  });

  it('shows projects, roles and server info by visibility', async () => {
    const site = demoSite();
    const outsiderProjects = await site.call('GET', '/rest/api/3/project/search', { as: outsider });
    expect(outsiderProjects.json.values.map((project: { key: string }) => project.key)).toEqual(['OPS']);
    expect((await site.call('GET', '/rest/api/3/project/ACC', { as: outsider })).status).toBe(404);
    const project = await site.call('GET', '/rest/api/3/project/ACC', { as: productOwner });
    expect(project.json).toMatchObject({ key: 'ACC', name: 'Accord Demo', lead: { accountId: 'demo-pm' } });
    const roles = await site.call('GET', '/rest/api/3/project/ACC/role');
    expect(Object.keys(roles.json)).toEqual(expect.arrayContaining(['Administrators', 'Product Owners', 'Project Managers', 'Developers']));
    const roleUrl = roles.json['Product Owners'] as string;
    const role = await site.call('GET', roleUrl.slice(roleUrl.indexOf('/rest/')), { as: productOwner });
    expect(role.json.actors.map((actor: { actorUser: { accountId: string } }) => actor.actorUser.accountId)).toEqual([productOwner]);
    expect(role.json.currentUserRole).toBe(true);
    expect((await site.call('GET', '/rest/api/3/serverInfo')).json.deploymentType).toBe('Cloud');
  });
});
