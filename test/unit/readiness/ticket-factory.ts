import { markdownToAdf } from '../../../src/domain/adf';
import { checkReadiness, type CheckId, type Rubric, type TicketSnapshot } from '../../../src/domain/readiness';

export const READY_STORY =
  'As a rule author, I want to export the rulebase as a PDF, so that I can share it with reviewers who have no tool access.';
export const READY_CRITERIA =
  '## Acceptance criteria\n' +
  '- Given a rulebase with 3 parts, when I export it, then a PDF with 3 sections is downloaded\n' +
  '- The export button is disabled while an export runs';

/** A ticket that passes every default check; tests override one thing at a time. */
export function ticket(overrides: Partial<Omit<TicketSnapshot, 'description'>> & { description?: string | null } = {}): TicketSnapshot {
  const { description, ...rest } = overrides;
  const markdown = description === undefined ? `${READY_STORY}\n\n${READY_CRITERIA}` : description;
  return {
    summary: 'Export the rulebase as PDF',
    issueType: 'Story',
    storyPoints: 3,
    priority: 'Medium',
    links: [],
    acceptanceCriteria: null,
    ...rest,
    description: markdown === null ? null : markdownToAdf(markdown),
  };
}

/** Ids of the checks that found something, in report order, without repeats. */
export function fired(snapshot: TicketSnapshot, rubric?: Rubric): CheckId[] {
  return [...new Set(checkReadiness(snapshot, rubric).findings.map((item) => item.check))];
}

export function findingsOf(snapshot: TicketSnapshot, check: CheckId, rubric?: Rubric) {
  return checkReadiness(snapshot, rubric).findings.filter((item) => item.check === check);
}
