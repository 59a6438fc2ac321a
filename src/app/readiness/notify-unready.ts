import type { ReadinessResult } from '../../domain/readiness/types';
import { z } from 'zod';
import { sprintFieldValue, type AdfDocument, type AdfNode, type JiraIssue, type JiraPort } from '../../ports/jira';
import { recordKind, UnreadableRecordError, type RecordStore } from '../../ports/store';
import type { FieldIds } from '../site/field-ids';

/** Which sprints an issue's reporter and assignee were already told about, so each hears it once per sprint. */
interface NotifiedSprints {
  sprintIds: number[];
}

/** One record per notified issue (id = issue id, scope = project id). Stored under the kind name "readiness" since the first release. */
export const unreadyNotices = recordKind<NotifiedSprints>('readiness', z.object({ sprintIds: z.array(z.int()) }));

/** The future sprint an issue is planned into (the Sprint field lists closed ones too). */
export function plannedSprintId(issue: JiraIssue, ids: FieldIds): number | null {
  return sprintFieldValue(issue.fields[ids.sprint]).find((s) => s.state === 'future')?.id ?? null;
}

function people(issue: JiraIssue): Array<{ accountId: string; displayName?: string }> {
  const seen = new Map<string, { accountId: string; displayName?: string }>();
  for (const user of [issue.fields.reporter, issue.fields.assignee]) if (user?.accountId) seen.set(user.accountId, user);
  return [...seen.values()];
}

export function unreadyComment(issue: JiraIssue, result: ReadinessResult, threshold: number): AdfDocument {
  const mentions: AdfNode[] = people(issue).flatMap((u) => [
    { type: 'mention', attrs: { id: u.accountId, text: `@${u.displayName ?? u.accountId}` } },
    { type: 'text', text: ' ' },
  ]);
  const findings: AdfNode = {
    type: 'bulletList',
    content: result.findings.slice(0, 8).map((f) => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `${f.message} ` }, { type: 'text', text: `Fix: ${f.fix}`, marks: [{ type: 'em' }] }] }],
    })),
  };
  return {
    type: 'doc',
    version: 1,
    content: [
      { type: 'paragraph', content: [...mentions, { type: 'text', text: `This ticket is not ready for sprint planning (readiness ${result.score}/100, ready from ${threshold}).`, marks: [{ type: 'strong' }] }] },
      findings,
      { type: 'paragraph', content: [{ type: 'text', text: 'Checked by Accord before planning; you will hear about this sprint only once.', marks: [{ type: 'em' }] }] },
    ],
  };
}

/**
 * Comments once per sprint on an unready ticket, mentioning its reporter and assignee (a project setting,
 * off by default). Returns whether a comment was made.
 */
export async function notifyUnreadyOnce(
  deps: { jira: JiraPort; store: RecordStore; clock: { now(): number } },
  projectId: string,
  issue: JiraIssue,
  result: ReadinessResult,
  threshold: number,
  ids: FieldIds,
): Promise<boolean> {
  const sprintId = plannedSprintId(issue, ids);
  if (result.ready || sprintId === null) return false;
  const key = unreadyNotices.key(issue.id, projectId);
  let stored;
  try {
    stored = await deps.store.load(key);
  } catch (error) {
    // Without knowing whom it told, it tells nobody: a missed note beats a repeated one.
    if (error instanceof UnreadableRecordError) return false;
    throw error;
  }
  if (stored?.value.sprintIds.includes(sprintId)) return false;
  // Record first: a lost comment is better than a comment repeated on every scan.
  const saved = await deps.store.save(key, { sprintIds: [...(stored?.value.sprintIds ?? []), sprintId].slice(-20) }, stored?.version ?? null, deps.clock.now());
  if (!saved.ok) return false;
  await deps.jira.addComment(issue.key, unreadyComment(issue, result, threshold));
  return true;
}
