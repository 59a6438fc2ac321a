/** The demo project tells a project manager's story: sprint history, scope changes, releases, epics and time sheets. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { seedDemoSite } from '../../../sandbox/seed';
import { DEMO_SPRINT_IDS, DEMO_VERSION_IDS } from '../../../sandbox/seed/site-layout';
import { DEMO_TEAMMATES, DEMO_USERS } from '../../../sandbox/seed/users';
import { keyOf, keysOf } from '../../support/seed-tickets';
import { NOW, demoSite, type DemoSite } from './demo-site';

const DAY = 86_400_000;

interface Item { field: string; fieldId?: string; from?: string; to?: string; fromString?: string; toString?: string }
interface History { created: string; items: Item[] }

async function histories(site: DemoSite, key: string): Promise<History[]> {
  return (await site.call('GET', `/rest/api/3/issue/${key}/changelog?maxResults=100`)).json.values;
}

const time = (jira: string) => Date.parse(jira.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));

describe('the seeded sprints', () => {
  it('has six closed two-week sprints before the active one, and the next starts about two days from now', async () => {
    const site = demoSite();
    const sprints = (await site.call('GET', '/rest/agile/1.0/board/1/sprint')).json.values as Array<{ id: number; state: string; startDate: string; endDate: string; completeDate?: string }>;
    expect(sprints.map((sprint) => sprint.state)).toEqual(['closed', 'closed', 'closed', 'closed', 'closed', 'closed', 'active', 'future']);
    for (const [index, sprint] of sprints.entries()) {
      expect(time(sprint.endDate) - time(sprint.startDate)).toBe(14 * DAY);
      if (index > 0) expect(time(sprint.startDate)).toBe(time(sprints[index - 1]!.endDate));
    }
    const next = sprints.at(-1)!;
    expect((time(next.startDate) - NOW.getTime()) / DAY).toBeGreaterThan(1.5);
    expect((time(next.startDate) - NOW.getTime()) / DAY).toBeLessThan(2.5);
    expect(sprints.slice(0, 6).every((sprint) => sprint.completeDate === sprint.endDate)).toBe(true);
  });

  it('moved one ticket into the active sprint and out again twice', async () => {
    const site = demoSite();
    const key = await keyOf(site, 'cookie-banner');
    const sprintItems = (await histories(site, key)).flatMap((history) => history.items).filter((item) => item.field === 'Sprint');
    expect(sprintItems.map((item) => [item.from ?? null, item.to ?? null])).toEqual([
      [null, String(DEMO_SPRINT_IDS.active)],
      [String(DEMO_SPRINT_IDS.active), null],
      [null, String(DEMO_SPRINT_IDS.active)],
      [String(DEMO_SPRINT_IDS.active), null],
    ]);
  });

  it('carried tickets over, keeping the closed sprints in their Sprint field', async () => {
    const site = demoSite();
    const key = await keyOf(site, 'payment-method');
    const issue = await site.call('GET', `/rest/api/3/issue/${key}?fields=customfield_10020,status`);
    expect(issue.json.fields.customfield_10020.map((sprint: { id: number }) => sprint.id)).toEqual([5, 6, 7]);
    const carried = (await histories(site, key)).flatMap((history) => history.items).filter((item) => item.field === 'Sprint').map((item) => item.toString);
    expect(carried).toEqual(['ACC Sprint 5', 'ACC Sprint 5, ACC Sprint 6', 'ACC Sprint 5, ACC Sprint 6, ACC Sprint 7']);
  });

  it('added scope mid-sprint, re-estimated during sprints, and finished some tickets after taking them out', async () => {
    const site = demoSite();
    const sprints = (await site.call('GET', '/rest/agile/1.0/board/1/sprint')).json.values as Array<{ id: number; startDate: string; endDate: string }>;
    const startOf = (id: number) => time(sprints.find((sprint) => sprint.id === id)!.startDate);
    const [late, reestimated] = await keysOf(site, ['invoice-date-bug', 'auth-api']);
    const added = (await histories(site, late!)).find((history) => history.items.some((item) => item.field === 'Sprint'))!;
    expect(time(added.created)).toBeGreaterThan(startOf(3));
    const estimate = (await histories(site, reestimated!)).find((history) => history.items.some((item) => item.fieldId === 'customfield_10016'))!;
    expect(estimate.items[0]).toMatchObject({ fromString: '5', toString: '8' });
    expect(time(estimate.created)).toBeGreaterThan(startOf(1));
    expect(time(estimate.created)).toBeLessThan(startOf(2));
    for (const ref of ['privacy-policy', 'dependency-audit', 'faq-page', 'maintenance-banner']) {
      const key = await keyOf(site, ref);
      const list = await histories(site, key);
      const removed = list.find((history) => history.items.some((item) => item.field === 'Sprint' && item.from && !item.to))!;
      const done = list.find((history) => history.items.some((item) => item.field === 'status' && item.toString === 'Done'))!;
      expect(time(done.created), ref).toBeGreaterThan(time(removed.created));
    }
  });

  it('has tickets of the active sprint untouched for days, blocked ones, and due dates already past', async () => {
    const site = demoSite();
    const search = async (jql: string) => (await site.call('POST', '/rest/api/3/search/jql', { body: { jql, maxResults: 100, fields: ['issuelinks', 'summary'] } })).json.issues as Array<{ key: string; fields: { issuelinks: Array<{ inwardIssue?: { fields: { status: { statusCategory: { key: string } } } } }> } }>;
    const stale = await search('sprint in openSprints() AND project = ACC AND updated < -7d AND statusCategory != Done');
    expect(stale.length).toBeGreaterThanOrEqual(3);
    const active = await search('sprint in openSprints() AND project = ACC');
    const blocked = active.filter((issue) => issue.fields.issuelinks.some((link) => link.inwardIssue && link.inwardIssue.fields.status.statusCategory.key !== 'done'));
    expect(blocked.length).toBeGreaterThanOrEqual(2);
    expect((await search('project = ACC AND duedate < now() AND statusCategory != Done')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the seeded releases and epics', () => {
  it('released Portal 1.0 three weeks ago and plans more for Portal 1.1 than the team finishes before it is due', async () => {
    const site = demoSite();
    const released = (await site.call('GET', `/rest/api/3/version/${DEMO_VERSION_IDS.portal10}`)).json;
    expect((NOW.getTime() - Date.parse(released.releaseDate)) / DAY).toBeGreaterThanOrEqual(20);
    expect((NOW.getTime() - Date.parse(released.releaseDate)) / DAY).toBeLessThanOrEqual(22);
    const next = (await site.call('GET', `/rest/api/3/version/${DEMO_VERSION_IDS.portal11}`)).json;
    const dueInDays = (Date.parse(next.releaseDate) - NOW.getTime()) / DAY;
    expect(dueInDays).toBeGreaterThan(8);
    expect(dueInDays).toBeLessThan(11);
    const points = (jql: string) => site.call('POST', '/rest/api/3/search/jql', { body: { jql, maxResults: 100, fields: ['customfield_10016'] } }).then((answer) => (answer.json.issues as Array<{ fields: { customfield_10016: number | null } }>).reduce((sum, issue) => sum + (issue.fields.customfield_10016 ?? 0), 0));
    const remaining = await points('fixVersion = "Portal 1.1" AND statusCategory != Done');
    // Throughput: points finished in the six closed sprints, per day.
    const delivered = await points('sprint in closedSprints() AND statusCategory = Done AND project = ACC');
    const perDay = delivered / (6 * 14);
    expect(remaining).toBeGreaterThan(perDay * dueInDays * 2);
    const open10 = await points('fixVersion = "Portal 1.0" AND statusCategory != Done');
    expect(open10).toBe(0);
    // The release moved what was not done to 1.1, with the Fix Version history Jira writes.
    const moved = (await histories(site, await keyOf(site, 'payment-method'))).find((history) => history.items.some((item) => item.toString === 'Portal 1.1'))!;
    expect(moved.items).toEqual([
      expect.objectContaining({ field: 'Fix Version', fieldId: 'fixVersions', from: String(DEMO_VERSION_IDS.portal10), fromString: 'Portal 1.0' }),
      expect.objectContaining({ field: 'Fix Version', fieldId: 'fixVersions', to: String(DEMO_VERSION_IDS.portal11), toString: 'Portal 1.1' }),
    ]);
  });

  it('puts stories under epics', async () => {
    const site = demoSite();
    const epics = (await site.call('POST', '/rest/api/3/search/jql', { body: { jql: 'project = ACC AND issuetype = Epic', maxResults: 20 } })).json.issues as Array<{ key: string }>;
    expect(epics.length).toBeGreaterThanOrEqual(5);
    let children = 0;
    for (const epic of epics) children += (await site.call('POST', '/rest/api/3/search/jql', { body: { jql: `parent = ${epic.key}`, maxResults: 100 } })).json.issues.length;
    expect(children).toBeGreaterThan(40);
    const filed = (await histories(site, await keyOf(site, 'invoice-search'))).flatMap((history) => history.items).find((item) => item.field === 'IssueParentAssociation');
    expect(filed).toMatchObject({ toString: await keyOf(site, 'epic-billing') });
  });
});

describe('the seeded time sheets', () => {
  it('has more than eight weeks of worklogs by at least four people, on their weekdays, in realistic amounts', () => {
    const site = demoSite();
    const rows = site.db.prepare('SELECT author, started, time_spent_seconds AS seconds FROM jira_worklogs').all() as Array<{ author: string; started: string; seconds: number }>;
    const zones = new Map([...DEMO_USERS, ...DEMO_TEAMMATES].map((user) => [user.accountId, user.timeZone]));
    const authors = new Set(rows.map((row) => row.author));
    expect(authors.size).toBeGreaterThanOrEqual(4);
    const starts = rows.map((row) => Date.parse(row.started));
    expect((Math.max(...starts) - Math.min(...starts)) / DAY).toBeGreaterThan(8 * 7);
    const localDay = (row: { author: string; started: string }) => new Intl.DateTimeFormat('en-US', { timeZone: zones.get(row.author), weekday: 'short' }).format(new Date(row.started));
    expect(rows.filter((row) => ['Sat', 'Sun'].includes(localDay(row)))).toEqual([]);
    // Mondays in Tokyo that are still Sunday in UTC, and New York Monday evenings past midnight UTC or close to it.
    expect(rows.some((row) => localDay(row) === 'Mon' && new Date(row.started).getUTCDay() === 0)).toBe(true);
    expect(rows.some((row) => row.author === 'demo-dev' && localDay(row) === 'Mon' && [23, 0].includes(new Date(row.started).getUTCHours()))).toBe(true);
    const perPersonDay = new Map<string, number>();
    for (const row of rows) {
      const key = `${row.author} ${new Intl.DateTimeFormat('en-CA', { timeZone: zones.get(row.author) }).format(new Date(row.started))}`;
      perPersonDay.set(key, (perPersonDay.get(key) ?? 0) + row.seconds / 3600);
    }
    expect(Math.max(...perPersonDay.values())).toBeLessThanOrEqual(10);
    const hours = rows.reduce((sum, row) => sum + row.seconds, 0) / 3600;
    expect(hours).toBeGreaterThan(800);
  });

  it('seeds in well under two seconds, the same way every time', () => {
    const dump = (db: Database.Database) => JSON.stringify([
      db.prepare('SELECT * FROM jira_worklogs ORDER BY id').all(),
      db.prepare('SELECT * FROM jira_changelogs ORDER BY id').all(),
      db.prepare('SELECT * FROM jira_versions ORDER BY id').all(),
    ]);
    const timed = () => {
      const db = new Database(':memory:');
      const started = performance.now();
      seedDemoSite(db, NOW);
      return { db, ms: performance.now() - started };
    };
    const first = timed();
    const second = timed();
    expect(Math.min(first.ms, second.ms)).toBeLessThan(2000);
    expect(dump(second.db)).toBe(dump(first.db));
  });
});
