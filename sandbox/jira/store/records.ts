/** What the store keeps, in the emulator's own words (routes turn these into Jira's JSON). */
import type { ChangelogItem } from '../emulator-types';
import type { AdfNode } from '../adf-text';

export interface UserRecord {
  accountId: string;
  displayName: string;
  email: string | null;
  timeZone: string;
  active: boolean;
}

export interface ProjectRecord {
  id: number;
  key: string;
  name: string;
  description: string;
  leadAccountId: string | null;
}

export interface IssueRecord {
  id: number;
  key: string;
  projectId: number;
  issueType: string;
  summary: string;
  description: AdfNode | null;
  status: string;
  assignee: string | null;
  reporter: string | null;
  priority: string | null;
  labels: string[];
  /** YYYY-MM-DD */
  duedate: string | null;
  /** ISO date-times */
  created: string;
  updated: string;
  resolutiondate: string | null;
  storyPoints: number | null;
  /** Every sprint the issue is or was in, oldest first; the last open one is its current sprint. */
  sprintIds: number[];
  originalEstimateSeconds: number | null;
  remainingEstimateSeconds: number | null;
  /** Fix versions (ids), in the order they were added. */
  fixVersionIds: number[];
  /** The parent issue (an epic for a story, task or bug), as Jira Cloud's `parent` field. */
  parentId: number | null;
}

/** An issue without its ADF description but with the description's plain text: what search scans. */
export type IssueSummary = Omit<IssueRecord, 'description'> & { descriptionText: string };

export interface CommentRecord {
  id: number;
  issueId: number;
  author: string | null;
  body: AdfNode;
  created: string;
  updated: string;
}

export interface WorklogRecord {
  id: number;
  issueId: number;
  author: string | null;
  /** Who changed it last (the author until someone else edits it). */
  updateAuthor: string | null;
  started: string;
  timeSpentSeconds: number;
  comment: AdfNode | null;
  created: string;
  updated: string;
}

export interface ChangelogRecord {
  id: number;
  issueId: number;
  author: string | null;
  created: string;
  items: ChangelogItem[];
}

export interface IssueLinkRecord {
  id: number;
  linkType: string;
  /** The issue on the outward side ("blocks"). */
  outwardIssueId: number;
  /** The issue on the inward side ("is blocked by"). */
  inwardIssueId: number;
}

export interface BoardRecord {
  id: number;
  name: string;
  type: string;
  projectId: number;
}

export type SprintState = 'future' | 'active' | 'closed';

export interface SprintRecord {
  id: number;
  boardId: number;
  name: string;
  state: SprintState;
  goal: string;
  startDate: string | null;
  endDate: string | null;
  completeDate: string | null;
  createdDate: string;
}

/** A deleted worklog, remembered for `/worklog/deleted` (Jira keeps these ids for 60 days). */
export interface WorklogDeletion {
  worklogId: number;
  issueId: number;
  projectId: number;
  /** Epoch milliseconds. */
  deletedAt: number;
}

/** A project version (release): dates are YYYY-MM-DD, as Jira keeps them. */
export interface VersionRecord {
  id: number;
  projectId: number;
  name: string;
  description: string;
  startDate: string | null;
  releaseDate: string | null;
  released: boolean;
  archived: boolean;
  /** Position in the project's version list (Jira's `sequence`). */
  sequence: number;
}

export interface TaskRecord {
  id: number;
  description: string;
  submittedAt: number;
  finishedAt: number;
  result: unknown;
}
