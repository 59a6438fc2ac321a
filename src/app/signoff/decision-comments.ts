import { adfToPlainText } from '../../domain/adf';
import type { IssueRecord, PendingComment } from '../../domain/issue-record';
import type { SignoffEntry } from '../../domain/signoff';
import { JiraUnavailableError, RateLimitedError, type JiraPort, type JiraUser } from '../../ports/jira';
import type { CommentQueue } from '../../ports/comment-queue';
import type { RecordStore } from '../../ports/store';
import type { Clock } from '../../ports/clock';
import { commentMarker, decisionComment } from './decision-comment';
import { EMPTY_ARCHIVE, olderEntries } from './history';
import { loadIssueRecord, storeIssueRecord } from './issue-record';

/** How often a comment is retried before Accord stops and the panel says it could not be written. */
export const MAX_COMMENT_ATTEMPTS = 8;
/** How far back a retry looks for the comment having been written after all (an answer that got lost). */
const RECENT_COMMENTS = 50;
/** How long one delivery of a retry holds the pending comment while it writes it. */
export const CLAIM_MS = 60_000;

export interface CommentDeps {
  store: RecordStore;
  clock: Clock;
  comments: CommentQueue;
}

/** The pending mark a decision is stored with, when the project comments decisions. */
export function pendingComment(entry: SignoffEntry, criteria: { total: number; passed: number; failed: number }): PendingComment {
  return { at: entry.at, attempts: 0, criteria };
}

/** Writes the decision's comment unless the issue already shows it (the marker names the decision). */
async function commentOnce(jira: JiraPort, issueKey: string, entry: SignoffEntry, assignee: JiraUser | null | undefined, criteria: { total: number; passed: number; failed: number }) {
  if (entry.decision === 'stale') return 'nothing';
  const marker = commentMarker(entry.at);
  const recent = await jira.getRecentComments(issueKey, RECENT_COMMENTS);
  if (recent.some((c) => adfToPlainText(c.body ?? null).includes(marker))) return 'already';
  await jira.addComment(issueKey, decisionComment({ decision: entry.decision, assignee, criteria, ...(entry.feedback ? { feedback: entry.feedback } : {}), at: entry.at }));
  return 'written';
}

/**
 * Takes a pending comment off the record (it was written, or there is nothing to write), retrying when a panel
 * action wrote in between. Answers the record and version as stored after.
 */
async function settlePending(store: RecordStore, issueId: string, projectId: string, at: string, now: number, change: (p: PendingComment) => PendingComment | null) {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const { record, version } = await loadIssueRecord(store, issueId, projectId);
    const pending = record.pendingComments ?? [];
    if (!pending.some((p) => p.at === at) || version === null) return { record, version };
    const next = pending.flatMap((p) => (p.at === at ? (change(p) ?? []) : [p]));
    const updated: IssueRecord = { ...record, pendingComments: next };
    const saved = await storeIssueRecord(store, issueId, projectId, updated, version, now);
    if (saved.ok) return { record: updated, version: saved.version };
  }
  throw new Error(`Could not update the pending comment of issue ${issueId}: the record kept changing`);
}

const retryDelaySeconds = (attempts: number, error: unknown) =>
  error instanceof RateLimitedError || error instanceof JiraUnavailableError ? Math.max(error.retryAfterSeconds, 30) : Math.min(900, 60 * 2 ** attempts);

/**
 * Right after a decision is stored (with its pending mark): comment as the deciding user. When Jira refuses,
 * the mark stays and a retry is queued; the decision stands either way. Answers the record and version as
 * stored after (taking the mark off is a write).
 */
export async function commentDecision(
  deps: CommentDeps & { userJira: JiraPort },
  target: { issue: { id: string; key: string }; project: { id: string } },
  entry: SignoffEntry,
  assignee: JiraUser | null | undefined,
  criteria: { total: number; passed: number; failed: number },
): Promise<{ record: IssueRecord; version: number | null } | null> {
  try {
    await commentOnce(deps.userJira, target.issue.key, entry, assignee, criteria);
  } catch (error) {
    console.warn(`Could not comment the decision on ${target.issue.key}; retrying later`, error);
    await deps.comments.push({ issueId: target.issue.id, issueKey: target.issue.key, projectId: target.project.id, at: entry.at }, { delaySeconds: retryDelaySeconds(0, error) });
    return null;
  }
  return settlePending(deps.store, target.issue.id, target.project.id, entry.at, deps.clock.now(), () => null);
}

/** The entry a pending comment is for: among the record's newest entries, else in the archive. */
async function findEntry(store: RecordStore, issueId: string, projectId: string, record: IssueRecord, at: string): Promise<SignoffEntry | null> {
  const own = record.signoff.history.find((e) => e.at === at);
  if (own) return own;
  const archive = record.archived ?? EMPTY_ARCHIVE;
  for (let page = 0; page < archive.pages; page += 1) {
    const found = (await olderEntries(store, issueId, projectId, archive, page)).find((e) => e.at === at);
    if (found) return found;
  }
  return null;
}

/**
 * Takes the pending comment for this delivery with a conditional write, so that when the queue hands the same
 * retry to two invocations at once only one of them writes the comment. Answers the record and the pending mark
 * as claimed, `done` when nothing is pending any more, or `held` while another delivery is writing it.
 */
async function claimPending(store: RecordStore, retry: { issueId: string; projectId: string; at: string }, now: number) {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const { record, version } = await loadIssueRecord(store, retry.issueId, retry.projectId);
    const pending = (record.pendingComments ?? []).find((p) => p.at === retry.at);
    if (!pending || pending.gaveUp || version === null) return 'done' as const;
    if ((pending.claimedUntil ?? 0) > now) return 'held' as const;
    const claimed: PendingComment = { ...pending, claimedUntil: now + CLAIM_MS };
    const updated: IssueRecord = { ...record, pendingComments: (record.pendingComments ?? []).map((p) => (p.at === retry.at ? claimed : p)) };
    if ((await storeIssueRecord(store, retry.issueId, retry.projectId, updated, version, now)).ok) return { record: updated, pending: claimed };
  }
  return 'held' as const;
}

/**
 * The comment worker (as the app): writes a pending decision comment, once. A decision whose comment is
 * already there (an earlier attempt that did reach Jira) is only taken off the list; after MAX_COMMENT_ATTEMPTS
 * refusals the mark says Accord gave up, which the panel shows. A second delivery of the same retry while the
 * first is writing looks again once the claim has run out.
 */
export async function retryDecisionComment(deps: CommentDeps & { jira: JiraPort }, retry: { issueId: string; issueKey: string; projectId: string; at: string }): Promise<'written' | 'already' | 'done' | 'retrying' | 'gave-up'> {
  const claim = await claimPending(deps.store, retry, deps.clock.now());
  if (claim === 'done') return 'done';
  if (claim === 'held') {
    await deps.comments.push(retry, { delaySeconds: CLAIM_MS / 1000 });
    return 'retrying';
  }
  const { record, pending } = claim;
  const entry = await findEntry(deps.store, retry.issueId, retry.projectId, record, retry.at);
  try {
    const outcome = entry ? await commentOnce(deps.jira, retry.issueKey, entry, (await deps.jira.getIssue(retry.issueKey, { fields: ['assignee'] })).fields.assignee, pending.criteria ?? { total: record.criteria.criteria.length, passed: 0, failed: 0 }) : 'nothing';
    await settlePending(deps.store, retry.issueId, retry.projectId, retry.at, deps.clock.now(), () => null);
    return outcome === 'written' || outcome === 'already' ? outcome : 'done';
  } catch (error) {
    const attempts = pending.attempts + 1;
    // The claim ends with this attempt: the next delivery may try.
    const { claimedUntil: _claim, ...unclaimed } = pending;
    if (attempts >= MAX_COMMENT_ATTEMPTS) {
      console.error(`Gave up commenting the decision of ${retry.at} on ${retry.issueKey}`, error);
      await settlePending(deps.store, retry.issueId, retry.projectId, retry.at, deps.clock.now(), () => ({ ...unclaimed, attempts, gaveUp: true }));
      return 'gave-up';
    }
    await settlePending(deps.store, retry.issueId, retry.projectId, retry.at, deps.clock.now(), () => ({ ...unclaimed, attempts }));
    await deps.comments.push(retry, { delaySeconds: retryDelaySeconds(attempts, error) });
    return 'retrying';
  }
}
