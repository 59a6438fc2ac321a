import { describe, expect, it, vi } from 'vitest';
import type { PanelView } from '../../../../src/contract/issue-panel';
import type { Result } from '../../../../src/contract/result';
import { MAX_COMMENT_ATTEMPTS, retryDecisionComment } from '../../../../src/app/signoff/decision-comments';
import { openPanel } from '../../../../src/app/signoff/open-panel';
import { approveWork, requestWorkChanges, saveCriteria } from '../../../../src/app/signoff/panel-actions';
import { JiraUnavailableError, RateLimitedError } from '../../../../src/ports/jira';
import { PO, panelWorld } from './panel-world';

function data(result: Result<PanelView>): PanelView {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

const busy = () => new RateLimitedError('Jira is busy', { status: 429, retryAfterSeconds: 120 });

async function decidedWorld() {
  const w = panelWorld();
  const view = data(await saveCriteria(w.deps(PO), w.target(PO), { version: null, criteria: [{ text: 'The export has a cover page' }] }));
  const workerDeps = { jira: w.jira.asApp(), store: w.store, clock: w.clock, comments: w.comments };
  return { ...w, view, workerDeps };
}

describe('a decision comment Jira refuses is retried until written, never lost and never doubled', () => {
  it('keeps the decision, says the comment is pending, and the retry writes it once', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const w = await decidedWorld();
    w.jira.failNext('addComment', busy);
    const approved = data(await approveWork(w.deps(PO), w.target(PO), { version: w.view.version, contentHash: w.view.contentHash }));
    expect(approved.signoff.state).toBe('approved');
    expect(approved.signoff.commentNotice).toMatch(/not in the issue's activity yet/);
    expect(w.issue.comments).toHaveLength(0);
    expect(w.comments.pushed).toHaveLength(1);
    expect(w.comments.pushed[0]).toMatchObject({ retry: { issueKey: w.issue.key }, delaySeconds: 120 });

    expect(await retryDecisionComment(w.workerDeps, w.comments.pushed[0]!.retry)).toBe('written');
    expect(w.issue.comments).toHaveLength(1);
    expect(JSON.stringify(w.issue.comments[0]?.body)).toContain(`for the decision of ${w.comments.pushed[0]!.retry.at}`);
    expect((await openPanel(w.deps(PO), w.target(PO))).signoff.commentNotice).toBeNull();
    // A second delivery of the same message does nothing.
    expect(await retryDecisionComment(w.workerDeps, w.comments.pushed[0]!.retry)).toBe('done');
    expect(w.issue.comments).toHaveLength(1);
  });

  it('does not comment twice when the first attempt reached Jira but its answer was lost', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const w = await decidedWorld();
    const real = w.deps(PO).userJira;
    const lossy = { ...real, addComment: async (...args: Parameters<typeof real.addComment>) => {
      await real.addComment(...args);
      throw new JiraUnavailableError('the answer never came', { status: 503, retryAfterSeconds: 30 });
    } };
    data(await approveWork({ ...w.deps(PO), userJira: lossy }, w.target(PO), { version: w.view.version, contentHash: w.view.contentHash }));
    expect(w.issue.comments).toHaveLength(1);
    expect(await retryDecisionComment(w.workerDeps, w.comments.pushed[0]!.retry)).toBe('already');
    expect(w.issue.comments).toHaveLength(1);
    expect((await openPanel(w.deps(PO), w.target(PO))).signoff.commentNotice).toBeNull();
  });

  it('gives each of two decisions made while one retry waits its own comment', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const w = await decidedWorld();
    w.jira.failNext('addComment', busy);
    const first = data(await requestWorkChanges(w.deps(PO), w.target(PO), { version: w.view.version, contentHash: w.view.contentHash, feedback: 'Add the cover page.' }));
    w.clock.advance(60_000);
    const second = data(await approveWork(w.deps(PO), w.target(PO), { version: first.version, contentHash: first.contentHash }));
    expect(second.signoff.commentNotice).toMatch(/this decision/);
    expect(w.issue.comments).toHaveLength(1);
    await retryDecisionComment(w.workerDeps, w.comments.pushed[0]!.retry);
    expect(w.issue.comments).toHaveLength(2);
    expect(w.issue.comments.map((c) => JSON.stringify(c.body).includes('Changes requested'))).toEqual([false, true]);
  });

  it('writes the comment once when the same retry is delivered twice at the same time', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const w = await decidedWorld();
    w.jira.failNext('addComment', busy);
    data(await approveWork(w.deps(PO), w.target(PO), { version: w.view.version, contentHash: w.view.contentHash }));
    const retry = w.comments.pushed[0]!.retry;
    // At-least-once delivery: the queue hands the same message to two invocations at once.
    const outcomes = await Promise.all([retryDecisionComment(w.workerDeps, retry), retryDecisionComment(w.workerDeps, retry)]);
    expect(w.issue.comments).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'written')).toHaveLength(1);
    // The delivery that found the comment being written looks again later, and then finds nothing left to do.
    for (const pushed of w.comments.pushed.slice(1)) expect(await retryDecisionComment(w.workerDeps, pushed.retry)).toBe('done');
    expect(w.issue.comments).toHaveLength(1);
    expect((await openPanel(w.deps(PO), w.target(PO))).signoff.commentNotice).toBeNull();
  });

  it('stops after repeated refusals and says the comment could not be written', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const w = await decidedWorld();
    w.jira.failNext('addComment', busy, MAX_COMMENT_ATTEMPTS + 1);
    data(await approveWork(w.deps(PO), w.target(PO), { version: w.view.version, contentHash: w.view.contentHash }));
    const outcomes: string[] = [];
    for (let i = 0; i < MAX_COMMENT_ATTEMPTS; i += 1) outcomes.push(await retryDecisionComment(w.workerDeps, w.comments.pushed.at(-1)!.retry));
    expect(outcomes.at(-1)).toBe('gave-up');
    expect(outcomes.slice(0, -1).every((o) => o === 'retrying')).toBe(true);
    expect(w.comments.pushed).toHaveLength(MAX_COMMENT_ATTEMPTS);
    const view = await openPanel(w.deps(PO), w.target(PO));
    expect(view.signoff.state).toBe('approved');
    expect(view.signoff.commentNotice).toMatch(/could not add the comment/);
  });
});
