import type { ReadinessResult } from '../../domain/readiness/types';
import type { AdfDocument, AdfNode, JiraIssue, JiraPort } from '../../ports/jira';
import type { RecordKey, RecordStore } from '../../ports/store';
import type { FieldIds } from '../jira-field-ids';

/** Which sprints an issue's reporter and assignee were already told about, so each hears it once per sprint. */
interface NotifiedSprints {
  sprintIds: number[];
}

const notifiedKey = (issueId: string, projectId: string): RecordKey => ({ kind: 'readiness', id: issueId, scope: projectId });

/** The future sprint an issue is planned into (the Sprint field lists closed ones too). */
export function plannedSprintId(issue: JiraIssue, ids: FieldIds): number | null {
  const sprints = issue.fields[ids.sprint];
  if (!Array.isArray(sprints)) return null;
  const future = (sprints as Array<{ id?: unknown; state?: unknown }>).find((s) => s.state === 'future' && typeof s.id === 'number');
  return (future?.id as number | undefined) ?? null;
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
  const key = notifiedKey(issue.id, projectId);
  const stored = await deps.store.load<NotifiedSprints>(key);
  if (stored?.value.sprintIds.includes(sprintId)) return false;
  // Record first: a lost comment is better than a comment repeated on every scan.
  const saved = await deps.store.save(key, { sprintIds: [...(stored?.value.sprintIds ?? []), sprintId].slice(-20) }, stored?.version ?? null, deps.clock.now());
  if (!saved.ok) return false;
  await deps.jira.addComment(issue.key, unreadyComment(issue, result, threshold));
  return true;
}
