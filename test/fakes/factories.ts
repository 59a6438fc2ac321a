import { markdownToAdf } from '../../src/domain/adf';
import { emptyIssueRecord, type IssueRecord } from '../../src/domain/issue-record';
import type { Criterion } from '../../src/domain/criteria';
import type { JiraIssueFields } from '../../src/ports/jira';
import { FAKE_POINTS_FIELD } from './fake-jira';

/** Issue fields for FakeJira.addIssue: a story with a description written in Markdown. */
export function issueFields(overrides: { summary?: string; description?: string | null; type?: string; points?: number | null; status?: string; assignee?: string } = {}): JiraIssueFields {
  const description = overrides.description === undefined ? READY_DESCRIPTION : overrides.description;
  return {
    summary: overrides.summary ?? 'Export a rulebase as PDF',
    description: description === null ? null : markdownToAdf(description),
    issuetype: { name: overrides.type ?? 'Story' },
    status: { name: overrides.status ?? 'To Do', statusCategory: { key: overrides.status === 'Done' ? 'done' : 'new' } },
    priority: { name: 'Medium' },
    issuelinks: [],
    ...(overrides.assignee ? { assignee: { accountId: overrides.assignee, displayName: overrides.assignee } } : {}),
    [FAKE_POINTS_FIELD]: overrides.points === undefined ? 3 : overrides.points,
  };
}

/** A description that passes the default readiness rubric. */
export const READY_DESCRIPTION = `As a rulebase editor, I want to export a rulebase as PDF, so that I can share it with auditors.

## Acceptance criteria
- The export has a cover page with the rulebase name
- Every rule appears once, in the order of the rulebase
`;

/** A stored issue record with the given criteria texts (unverified), sign-off pending. */
export function issueRecordWith(texts: readonly string[], overrides: Partial<IssueRecord> = {}): IssueRecord {
  const criteria: Criterion[] = texts.map((text, i) => ({ id: `c-${i + 1}`, text, verification: { state: 'unverified' } }));
  return { ...emptyIssueRecord(), criteria: { criteria }, ...overrides };
}
