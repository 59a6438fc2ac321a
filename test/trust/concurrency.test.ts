/**
 * Concurrency: five people work on the same issues, the same settings and the same RAID register at once,
 * through the real resolvers (sandbox.runtime.invoke), in batches of concurrent calls. Who acts, what they do and
 * on what is chosen by a seeded generator; each person works from the last view they saw, as a page does, so
 * most batches race. Afterwards the stored records and Jira must say that nothing was lost:
 * - every write that succeeded started from the version the previous success left (no two successes from one
 *   version: no lost update), and its answer is what it read plus its own change;
 * - the stored record is the last success's answer; histories hold every decision and stale mark, in order, once;
 *   every decision has exactly one comment in Jira;
 * - RAID items have one history entry per version, 1..n without gaps; numbers are unique and consecutive;
 * - every refusal is a conflict (with the current state to reload) or a permission refusal, never a crash.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CriterionView, PanelView } from '../../src/contract/issue-panel';
import type { RaidView } from '../../src/contract/project-page';
import type { SettingsView } from '../../src/contract/project-settings';
import { adfToPlainText } from '../../src/domain/adf';
import type { ExtensionContext } from '../../sandbox/runtime/types';
import { keysOf } from '../support/seed-tickets';
import { seededRandom } from './support/seeded-random';
import { DEV, OUTSIDER, PANEL, PM, PO, PROJECT_PAGE, SETTINGS_PAGE, dataOf, openTrustHarness, type Answer, type TrustHarness } from './support/trust-harness';
import { printTrustLine, trustSeed } from './support/trust-line';

const SEED = trustSeed(7_031_977);
const BATCHES = 42;
const BATCH_SIZE = 24;
const DEV2 = 'demo-dev-2';
/** Editors of ACC; the PO alone signs off; the PM alone administers; the outsider cannot browse ACC. */
const USERS = [PO, PM, DEV, DEV2, OUTSIDER] as const;
/** How often each acts: mostly the editors, the outsider now and then. */
const USER_PICKS = [PO, PO, PO, PM, PM, DEV, DEV, DEV2, DEV2, OUTSIDER] as const;
const MAX_CRITERIA_KEPT = 25;

type Op = 'read-panel' | 'add' | 'edit' | 'remove' | 'verify' | 'decide' | 'read-settings' | 'save-settings' | 'read-raid' | 'create-item' | 'update-item';
const OPS: Array<[Op, number]> = [
  ['read-panel', 6],
  ['add', 16],
  ['edit', 8],
  ['remove', 6],
  ['verify', 12],
  ['decide', 12],
  ['read-settings', 3],
  ['save-settings', 8],
  ['read-raid', 4],
  ['create-item', 8],
  ['update-item', 17],
];

interface PanelSuccess {
  issue: string;
  user: string;
  base: number | null;
  result: number;
  before: PanelView;
  after: PanelView;
  op: Op;
}

let h: TrustHarness;
let keys: string[];
const issueExt = new Map<string, ExtensionContext>();
let pageExt: ExtensionContext;
let settingsExt: ExtensionContext;

const tally = { operations: 0, successes: 0, refusals: {} as Record<string, number>, crashes: [] as string[], unclear: [] as string[], byOp: {} as Record<string, number> };
const panelSuccesses: PanelSuccess[] = [];
const settingsSuccesses: Array<{ base: number | null; threshold: number }> = [];
const itemSuccesses: Array<{ itemId: string; base: number; likelihood: number }> = [];
const createdTitles: string[] = [];
/** What the invariant checks found, for the TRUST line (each also asserted). */
const figures = { lostUpdates: 0, historyEntriesChecked: 0, commentsChecked: 0, itemVersionsChecked: 0 };

beforeAll(async () => {
  h = await openTrustHarness({ appRecords: false });
  keys = await keysOf(h, ['dark-mode', 'profile-photo', 'export-invoices', 'sso-admin']);
  for (const key of keys) issueExt.set(key, await h.issueExtension(key));
  pageExt = await h.projectExtension(PROJECT_PAGE, 'ACC');
  settingsExt = await h.projectExtension(SETTINGS_PAGE, 'ACC');
});

afterAll(async () => {
  printTrustLine({
    suite: 'concurrency',
    cases: tally.operations,
    seed: SEED,
    batches: BATCHES,
    concurrentPerBatch: BATCH_SIZE,
    users: USERS.length,
    successes: tally.successes,
    refusals: tally.refusals,
    operations: tally.byOp,
    panelWrites: panelSuccesses.length,
    settingsWrites: settingsSuccesses.length,
    raidCreates: createdTitles.length,
    raidUpdates: itemSuccesses.length,
    ...figures,
    crashes: tally.crashes.length,
    unclearRefusals: tally.unclear.length,
  });
  await h?.close();
});

/** The view each person last saw, per thing: what their next action is built from. */
class Person {
  panels = new Map<string, PanelView>();
  raid: RaidView | null = null;
  settings: SettingsView | null = null;
  constructor(readonly id: string) {}
}

function weightedOp(pick: (n: number) => number): Op {
  const total = OPS.reduce((sum, [, w]) => sum + w, 0);
  let n = pick(total);
  for (const [op, w] of OPS) {
    if (n < w) return op;
    n -= w;
  }
  return 'read-panel';
}

const listOf = (criteria: CriterionView[]) => criteria.map((c) => ({ id: c.id, text: c.text }));

/** One person's action; answers what to record once the batch is back. */
async function perform(person: Person, op: Op, key: string, n: number, unique: string): Promise<void> {
  tally.operations += 1;
  tally.byOp[op] = (tally.byOp[op] ?? 0) + 1;
  const ext = issueExt.get(key)!;
  const view = person.panels.get(key);
  const onPanel = async (fn: string, payload: unknown) => {
    const before = view!;
    const answer = await h.call<PanelView>(person.id, PANEL, fn, payload, ext);
    const outcome = record(answer, op);
    if (outcome === 'ok' && !('crash' in answer) && answer.ok) {
      panelSuccesses.push({ issue: key, user: person.id, base: before.version, result: answer.data.version!, before, after: answer.data, op });
      person.panels.set(key, answer.data);
    } else if (!('crash' in answer) && !answer.ok && answer.error.code === 'conflict' && answer.error.details) {
      person.panels.set(key, answer.error.details as PanelView);
    } else person.panels.delete(key);
  };
  const readPanel = async () => {
    const answer = await h.call<PanelView>(person.id, PANEL, 'getPanel', {}, ext);
    if (record(answer, op) === 'ok' && !('crash' in answer) && answer.ok) person.panels.set(key, answer.data);
  };

  if (['add', 'edit', 'remove', 'verify', 'decide'].includes(op) && !view) return readPanel();
  switch (op) {
    case 'read-panel':
      return readPanel();
    case 'add':
      if (view!.criteria.length >= MAX_CRITERIA_KEPT) return onPanel('saveCriteria', { version: view!.version, criteria: listOf(view!.criteria).slice(1) });
      return onPanel('saveCriteria', { version: view!.version, criteria: [...listOf(view!.criteria), { text: `The export lists ${unique}` }] });
    case 'edit': {
      if (view!.criteria.length === 0) return readPanel();
      const at = n % view!.criteria.length;
      return onPanel('saveCriteria', { version: view!.version, criteria: listOf(view!.criteria).map((c, i) => (i === at ? { id: c.id, text: `The export names ${unique}` } : c)) });
    }
    case 'remove': {
      if (view!.criteria.length === 0) return readPanel();
      const at = n % view!.criteria.length;
      return onPanel('saveCriteria', { version: view!.version, criteria: listOf(view!.criteria).filter((_, i) => i !== at) });
    }
    case 'verify': {
      if (view!.criteria.length === 0) return readPanel();
      const criterion = view!.criteria[n % view!.criteria.length]!;
      return onPanel('verifyCriterion', { version: view!.version, criterionId: criterion.id, state: (['passed', 'failed', 'unverified'] as const)[n % 3] });
    }
    case 'decide': {
      // As the panel offers it: approve what is not approved (and has criteria), otherwise ask for changes.
      if (view!.signoff.state !== 'approved' && view!.criteria.length > 0) return onPanel('approve', { version: view!.version, contentHash: view!.contentHash });
      if (view!.signoff.state === 'changes_requested') return readPanel();
      return onPanel('requestChanges', { version: view!.version, contentHash: view!.contentHash, feedback: `Please also cover ${unique}` });
    }
    case 'read-settings': {
      const answer = await h.call<SettingsView>(person.id, SETTINGS_PAGE, 'getSettings', {}, settingsExt);
      if (record(answer, op) === 'ok' && !('crash' in answer) && answer.ok) person.settings = answer.data;
      return;
    }
    case 'save-settings': {
      if (!person.settings) return perform(person, 'read-settings', key, n, unique);
      const threshold = 40 + (n % 50);
      const base = person.settings.version;
      const answer = await h.call<SettingsView>(person.id, SETTINGS_PAGE, 'saveSettings', { version: base, settings: { rubric: { threshold } } }, settingsExt);
      if (record(answer, op) === 'ok' && !('crash' in answer) && answer.ok) {
        settingsSuccesses.push({ base, threshold });
        person.settings = answer.data;
      } else if (!('crash' in answer) && !answer.ok && answer.error.code === 'conflict' && answer.error.details) person.settings = answer.error.details as SettingsView;
      return;
    }
    case 'read-raid': {
      const answer = await h.call<RaidView>(person.id, PROJECT_PAGE, 'getRaid', {}, pageExt);
      if (record(answer, op) === 'ok' && !('crash' in answer) && answer.ok) person.raid = answer.data;
      return;
    }
    case 'create-item': {
      const title = `Supplier ${unique} may be late`;
      const item = n % 2 === 0 ? { kind: 'risk', title, likelihood: 1 + (n % 5), impact: 1 + ((n >> 2) % 5) } : { kind: 'issue', title };
      const answer = await h.call<RaidView>(person.id, PROJECT_PAGE, 'createRaidItem', { item }, pageExt);
      if (record(answer, op) === 'ok' && !('crash' in answer) && answer.ok) {
        createdTitles.push(title);
        person.raid = answer.data;
      }
      return;
    }
    case 'update-item': {
      const risks = person.raid?.items.filter((i) => i.item.kind === 'risk') ?? [];
      if (risks.length === 0) return perform(person, 'read-raid', key, n, unique);
      const risk = risks[n % risks.length]!;
      // Always a change: an update that changes nothing writes nothing, so it would not be a version.
      const current = risk.item.kind === 'risk' ? risk.item.likelihood : 0;
      const likelihood = 1 + (n % 5) === current ? (current % 5) + 1 : 1 + (n % 5);
      const answer = await h.call<RaidView>(person.id, PROJECT_PAGE, 'updateRaidItem', { itemId: risk.item.id, patch: { version: risk.item.version, likelihood } }, pageExt);
      if (record(answer, op) === 'ok' && !('crash' in answer) && answer.ok) {
        itemSuccesses.push({ itemId: risk.item.id, base: risk.item.version, likelihood });
        person.raid = answer.data;
      } else if (!('crash' in answer) && !answer.ok && answer.error.code === 'conflict' && answer.error.details) person.raid = answer.error.details as RaidView;
      return;
    }
  }
}

/** Counts an answer; a refusal must be a conflict or a permission refusal, in words a person can act on. */
function record(answer: Answer<unknown>, op: Op): 'ok' | 'refused' {
  if ('crash' in answer) {
    tally.crashes.push(`${op}: ${answer.crash}`);
    return 'refused';
  }
  if (answer.ok) {
    tally.successes += 1;
    return 'ok';
  }
  const { code, message } = answer.error;
  tally.refusals[code] = (tally.refusals[code] ?? 0) + 1;
  if (!['conflict', 'forbidden', 'not-found'].includes(code) || /Something went wrong/u.test(message) || message.length < 20) tally.unclear.push(`${op}: ${code}: ${message}`);
  return 'refused';
}

/** The whole stored sign-off history of an issue (archive pages, then the record's own newest entries). */
function storedHistory(issueId: string): Array<{ decision: string; at: string; by: string | null; feedback?: string }> {
  const records = h.records();
  const record = records.get(`issue:${issueId}`)?.data as { signoff: { history: Array<{ decision: string; at: string; by: string | null }> }; archived?: { pages: number } } | undefined;
  if (!record) return [];
  const pages: Array<{ decision: string; at: string; by: string | null }> = [];
  for (let n = 0; n < (record.archived?.pages ?? 0); n += 1) pages.push(...((records.get(`issue-history:${issueId}:${n}`)?.data as { entries: typeof pages } | undefined)?.entries ?? []));
  return [...pages, ...record.signoff.history];
}

describe('concurrency: people racing on criteria, sign-offs, settings and the RAID register', () => {
  it(`runs ${BATCHES * BATCH_SIZE} seeded operations in concurrent batches of ${BATCH_SIZE}`, async () => {
    const random = seededRandom(SEED);
    const people = new Map(USERS.map((id) => [id, new Person(id)]));
    for (let batch = 0; batch < BATCHES; batch += 1) {
      const work = Array.from({ length: BATCH_SIZE }, (_, i) => {
        const person = people.get(random.pick(USER_PICKS))!;
        const op = weightedOp(random.int);
        return perform(person, op, random.pick(keys), random.int(1_000_000), `b${batch}o${i}`);
      });
      await Promise.all(work);
    }
    await h.sandbox.runtime.drainQueues();
    expect(tally.operations).toBeGreaterThanOrEqual(1000);
    expect(tally.crashes).toEqual([]);
    expect(tally.unclear).toEqual([]);
    expect(tally.refusals['conflict'] ?? 0, 'the batches must actually race').toBeGreaterThan(50);
    expect(panelSuccesses.length).toBeGreaterThan(100);
    expect(settingsSuccesses.length).toBeGreaterThan(5);
    expect(itemSuccesses.length).toBeGreaterThan(20);
  });

  it('criteria and sign-offs: successes form one chain per issue, and the stored record is its end', async () => {
    for (const key of keys) {
      const chain = panelSuccesses.filter((s) => s.issue === key).sort((a, b) => (a.base ?? 0) - (b.base ?? 0));
      expect(chain.length, `${key} was written`).toBeGreaterThan(5);
      const bases = chain.map((s) => s.base);
      figures.lostUpdates += bases.length - new Set(bases).size;
      expect(new Set(bases).size, `two writes on ${key} started from one version: a lost update`).toBe(bases.length);
      for (let i = 1; i < chain.length; i += 1) {
        const [previous, next] = [chain[i - 1]!, chain[i]!];
        // The view the write started from is exactly what the previous success left: nothing in between was lost.
        expect(next.base!, `${key}: versions go forward`).toBeGreaterThanOrEqual(previous.result);
        expect(next.before.criteria.map((c) => [c.id, c.text, c.verification.state])).toEqual(previous.after.criteria.map((c) => [c.id, c.text, c.verification.state]));
        expect(next.before.historyTotal).toBe(previous.after.historyTotal);
        expect(next.result, `${key}: versions strictly increase`).toBeGreaterThan(previous.result);
      }
      const final = dataOf(await h.call<PanelView>(PO, PANEL, 'getPanel', {}, issueExt.get(key)!));
      const last = chain.at(-1)!;
      expect(final.criteria.map((c) => [c.id, c.text, c.verification.state])).toEqual(last.after.criteria.map((c) => [c.id, c.text, c.verification.state]));
      expect(final.signoff.state).toBe(last.after.signoff.state);

      // The history: every entry a success added, in the order of the chain, each once, times never going back.
      const history = storedHistory(final.issue.id);
      const added = chain.reduce((n, s) => n + (s.after.historyTotal - s.before.historyTotal), 0);
      expect(history.length).toBe(added + (chain[0]!.before.historyTotal ?? 0));
      expect(history.length).toBe(final.historyTotal);
      figures.historyEntriesChecked += history.length;
      const times = history.map((e) => e.at);
      expect([...times].sort()).toEqual(times);
      expect(new Set(history.filter((e) => e.decision !== 'stale').map((e) => e.at)).size).toBe(history.filter((e) => e.decision !== 'stale').length);
      const decisions = chain.filter((s) => s.op === 'decide').map((s) => s.after.history.at(-1)!);
      expect(history.filter((e) => e.decision !== 'stale').map((e) => [e.decision, e.by])).toEqual(decisions.map((e) => [e.decision, e.by?.accountId ?? null]));

      // One comment in Jira per decision, naming it.
      const listed = (await h.rest('GET', `/rest/api/3/issue/${key}/comment?maxResults=1000`)).body as { comments: Array<{ body: unknown }> };
      const markers = listed.comments.map((c) => adfToPlainText(c.body as never)).flatMap((text) => text.match(/Recorded by Accord for the decision of \S+\./gu) ?? []);
      expect(new Set(markers).size, `a decision on ${key} commented twice`).toBe(markers.length);
      expect(markers.length).toBe(decisions.length);
      figures.commentsChecked += markers.length;
    }
  });

  it('settings: each save started from the version the last one left, and the last one stands', async () => {
    const chain = [...settingsSuccesses].sort((a, b) => (a.base ?? 0) - (b.base ?? 0));
    figures.lostUpdates += chain.length - new Set(chain.map((c) => c.base)).size;
    expect(chain.map((s) => s.base)).toEqual(chain.map((_, i) => (i === 0 ? null : i)));
    const stored = [...h.records().values()].find((r) => r.kind === 'settings')!;
    expect(stored.version).toBe(chain.length);
    expect((stored.data as { rubric: { threshold: number } }).rubric.threshold).toBe(chain.at(-1)!.threshold);
  });

  it('RAID: every created item once, numbers consecutive, one history entry per version without gaps', async () => {
    const raid = dataOf(await h.call<RaidView>(PM, PROJECT_PAGE, 'getRaid', {}, pageExt));
    const titles = raid.items.map((i) => i.item.title);
    for (const title of createdTitles) expect(titles.filter((t) => t === title), title).toHaveLength(1);
    expect(raid.items).toHaveLength(createdTitles.length);
    for (const kind of ['risk', 'issue']) {
      const numbers = raid.items.filter((i) => i.item.kind === kind).map((i) => i.item.number).sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
    const records = h.records();
    const acc = await h.project('ACC');
    for (const view of raid.items) {
      const { item } = view;
      const updates = itemSuccesses.filter((s) => s.itemId === item.id).sort((a, b) => a.base - b.base);
      figures.lostUpdates += updates.length - new Set(updates.map((u) => u.base)).size;
      // Only these people write items: the successes on an item are its versions 1 -> 2 -> ... without a gap.
      expect(updates.map((u) => u.base), item.id).toEqual(updates.map((_, i) => i + 1));
      expect(item.version).toBe(updates.length + 1);
      if (item.kind === 'risk' && updates.length > 0) expect(item.likelihood).toBe(updates.at(-1)!.likelihood);
      const stored = records.get(`raid-item:${acc.id}:${item.id}`)?.data as { history: { pages: number; entries: number } };
      const entries: Array<{ version: number; action: string; at: string }> = [];
      for (let n = 0; n < stored.history.pages; n += 1) entries.push(...(records.get(`raid-history:${acc.id}:${item.id}:${n}`)?.data as { entries: typeof entries }).entries);
      expect(stored.history.entries).toBe(entries.length);
      expect(entries.map((e) => e.version), `${item.id} history`).toEqual(Array.from({ length: item.version }, (_, i) => i + 1));
      expect(entries.map((e) => e.action)).toEqual(entries.map((_, i) => (i === 0 ? 'created' : 'updated')));
      expect([...entries.map((e) => e.at)].sort()).toEqual(entries.map((e) => e.at));
      figures.itemVersionsChecked += item.version;
    }
  });
});
