import { describe, expect, it } from 'vitest';
import type { WorklogEvent } from '../../../sandbox/jira/emulator-types';
import { JiraStore } from '../../../sandbox/jira/store';
import { DEMO_ACCOUNT_IDS } from '../../../sandbox/seed/users';
import { keyOf, keysOf } from '../../support/seed-tickets';
import { NOW, demoSite, type DemoSite } from './demo-site';

const { productOwner, projectManager, developer, outsider } = DEMO_ACCOUNT_IDS;
const MINUTE = 60_000;

interface FeedPage {
  values: Array<{ worklogId: number; updatedTime: number; properties: unknown[] }>;
  since: number;
  until: number;
  self: string;
  nextPage: string;
  lastPage: boolean;
}

/** Follows nextPage until lastPage, answering every page. */
async function follow(site: DemoSite, feed: 'updated' | 'deleted', since: number, as?: string): Promise<FeedPage[]> {
  const pages: FeedPage[] = [];
  let from = since;
  for (;;) {
    const answer = await site.call('GET', `/rest/api/3/worklog/${feed}?since=${from}`, { as });
    expect(answer.status).toBe(200);
    const page = answer.json as FeedPage;
    pages.push(page);
    if (page.lastPage) return pages;
    expect(new URL(page.nextPage).searchParams.get('since')).toBe(String(page.until));
    from = page.until;
  }
}

describe('site-wide worklog feeds', () => {
  it('lists updated worklogs oldest first as the caller may see them, leaving out the last minute', async () => {
    const site = demoSite();
    const [page] = await follow(site, 'updated', 0);
    const total = (site.db.prepare('SELECT COUNT(*) AS n FROM jira_worklogs').get() as { n: number }).n;
    expect(page!.values).toHaveLength(total);
    expect(page!).toMatchObject({ since: 0, lastPage: true, until: page!.values.at(-1)!.updatedTime });
    const times = page!.values.map((value) => value.updatedTime);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(page!.values[0]).toEqual({ worklogId: expect.any(Number), updatedTime: expect.any(Number), properties: [] });
    // The outsider only browses OPS: only its worklogs.
    const [outside] = await follow(site, 'updated', 0, outsider);
    const opsWorklogs = (site.db.prepare("SELECT COUNT(*) AS n FROM jira_worklogs w JOIN jira_issues i ON i.id = w.issue_id WHERE i.key LIKE 'OPS-%'").get() as { n: number }).n;
    expect(outside!.values).toHaveLength(opsWorklogs);
    expect(opsWorklogs).toBeGreaterThan(0);

    const key = await keyOf(site, 'sso');
    const logged = await site.call('POST', `/rest/api/3/issue/${key}/worklog`, { as: developer, body: { timeSpent: '1h', started: '2026-03-10T08:00:00.000+0000' } });
    const since = page!.until;
    expect((await follow(site, 'updated', since))[0]!.values).toEqual([]);
    site.advance(MINUTE + 1);
    const [fresh] = await follow(site, 'updated', since);
    expect(fresh!.values).toEqual([{ worklogId: Number(logged.json.id), updatedTime: NOW.getTime(), properties: [] }]);
    expect(fresh!.until).toBe(NOW.getTime());
  });

  it('pages by 1000 and never ends a page inside a run of equal times', async () => {
    const site = demoSite();
    const store = new JiraStore(site.db);
    const issueId = Number((await site.call('GET', `/rest/api/3/issue/${await keyOf(site, 'sso')}?fields=summary`)).json.id);
    const base = NOW.getTime() - 10 * 86_400_000;
    // 1,400 worklogs after every seeded one, the 990th to the 1,010th all updated in the same millisecond.
    site.db.prepare('DELETE FROM jira_worklogs WHERE updated >= ?').run(new Date(base - 1).toISOString());
    for (let i = 0; i < 1400; i += 1) {
      const at = new Date(base + (i >= 990 && i < 1010 ? 990 : i) * 1000).toISOString();
      store.worklogs.add({ issueId, author: developer, updateAuthor: developer, started: at, timeSpentSeconds: 600, comment: null, created: at, updated: at });
    }
    const pages = await follow(site, 'updated', base - 1);
    expect(pages.map((page) => page.values.length)).toEqual([990, 410]);
    const ids = pages.flatMap((page) => page.values.map((value) => value.worklogId));
    expect(new Set(ids).size).toBe(1400);
    expect(pages[0]!.lastPage).toBe(false);
  });

  it('lists deleted worklogs, including those of a deleted issue, to those who may see the project', async () => {
    const site = demoSite();
    const [sso, legal] = await keysOf(site, ['sso', 'legal-imprint']);
    const logged = await site.call('POST', `/rest/api/3/issue/${sso}/worklog`, { as: developer, body: { timeSpentSeconds: 1800 } });
    site.advance(5 * MINUTE);
    expect((await site.call('DELETE', `/rest/api/3/issue/${sso}/worklog/${logged.json.id}`, { as: developer })).status).toBe(204);
    const onLegal = await site.call('POST', `/rest/api/3/issue/${legal}/worklog`, { as: developer, body: { timeSpentSeconds: 600 } });
    expect((await site.call('DELETE', `/rest/api/3/issue/${legal}`, { as: projectManager })).status).toBe(204);
    const since = NOW.getTime() - MINUTE;
    expect((await follow(site, 'deleted', since))[0]!.values).toEqual([]);
    site.advance(2 * MINUTE);
    const [page] = await follow(site, 'deleted', since);
    expect(page!.values.map((value) => value.worklogId)).toEqual([Number(logged.json.id), Number(onLegal.json.id)]);
    expect(page!.values[0]!.updatedTime).toBe(NOW.getTime() + 5 * MINUTE);
    expect((await follow(site, 'deleted', since, outsider))[0]!.values).toEqual([]);
    expect((await site.call('POST', '/rest/api/3/worklog/list', { body: { ids: [Number(logged.json.id)] } })).json).toEqual([]);
  });

  it('answers worklogs by id that the caller may see', async () => {
    const site = demoSite();
    const rows = site.db.prepare("SELECT w.id, i.key FROM jira_worklogs w JOIN jira_issues i ON i.id = w.issue_id WHERE i.key LIKE 'ACC-%' ORDER BY w.id LIMIT 3").all() as Array<{ id: number; key: string }>;
    const ops = site.db.prepare("SELECT w.id FROM jira_worklogs w JOIN jira_issues i ON i.id = w.issue_id WHERE i.key LIKE 'OPS-%' LIMIT 1").get() as { id: number };
    const ids = [...rows.map((row) => row.id), ops.id, 999_999];
    const all = await site.call('POST', '/rest/api/3/worklog/list', { as: projectManager, body: { ids } });
    expect(all.json.map((worklog: { id: string }) => Number(worklog.id))).toEqual(ids.slice(0, 4));
    expect(all.json[0]).toEqual(expect.objectContaining({ issueId: expect.any(String), author: expect.objectContaining({ accountId: expect.any(String) }), started: expect.any(String), timeSpentSeconds: expect.any(Number), created: expect.any(String), updated: expect.any(String) }));
    const outside = await site.call('POST', '/rest/api/3/worklog/list', { as: outsider, body: { ids } });
    expect(outside.json.map((worklog: { id: string }) => Number(worklog.id))).toEqual([ops.id]);
  });
});

describe('worklogs of one issue', () => {
  it('pages by startAt and filters by started time', async () => {
    const site = demoSite();
    const key = await keyOf(site, 'payment-method');
    const all = await site.call('GET', `/rest/api/3/issue/${key}/worklog`);
    expect(all.json.maxResults).toBe(5000);
    expect(all.json.total).toBeGreaterThan(10);
    const page = await site.call('GET', `/rest/api/3/issue/${key}/worklog?startAt=2&maxResults=3`);
    expect(page.json).toMatchObject({ startAt: 2, maxResults: 3, total: all.json.total });
    expect(page.json.worklogs.map((worklog: { id: string }) => worklog.id)).toEqual(all.json.worklogs.slice(2, 5).map((worklog: { id: string }) => worklog.id));
    const started = all.json.worklogs.map((worklog: { started: string }) => Date.parse(worklog.started.replace('+0000', 'Z'))).sort((a: number, b: number) => a - b);
    const middle = started[Math.floor(started.length / 2)] as number;
    const after = await site.call('GET', `/rest/api/3/issue/${key}/worklog?startedAfter=${middle}`);
    const before = await site.call('GET', `/rest/api/3/issue/${key}/worklog?startedBefore=${middle}`);
    expect(after.json.total + before.json.total).toBe(all.json.total);
    expect(after.json.worklogs.every((worklog: { started: string }) => Date.parse(worklog.started.replace('+0000', 'Z')) >= middle)).toBe(true);
    const issue = await site.call('GET', `/rest/api/3/issue/${key}?fields=worklog,timespent`);
    expect(issue.json.fields.worklog).toMatchObject({ startAt: 0, maxResults: 20, total: all.json.total });
    expect(issue.json.fields.worklog.worklogs).toHaveLength(Math.min(20, all.json.total));
    const spent = all.json.worklogs.reduce((sum: number, worklog: { timeSpentSeconds: number }) => sum + worklog.timeSpentSeconds, 0);
    expect(issue.json.fields.timespent).toBe(spent);
    expect((await site.call('GET', `/rest/api/3/issue/${key}/worklog`, { as: outsider })).status).toBe(404);
  });

  it('adds, updates and deletes with permissions, estimates and the worklog events', async () => {
    const site = demoSite();
    const key = await keyOf(site, 'sso');
    const estimate = async () => (await site.call('GET', `/rest/api/3/issue/${key}?fields=timeestimate`)).json.fields.timeestimate as number;
    const before = await estimate();
    const added = await site.call('POST', `/rest/api/3/issue/${key}/worklog`, { as: developer, body: { timeSpent: '2h', started: '2026-03-09T10:00:00.000+0000', comment: 'Pairing' } });
    expect(added.status).toBe(201);
    expect(await estimate()).toBe(Math.max(0, before - 7200));
    expect((await site.call('PUT', `/rest/api/3/issue/${key}/worklog/${added.json.id}`, { as: productOwner, body: { timeSpent: '3h' } })).status).toBe(400);
    const updated = await site.call('PUT', `/rest/api/3/issue/${key}/worklog/${added.json.id}?adjustEstimate=leave`, { as: projectManager, body: { timeSpent: '3h' } });
    expect(updated.json).toMatchObject({ timeSpentSeconds: 10800, author: { accountId: developer }, updateAuthor: { accountId: projectManager } });
    expect((await site.call('PUT', `/rest/api/3/issue/${key}/worklog/${added.json.id}`, { body: { timeSpent: '1h', timeSpentSeconds: 60 } })).status).toBe(400);
    expect((await site.call('DELETE', `/rest/api/3/issue/${key}/worklog/${added.json.id}?adjustEstimate=new`, { as: developer })).status).toBe(400);
    expect((await site.call('DELETE', `/rest/api/3/issue/${key}/worklog/${added.json.id}?adjustEstimate=new&newEstimate=1d`, { as: developer })).status).toBe(204);
    expect(await estimate()).toBe(8 * 3600);
    expect((await site.call('GET', `/rest/api/3/issue/${key}/worklog/${added.json.id}`)).status).toBe(404);
    const events = site.events as WorklogEvent[];
    expect(events.map((event) => event.eventType)).toEqual(['avi:jira:created:worklog', 'avi:jira:updated:worklog', 'avi:jira:deleted:worklog']);
    expect(events[0]).toEqual({
      eventType: 'avi:jira:created:worklog',
      selfGenerated: false,
      timestamp: NOW.getTime(),
      worklog: {
        id: added.json.id,
        issueId: added.json.issueId,
        author: { accountId: developer },
        updateAuthor: { accountId: developer },
        comment: expect.objectContaining({ type: 'doc' }),
        created: '2026-03-10T09:00:00.000+0000',
        updated: '2026-03-10T09:00:00.000+0000',
        started: '2026-03-09T10:00:00.000+0000',
        timeSpent: '2h',
        timeSpentSeconds: 7200,
      },
    });
    expect(events[1]!.worklog).toMatchObject({ timeSpentSeconds: 10800, updateAuthor: { accountId: projectManager } });
    const app = await site.call('POST', `/rest/api/3/issue/${key}/worklog`, { body: { timeSpentSeconds: 60 } });
    expect(app.status).toBe(201);
    expect(site.events.at(-1)).toMatchObject({ eventType: 'avi:jira:created:worklog', selfGenerated: true });
  });
});
