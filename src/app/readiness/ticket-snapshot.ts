import type { AdfDoc } from '../../domain/adf/adf-types';
import type { IssueLinkSnapshot, StatusCategory, TicketSnapshot } from '../../domain/readiness/types';
import type { JiraIssue } from '../../ports/jira';
import type { FieldIds } from '../jira-field-ids';

interface LinkedIssue {
  key?: string;
  fields?: { status?: { statusCategory?: { key?: string } } };
}
interface IssueLink {
  type?: { inward?: string; outward?: string };
  inwardIssue?: LinkedIssue;
  outwardIssue?: LinkedIssue;
}

const CATEGORIES: readonly StatusCategory[] = ['new', 'indeterminate', 'done'];

function category(issue: LinkedIssue): StatusCategory {
  const key = issue.fields?.status?.statusCategory?.key;
  return CATEGORIES.find((c) => c === key) ?? 'undefined';
}

/** Jira lists a link under the issue it was read from: an `inwardIssue` B means "this issue <inward> B". */
function links(raw: unknown): IssueLinkSnapshot[] {
  if (!Array.isArray(raw)) return [];
  const out: IssueLinkSnapshot[] = [];
  for (const link of raw as IssueLink[]) {
    if (link.inwardIssue?.key && link.type?.inward) {
      out.push({ relation: link.type.inward, issueKey: link.inwardIssue.key, statusCategory: category(link.inwardIssue) });
    }
    if (link.outwardIssue?.key && link.type?.outward) {
      out.push({ relation: link.type.outward, issueKey: link.outwardIssue.key, statusCategory: category(link.outwardIssue) });
    }
  }
  return out;
}

/** What the checker reads, from a Jira issue fetched with readinessFields(ids) and Accord's criteria. */
export function ticketSnapshot(issue: JiraIssue, acceptanceCriteria: readonly string[] | null, ids: FieldIds): TicketSnapshot {
  const f = issue.fields;
  const points = f[ids.storyPoints];
  const priority = f.priority as { name?: string } | null | undefined;
  return {
    summary: f.summary ?? '',
    description: (f.description as AdfDoc | null | undefined) ?? null,
    issueType: f.issuetype?.name ?? 'Story',
    storyPoints: typeof points === 'number' ? points : null,
    priority: priority?.name ?? null,
    links: links(f.issuelinks),
    acceptanceCriteria: acceptanceCriteria && acceptanceCriteria.length > 0 ? acceptanceCriteria : null,
  };
}
