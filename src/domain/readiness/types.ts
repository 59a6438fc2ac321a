import type { AdfBlock } from '../adf/adf-blocks';
import type { AdfDoc } from '../adf/adf-types';

/** Every check the readiness checker knows, in the order findings are reported. */
export const CHECK_IDS = [
  'description.missing',
  'description.placeholder',
  'description.too-short',
  'summary.vague',
  'story.format',
  'story.atomic',
  'story.minimal',
  'story.observable',
  'text.vague',
  'ac.missing',
  'ac.untestable',
  'estimate.missing',
  'priority.missing',
  'blockers.open',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const SEVERITIES = ['blocker', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Jira status categories by key ("new" = To Do, "indeterminate" = In Progress, "done" = Done). */
export type StatusCategory = 'new' | 'indeterminate' | 'done' | 'undefined';

/** One issue link as seen from the checked ticket, e.g. relation "is blocked by" ABC-12 (In Progress). */
export interface IssueLinkSnapshot {
  /** The link's name from this ticket's side: Jira's inward or outward description, e.g. "is blocked by". */
  relation: string;
  issueKey: string;
  statusCategory: StatusCategory;
}

/** What the checker reads about a ticket. Everything is already fetched: the domain does no I/O. */
export interface TicketSnapshot {
  summary: string;
  /** The description as ADF, or null when the ticket has none. */
  description: AdfDoc | null;
  /**
   * The description already read into text blocks (e.g. straight from Markdown by markdownToBlocks);
   * when given, it is read instead of `description`, which then need not be built.
   */
  descriptionBlocks?: readonly AdfBlock[];
  /** Jira issue type name, e.g. "Story", "Bug", "Task". */
  issueType: string;
  storyPoints?: number | null;
  priority?: string | null;
  links?: readonly IssueLinkSnapshot[];
  /** Acceptance criteria Accord keeps for the ticket; null (or absent) when Accord knows none. */
  acceptanceCriteria?: readonly string[] | null;
}

export interface Finding {
  check: CheckId;
  severity: Severity;
  message: string;
  /** The text that triggered the finding (trimmed, at most a couple of hundred characters). */
  evidence: string;
  /** What to do about it. */
  fix: string;
}

export interface ReadinessResult {
  /** 0..100, integer: 100 minus the weights of the checks that found something. */
  score: number;
  /** No blocker finding and score at or above the rubric's threshold. */
  ready: boolean;
  findings: Finding[];
}
