/** The parts of Jira Cloud REST responses the shell reads. Only what is shown; everything else is ignored. */
import type { AdfNode } from '../adf/adf-types';

export interface JiraUser {
  accountId: string;
  displayName: string;
  avatarUrls?: Record<string, string>;
}

export interface JiraStatus {
  id?: string;
  name: string;
  statusCategory?: { key: string; name?: string; colorName?: string };
}

export interface JiraSprint {
  id: number;
  name: string;
  state: 'active' | 'future' | 'closed';
  startDate?: string;
  endDate?: string;
  goal?: string;
}

export interface JiraIssueFields {
  summary?: string;
  description?: AdfNode | null;
  status?: JiraStatus;
  issuetype?: { id?: string; name: string; subtask?: boolean };
  assignee?: JiraUser | null;
  reporter?: JiraUser | null;
  priority?: { id?: string; name: string } | null;
  labels?: string[];
  project?: { id: string; key: string; name: string; projectTypeKey?: string };
  fixVersions?: Array<{ id: string; name: string; released: boolean }>;
  parent?: { id: string; key: string; fields: { summary: string } };
  [fieldId: string]: unknown;
}

export interface JiraIssue {
  id: string;
  key: string;
  fields: JiraIssueFields;
}

export interface SearchResult {
  issues: JiraIssue[];
  nextPageToken?: string;
  isLast?: boolean;
}

export interface JiraTransition {
  id: string;
  name: string;
  to?: JiraStatus;
}

export interface JiraComment {
  id: string;
  author?: JiraUser;
  body?: AdfNode;
  created?: string;
  updated?: string;
}

export interface JiraProject {
  id: string;
  key: string;
  name: string;
  projectTypeKey?: string;
}

export interface JiraBoard {
  id: number;
  name: string;
  type?: string;
}

export interface JiraField {
  id: string;
  name: string;
  custom?: boolean;
  schema?: { type?: string; custom?: string };
}

/** Jira's error body: `{errorMessages: [...], errors: {field: message}}`. */
export interface JiraErrorBody {
  errorMessages?: string[];
  errors?: Record<string, string>;
  message?: string;
}
