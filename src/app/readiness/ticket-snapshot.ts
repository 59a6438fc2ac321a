import type { IssueLinkSnapshot, StatusCategory, TicketSnapshot } from '../../domain/readiness/types';
import { numberFieldValue, type JiraIssue, type JiraIssueLink, type JiraLinkedIssue } from '../../ports/jira';
import type { FieldIds } from '../site/field-ids';

const CATEGORIES: readonly StatusCategory[] = ['new', 'indeterminate', 'done'];

function category(issue: JiraLinkedIssue): StatusCategory {
  const key = issue.fields?.status?.statusCategory?.key;
  return CATEGORIES.find((c) => c === key) ?? 'undefined';
}

/** Jira lists a link under the issue it was read from: an `inwardIssue` B means "this issue <inward> B". */
function links(raw: readonly JiraIssueLink[] | undefined): IssueLinkSnapshot[] {
  const out: IssueLinkSnapshot[] = [];
  for (const link of raw ?? []) {
    if (link.inwardIssue && link.type.inward) {
      out.push({ relation: link.type.inward, issueKey: link.inwardIssue.key, statusCategory: category(link.inwardIssue) });
    }
    if (link.outwardIssue && link.type.outward) {
      out.push({ relation: link.type.outward, issueKey: link.outwardIssue.key, statusCategory: category(link.outwardIssue) });
    }
  }
  return out;
}

/** What the checker reads, from a Jira issue fetched with readinessFields(ids) and Accord's criteria. */
export function ticketSnapshot(issue: JiraIssue, acceptanceCriteria: readonly string[] | null, ids: FieldIds): TicketSnapshot {
  const f = issue.fields;
  return {
    summary: f.summary ?? '',
    description: f.description ?? null,
    issueType: f.issuetype?.name ?? 'Story',
    storyPoints: numberFieldValue(f[ids.storyPoints]),
    priority: f.priority?.name ?? null,
    links: links(f.issuelinks),
    acceptanceCriteria: acceptanceCriteria && acceptanceCriteria.length > 0 ? acceptanceCriteria : null,
  };
}
