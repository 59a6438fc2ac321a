/**
 * The shapes of Jira data as the app reads them. Each carries only the fields the app reads; everything
 * else Jira sends is kept but untyped. The adapter's response schemas (src/adapters/jira/schemas.ts) check
 * every field named here at runtime.
 */

/** An Atlassian Document Format node (description, comment body). Kept structural on purpose. */
export interface AdfNode {
  type: string;
  content?: AdfNode[];
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
}

export interface AdfDocument extends AdfNode {
  type: 'doc';
  version: 1;
  content: AdfNode[];
}

export interface JiraUser {
  accountId: string;
  displayName?: string;
  active?: boolean;
  emailAddress?: string;
  timeZone?: string;
  avatarUrls?: Record<string, string>;
}

export interface JiraStatus {
  id?: string;
  name: string;
  statusCategory?: { key?: string; name?: string };
}

/** The other end of an issue link, as Jira embeds it in `issuelinks`. */
export interface JiraLinkedIssue {
  id?: string;
  key: string;
  fields?: { status?: JiraStatus; summary?: string };
}

/** One issue link as Jira lists it under an issue: the other issue is inward or outward of this one. */
export interface JiraIssueLink {
  id?: string;
  type: { name?: string; inward?: string; outward?: string };
  inwardIssue?: JiraLinkedIssue;
  outwardIssue?: JiraLinkedIssue;
}

/**
 * Issue fields the app reads by name. Custom fields (story points, sprint) come through the index and are
 * read with the parsers in custom-fields.ts, because their ids differ from site to site.
 */
export interface JiraIssueFields {
  summary?: string;
  description?: AdfDocument | null;
  status?: JiraStatus;
  issuetype?: { id?: string; name: string; subtask?: boolean };
  project?: { id: string; key: string; name?: string };
  priority?: { id?: string; name: string } | null;
  issuelinks?: JiraIssueLink[];
  /** The parent issue (an epic above a story, a story above a subtask). */
  parent?: { id: string; key: string; fields?: { summary?: string; issuetype?: { name: string; hierarchyLevel?: number } } };
  fixVersions?: Array<{ id: string; name?: string; released?: boolean; releaseDate?: string }>;
  /** Up to 20 worklogs embedded in an issue view; `total` says whether there are more. */
  worklog?: { total: number; maxResults?: number; worklogs: JiraWorklog[] };
  assignee?: JiraUser | null;
  reporter?: JiraUser | null;
  labels?: string[];
  created?: string;
  updated?: string;
  duedate?: string | null;
  resolutiondate?: string | null;
  [field: string]: unknown;
}

export interface ChangelogItem {
  field: string;
  fieldId?: string;
  fieldtype?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface ChangelogEntry {
  id: string;
  author?: JiraUser;
  created: string;
  items: ChangelogItem[];
}

export interface JiraIssue {
  id: string;
  key: string;
  fields: JiraIssueFields;
  /** Present when properties were asked for; a property that is not set is absent. */
  properties?: Record<string, unknown>;
  renderedFields?: Record<string, unknown>;
  /** Present with `expand: ['changelog']`; may hold only the latest entries (use getIssueChangelog for all). */
  changelog?: { histories: ChangelogEntry[]; total?: number };
}

export interface IssueQuery {
  /** Fields to return; Jira returns only the issue id when this is empty. */
  fields: string[];
  expand?: string[];
  /** Issue property keys to include (Jira allows at most 5 on search). */
  properties?: string[];
}

export interface IssueSearch extends IssueQuery {
  jql: string;
  /** Issues per page; Jira may return fewer when many fields are asked for. */
  pageSize?: number;
}

export interface IssueSearchPage {
  issues: JiraIssue[];
  nextPageToken?: string;
  isLast: boolean;
}

export interface IssuePropertiesUpdate {
  /** Numeric issue id (the bulk endpoint does not take keys). */
  issueId: string | number;
  properties: Record<string, unknown>;
}

export interface BulkWriteOptions {
  /**
   * Wait for Jira's asynchronous task to finish (default true). A caller that re-checks what it wrote
   * anyway (the readiness scan compares fingerprints on its next run) can skip the extra request.
   */
  waitForCompletion?: boolean;
}

export interface JiraComment {
  id: string;
  body?: AdfDocument;
  author?: JiraUser;
  created?: string;
}

export interface PermissionQuery {
  projectKey?: string;
  issueKey?: string;
  /** Permission keys, e.g. BROWSE_PROJECTS or an app permission key. */
  permissions: string[];
}

export interface JiraProject {
  id: string;
  key: string;
  name: string;
  /** Present when Jira expands them (GET /project/{key} does by default). */
  issueTypes?: Array<{ id?: string; name: string; subtask?: boolean }>;
  projectTypeKey?: string;
  simplified?: boolean;
  lead?: JiraUser;
}

export interface JiraBoard {
  id: number;
  name: string;
  type: string;
}

export type SprintState = 'future' | 'active' | 'closed';

export interface JiraSprint {
  id: number;
  name: string;
  state: SprintState;
  startDate?: string;
  endDate?: string;
  completeDate?: string;
  originBoardId?: number;
  goal?: string;
}



/** A field as `GET /rest/api/3/field` describes it (FieldDetails); custom fields carry their type's key in schema.custom. */
export interface JiraField {
  id: string;
  key?: string;
  name: string;
  custom?: boolean;
  schema?: { type: string; items?: string; system?: string; custom?: string; customId?: number };
}


/** A project version (a milestone or release), as /project/{key}/versions lists it. */
export interface JiraVersion {
  id: string;
  name: string;
  description?: string;
  archived?: boolean;
  released?: boolean;
  /** YYYY-MM-DD. */
  startDate?: string;
  /** YYYY-MM-DD. */
  releaseDate?: string;
  overdue?: boolean;
  projectId?: number;
}

/** One issue's change history as the bulk changelog endpoint gives it (oldest first, only the asked fields). */
export interface IssueChangelog {
  issueId: string;
  histories: ChangelogEntry[];
}

export interface JiraWorklog {
  id: string;
  issueId: string;
  author?: JiraUser;
  /** ISO 8601 with the author's offset, e.g. 2026-11-30T09:00:00.000+0100. */
  started: string;
  timeSpentSeconds: number;
  created?: string;
  updated?: string;
}

/** Worklog ids changed (or deleted) since a moment, and up to when the answer is complete. */
export interface WorklogChanges {
  ids: number[];
  /** Epoch ms up to which every change is included: the next watermark. */
  until: number;
}

/** How a board estimates and which statuses sit in its columns (the rightmost column is "done" to Jira). */
export interface JiraBoardConfiguration {
  id: number;
  name?: string;
  estimation?: { type?: string; field?: { fieldId: string; displayName?: string } };
  columnConfig?: { columns: Array<{ name: string; statuses: Array<{ id: string }> }> };
}

/** A workflow status with its category (new, indeterminate, done). */
export interface JiraStatusDetails {
  id: string;
  name: string;
  statusCategory?: { key?: string; name?: string };
}
