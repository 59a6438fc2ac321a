import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_IDS } from '../../../sandbox/seed/users';
import { keysOf } from '../../support/seed-tickets';
import { demoSite, type DemoSite } from './demo-site';

const { productOwner, outsider } = DEMO_ACCOUNT_IDS;

interface History {
  id: string;
  created: string;
  items: Array<{ fieldId?: string; field: string }>;
}

/** Every page of a bulk fetch, flattened to [issueId, history] in the order sent. */
async function fetchAll(site: DemoSite, body: Record<string, unknown>, as?: string): Promise<{ pages: number; histories: Array<[string, History]> }> {
  const histories: Array<[string, History]> = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const answer = await site.call('POST', '/rest/api/3/changelog/bulkfetch', { as, body: { ...body, ...(token ? { nextPageToken: token } : {}) } });
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    for (const log of answer.json.issueChangeLogs as Array<{ issueId: string; changeHistories: History[] }>) {
      expect(log.changeHistories.length).toBeGreaterThan(0);
      for (const history of log.changeHistories) histories.push([log.issueId, history]);
    }
    token = answer.json.nextPageToken;
    pages += 1;
  } while (token);
  return { pages, histories };
}

describe('changelogs in bulk', () => {
  it('pages every history of the issues exactly once, oldest first, whatever the page size', async () => {
    const site = demoSite();
    const keys = await keysOf(site, ['payment-method', 'cookie-banner', 'auth-api', 'invoice-cache', 'sso']);
    const whole = await fetchAll(site, { issueIdsOrKeys: keys });
    expect(whole.pages).toBe(1);
    let expected = 0;
    for (const key of keys) expected += (await site.call('GET', `/rest/api/3/issue/${key}/changelog?maxResults=100`)).json.total as number;
    expect(whole.histories).toHaveLength(expected);
    // A page groups histories by issue: issues in the order of their oldest change, each one's changes oldest first.
    const sortKey = (issueId: string, history: History) => `${history.created} ${issueId.padStart(8, '0')} ${history.id.padStart(8, '0')}`;
    const firsts: string[] = [];
    for (const issueId of new Set(whole.histories.map(([id]) => id))) {
      const own = whole.histories.filter(([id]) => id === issueId).map(([, history]) => sortKey(issueId, history));
      expect(own).toEqual([...own].sort());
      firsts.push(own[0]!);
    }
    expect(firsts).toEqual([...firsts].sort());
    for (const size of [1, 3, 7]) {
      const paged = await fetchAll(site, { issueIdsOrKeys: keys, maxResults: size });
      expect(paged.pages).toBe(Math.ceil(expected / size));
      // Grouping by issue within a page never reorders an issue's own histories.
      const ids = (list: Array<[string, History]>, issueId: string) => list.filter(([id]) => id === issueId).map(([, history]) => history.id);
      for (const [issueId] of whole.histories) expect(ids(paged.histories, issueId)).toEqual(ids(whole.histories, issueId));
      expect(new Set(paged.histories.map(([, history]) => history.id)).size).toBe(expected);
    }
  });

  it('keeps only the items of the fields asked for, and leaves out histories without any', async () => {
    const site = demoSite();
    const keys = await keysOf(site, ['payment-method', 'cookie-banner', 'support-form']);
    const { histories } = await fetchAll(site, { issueIdsOrKeys: keys, fieldIds: ['customfield_10020', 'fixVersions'], maxResults: 2 });
    expect(histories.length).toBeGreaterThan(8);
    expect(histories.every(([, history]) => history.items.length > 0 && history.items.every((item) => item.fieldId === 'customfield_10020' || item.fieldId === 'fixVersions'))).toBe(true);
    const sprintItems = histories.flatMap(([, history]) => history.items).filter((item) => item.field === 'Sprint');
    // The ticket moved in and out of the active sprint twice: four Sprint changes of its own.
    expect(sprintItems.length).toBeGreaterThanOrEqual(4 + 3);
  });

  it('leaves out issues the caller cannot see and refuses a token of another request', async () => {
    const site = demoSite();
    const [acc, ops] = await keysOf(site, ['payment-method', 'ops-incident']);
    const seen = await fetchAll(site, { issueIdsOrKeys: [acc, ops, 'ACC-99999'] }, outsider);
    expect(new Set(seen.histories.map(([issueId]) => issueId)).size).toBe(1);
    const first = await site.call('POST', '/rest/api/3/changelog/bulkfetch', { as: productOwner, body: { issueIdsOrKeys: [acc], maxResults: 1 } });
    const token = first.json.nextPageToken as string;
    expect(token).toBeTypeOf('string');
    const other = await site.call('POST', '/rest/api/3/changelog/bulkfetch', { as: productOwner, body: { issueIdsOrKeys: [ops], nextPageToken: token } });
    expect(other.status).toBe(400);
    expect((await site.call('POST', '/rest/api/3/changelog/bulkfetch', { body: { issueIdsOrKeys: [acc], maxResults: 10001 } })).status).toBe(400);
    expect((await site.call('POST', '/rest/api/3/changelog/bulkfetch', { body: { issueIdsOrKeys: [acc], fieldIds: ['status', 'status'] } })).status).toBe(400);
  });
});
