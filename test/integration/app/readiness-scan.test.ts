import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forApp } from '../../../src/adapters/jira';
import { createKvsRecordStore } from '../../../src/adapters/store/kvs-record-store';
import { READINESS_PROPERTY } from '../../../src/app/readiness/jira-fields';
import type { JobDeps } from '../../../src/app/jobs/project-job';
import { runProjectJob, type RunRequest } from '../../../src/app/jobs/run-project-job';
import { readinessScanJob } from '../../../src/app/readiness/readiness-scan';
import { settingsRecords } from '../../../src/app/settings/settings-record';
import { defaultProjectSettings } from '../../../src/domain/settings/project-settings';
import type { JiraPort } from '../../../src/ports/jira';
import type { JobMessage } from '../../../src/ports/job-queue';
import { keyOf } from '../../support/seed-tickets';
import { PO, openHarness, type Harness } from './sandbox-harness';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h?.close();
});

const noWait = { sleep: async () => undefined, random: () => 0.5 };

/** The app's Jira client as the scan uses it, counting the calls that went through. */
function countingJira(inner: JiraPort, killAfterSearches = Number.POSITIVE_INFINITY) {
  const calls = { searches: 0, bulkWrites: 0, bulkIssues: 0 };
  const jira: JiraPort = {
    ...inner,
    async searchIssues(search) {
      if (calls.searches >= killAfterSearches) throw new Error('invocation killed');
      const page = await inner.searchIssues(search);
      calls.searches += 1;
      return page;
    },
    async setIssuePropertiesBulk(updates, options) {
      await inner.setIssuePropertiesBulk(updates, options);
      calls.bulkWrites += 1;
      calls.bulkIssues += updates.length;
    },
  };
  return { jira, calls };
}

function deps(jira: JiraPort, remainingMs = 600_000, pushed: JobMessage[] = []): JobDeps {
  return {
    jira,
    store: createKvsRecordStore(),
    queue: { push: async (m) => void pushed.push(m) },
    clock: { now: () => h.sandbox.runtime.clock.now().getTime() },
    deadline: { remainingMs: () => remainingMs },
    newRunId: () => randomUUID(),
  };
}

/** Runs the readiness scan job; answers its outcome with the counts flattened, as the tests read them. */
async function scan(d: JobDeps, p: { id: string; key: string }, request: RunRequest = {}) {
  const outcome = await runProjectJob(d, readinessScanJob, p, request);
  const progress = 'progress' in outcome ? outcome.progress : { checked: 0, changed: 0, ready: 0, notReady: 0 };
  return { status: outcome.status, ...progress, ...('error' in outcome ? { error: outcome.error } : {}) };
}

async function project() {
  const r = await h.rest('GET', '/rest/api/3/project/ACC');
  const p = r.body as { id: string; key: string };
  return { id: String(p.id), key: p.key };
}

/** Adds `n` tickets to the project's future sprint, so a scan spans several pages. */
async function addFutureTickets(n: number) {
  const sprints = await h.rest('GET', '/rest/agile/1.0/board/1/sprint?state=future');
  const sprintId = (sprints.body as { values: Array<{ id: number }> }).values[0]?.id;
  expect(sprintId).toBeDefined();
  const keys: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const created = await h.rest('POST', '/rest/api/3/issue', { fields: { project: { key: 'ACC' }, issuetype: { name: i % 3 === 0 ? 'Bug' : 'Story' }, summary: `Generated ticket ${i}` } }, PO);
    keys.push((created.body as { key: string }).key);
  }
  for (let i = 0; i < keys.length; i += 50) {
    const moved = await h.rest('POST', `/rest/agile/1.0/sprint/${sprintId}/issue`, { issues: keys.slice(i, i + 50) }, PO);
    expect(moved.status).toBe(204);
  }
  // The app's triggers react to these edits; let them finish so they do not share the test's faults.
  await h.sandbox.runtime.drainQueues();
}

/** Every upcoming ticket's stored readiness property, by key. */
async function storedResults(): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  let token: string | undefined;
  do {
    const r = await h.rest('POST', '/rest/api/3/search/jql', { jql: 'project = ACC AND sprint in futureSprints()', fields: ['summary'], properties: [READINESS_PROPERTY], maxResults: 100, nextPageToken: token });
    const page = r.body as { issues: Array<{ key: string; properties?: Record<string, { fingerprint?: string; score?: number }> }>; nextPageToken?: string };
    for (const i of page.issues) out.set(i.key, i.properties?.[READINESS_PROPERTY]?.fingerprint ?? null);
    token = page.nextPageToken;
  } while (token);
  return out;
}

describe('readiness scan through the sandbox', () => {
  it('scans the seed with one search per 100 tickets, then a rerun writes nothing', async () => {
    const p = await project();
    const first = countingJira(forApp(noWait));
    const outcome = await scan(deps(first.jira), p, { fresh: true });
    expect(outcome.status).toBe('finished');
    if (outcome.status !== 'finished') throw new Error(`scan ${outcome.status}`);
    expect(outcome.checked).toBeGreaterThanOrEqual(10);
    expect(outcome.changed).toBe(outcome.checked);
    expect(first.calls.searches).toBe(Math.ceil(outcome.checked / 100));
    expect(first.calls.bulkWrites).toBe(Math.ceil(outcome.changed / 100));
    expect(outcome.notReady).toBeGreaterThan(0);

    const stored = await storedResults();
    expect([...stored.values()].every((fp) => typeof fp === 'string')).toBe(true);
    const byJql = await h.rest('POST', '/rest/api/3/search/jql', { jql: 'project = ACC AND accordReady = "false"', fields: ['summary'] }, PO);
    expect((byJql.body as { issues: unknown[] }).issues).toHaveLength(outcome.notReady);

    const again = countingJira(forApp(noWait));
    const rerun = await scan(deps(again.jira), p, { fresh: true });
    expect(rerun).toMatchObject({ status: 'finished', changed: 0, checked: outcome.checked });
    expect(again.calls.bulkWrites).toBe(0);
  });

  it('a scan killed half-way resumes and ends in the same state as an uninterrupted one', async () => {
    await addFutureTickets(230);
    const p = await project();
    const killed = countingJira(forApp(noWait), 2);
    // The runner keeps the run open at its last checkpoint, as if the invocation had died there.
    expect(await scan(deps(killed.jira), p, { fresh: true })).toMatchObject({ status: 'interrupted', error: 'invocation killed' });
    const partial = await storedResults();
    expect([...partial.values()].filter((v) => v === null).length).toBeGreaterThan(0);

    const resumed = countingJira(forApp(noWait));
    const outcome = await scan(deps(resumed.jira), p);
    if (outcome.status !== 'finished') throw new Error(`scan ${outcome.status}`);
    // It resumed from its checkpoint instead of starting over.
    expect(resumed.calls.searches).toBeLessThan(Math.ceil(outcome.checked / 100) + 1);
    const afterResume = await storedResults();
    expect([...afterResume.values()].every((fp) => typeof fp === 'string')).toBe(true);

    const check = countingJira(forApp(noWait));
    const clean = await scan(deps(check.jira), p, { fresh: true });
    expect(clean).toMatchObject({ status: 'finished', changed: 0 });
    expect(await storedResults()).toEqual(afterResume);
  });

  it('fans out through the queue when the invocation runs out of time, and the consumer finishes', async () => {
    await addFutureTickets(150);
    const p = await project();
    const pushed: JobMessage[] = [];
    const first = await scan(deps(forApp(noWait), 1_000, pushed), p, { fresh: true });
    expect(first.status).toBe('continued');
    expect(pushed).toHaveLength(1);

    // The real consumer, through the sandbox's @forge/events queue.
    const { Queue } = await import('@forge/events');
    expect(pushed[0]).toMatchObject({ job: 'readiness-scan', projectKey: 'ACC' });
    await new Queue({ key: 'project-jobs' }).push({ body: { ...pushed[0] } });
    await h.sandbox.runtime.drainQueues();
    const stored = await storedResults();
    expect([...stored.values()].every((fp) => typeof fp === 'string')).toBe(true);
    expect(h.sandbox.runtime.invocations().some((i) => i.functionKey === 'project-job-worker' && i.ok)).toBe(true);
  });

  it('survives a storm of 429s: nothing lost, nothing written twice', async () => {
    await addFutureTickets(120);
    const p = await project();
    Object.assign(h.sandbox.jira.faults, { rateLimitNext: 25, retryAfterSeconds: 0, pathPrefix: null });
    const stormy = countingJira(forApp({ ...noWait, retryBudgetMs: 60_000 }));
    // Past its retries the client gives up with RateLimitedError; the runner queues the run again after
    // Retry-After, and each delivery resumes from the checkpoint.
    const pushed: JobMessage[] = [];
    let outcome = await scan(deps(stormy.jira, 600_000, pushed), p, { fresh: true });
    let attempts = 1;
    for (; attempts < 10 && outcome.status === 'retrying'; attempts += 1) {
      const message = pushed.at(-1);
      expect(message?.runId).toBeTruthy();
      outcome = await scan(deps(stormy.jira, 600_000, pushed), p, { runId: message?.runId ?? '' });
    }
    expect(attempts).toBeGreaterThan(1);
    expect(h.sandbox.jira.faults.rateLimitNext).toBe(0);
    if (outcome.status !== 'finished') throw new Error(`the scan ended ${outcome.status}`);
    expect(stormy.calls.bulkIssues).toBe(outcome.changed);
    expect(stormy.calls.bulkWrites).toBe(Math.ceil(outcome.changed / 100));
    const stored = await storedResults();
    expect(stored.size).toBe(outcome.checked);
    expect([...stored.values()].every((fp) => typeof fp === 'string')).toBe(true);
  });

  it('optionally comments once per sprint on each unready ticket, mentioning reporter and assignee', async () => {
    const p = await project();
    const store = createKvsRecordStore();
    const saved = await store.save(settingsRecords.key(p.id, p.id), { ...defaultProjectSettings(), commentOnUnready: true }, null, Date.now());
    expect(saved.ok).toBe(true);
    const comments = async (key: string) => ((await h.rest('GET', `/rest/api/3/issue/${key}/comment`)).body as { comments: Array<{ body: unknown }> }).comments;
    // An unready ticket in the future sprint: a vague story ("fast", "user-friendly", "and/or") without criteria.
    const key = await keyOf(h, 'usage-dashboard');
    const before = await comments(key);
    const first = await scan(deps(forApp(noWait)), p, { fresh: true });
    if (first.status !== 'finished') throw new Error(`scan ${first.status}`);
    expect(first.notReady).toBeGreaterThan(0);
    const after = await comments(key);
    expect(after.length).toBe(before.length + 1);
    const text = JSON.stringify(after.at(-1)?.body);
    expect(text).toContain('not ready for sprint planning');
    expect(text).toContain('"type":"mention"');
    await scan(deps(forApp(noWait)), p, { fresh: true });
    expect((await comments(key)).length).toBe(after.length);
  });

  it('the hourly trigger scans when the next sprint is within two days, and not again the same day', async () => {
    const sprints = await h.rest('GET', '/rest/agile/1.0/board/1/sprint?state=future');
    const start = Date.parse((sprints.body as { values: Array<{ startDate: string }> }).values[0]?.startDate ?? '');
    const clock = h.sandbox.runtime.clock;
    const dayBefore = start - 86_400_000;
    h.sandbox.jira.resetRequestCounts();
    // Advancing the sandbox clock fires the hourly trigger on its own as the hours pass.
    if (clock.now().getTime() < dayBefore) await clock.advance(dayBefore - clock.now().getTime());
    const [run] = await h.sandbox.runtime.runScheduledTriggers('readiness-scan-hourly');
    expect(run?.ok).toBe(true);
    await h.sandbox.runtime.drainQueues();
    const writes = h.sandbox.jira.requestCounts()['POST /rest/api/3/issue/properties/multi'] ?? 0;
    expect(writes).toBeGreaterThan(0);
    expect([...(await storedResults()).values()].every((fp) => typeof fp === 'string')).toBe(true);

    h.sandbox.jira.resetRequestCounts();
    await h.sandbox.runtime.runScheduledTriggers('readiness-scan-hourly');
    expect(h.sandbox.jira.requestCounts()['POST /rest/api/3/search/jql'] ?? 0).toBe(0);
  });
});
