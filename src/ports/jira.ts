/**
 * What the app needs from Jira, in the app's words. Use cases depend on this port only; the Forge
 * adapter (src/adapters/jira) implements it over `requestJira`, and tests use in-memory fakes.
 * Shapes carry only the fields the app reads; everything else Jira sends is kept but untyped.
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

/** Issue fields the app reads by name; custom fields (story points, sprint) come through the index. */
export interface JiraIssueFields {
  summary?: string;
  description?: AdfDocument | null;
  status?: JiraStatus;
  issuetype?: { id?: string; name: string; subtask?: boolean };
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

export interface JiraWorklog {
  id: string;
  issueId?: string;
  author?: JiraUser;
  started: string;
  timeSpentSeconds: number;
  comment?: AdfDocument;
}

export interface JiraTransition {
  id: string;
  name: string;
  to?: JiraStatus;
}

/** A field as `GET /rest/api/3/field` describes it (FieldDetails); custom fields carry their type's key in schema.custom. */
export interface JiraField {
  id: string;
  key?: string;
  name: string;
  custom?: boolean;
  schema?: { type: string; items?: string; system?: string; custom?: string; customId?: number };
}

export interface JiraPort {
  getIssue(keyOrId: string, query: IssueQuery): Promise<JiraIssue>;
  /** One page of a JQL search (enhanced search, token paging). */
  searchIssues(search: IssueSearch & { nextPageToken?: string }): Promise<IssueSearchPage>;
  /** Every page of a JQL search, fetched lazily as the caller iterates. */
  searchAllIssues(search: IssueSearch): AsyncIterable<IssueSearchPage>;
  /** Jira's approximate count of issues matching the JQL (enhanced search has no total). */
  countIssues(jql: string): Promise<number>;
  /** The property value, or undefined when the property is not set. */
  getIssueProperty(keyOrId: string, propertyKey: string): Promise<unknown>;
  getIssuePropertyKeys(keyOrId: string): Promise<string[]>;
  setIssueProperty(keyOrId: string, propertyKey: string, value: unknown): Promise<void>;
  deleteIssueProperty(keyOrId: string, propertyKey: string): Promise<void>;
  /** Sets properties on many issues in as few requests as Jira allows, and waits for Jira's task to finish. */
  setIssuePropertiesBulk(updates: IssuePropertiesUpdate[], options?: BulkWriteOptions): Promise<void>;
  addComment(issueKey: string, body: AdfDocument): Promise<JiraComment>;
  /** Whether the caller holds each asked permission, keyed by permission key. */
  getMyPermissions(query: PermissionQuery): Promise<Record<string, boolean>>;
  getMyself(): Promise<JiraUser>;
  getUsers(accountIds: string[]): Promise<JiraUser[]>;
  getProject(projectKey: string): Promise<JiraProject>;
  /** Every project the caller can see. */
  listProjects(): Promise<JiraProject[]>;
  /** Every system and custom field of the site (ids differ from site to site for custom fields). */
  listFields(): Promise<JiraField[]>;
  /** Active users who hold a project permission (an app permission key works too), at most 50. */
  getUsersWithPermission(projectKey: string, permission: string): Promise<JiraUser[]>;
  getBoardsForProject(projectKey: string): Promise<JiraBoard[]>;
  getSprints(boardId: number, states: SprintState[]): Promise<JiraSprint[]>;
  getSprint(sprintId: number): Promise<JiraSprint>;
  /** The whole change history of an issue, oldest first, across all pages. */
  getIssueChangelog(issueKey: string): Promise<ChangelogEntry[]>;
  getIssueWorklogs(issueKey: string): Promise<JiraWorklog[]>;
  getTransitions(issueKey: string): Promise<JiraTransition[]>;
}

// ---- Errors: every failure a use case may need to tell apart, mapped from Jira's HTTP status. ----

export interface JiraErrorDetails {
  status: number;
  /** Jira's own messages (ErrorCollection.errorMessages), kept verbatim. */
  errorMessages?: string[];
  /** Field-level messages (ErrorCollection.errors). */
  errors?: Record<string, string>;
  /** What the app was doing, e.g. "GET issue ACC-1". */
  operation?: string;
}

export class JiraError extends Error {
  readonly status: number;
  readonly errorMessages: string[];
  readonly errors: Record<string, string>;
  readonly operation: string | undefined;

  constructor(message: string, details: JiraErrorDetails) {
    super(message);
    this.name = 'JiraError';
    this.status = details.status;
    this.errorMessages = details.errorMessages ?? [];
    this.errors = details.errors ?? {};
    this.operation = details.operation;
  }
}

export class NotFoundError extends JiraError {
  constructor(message: string, details: JiraErrorDetails) {
    super(message, details);
    this.name = 'NotFoundError';
  }
}

/** 401/403: the caller (user or app) may not do this. */
export class ForbiddenError extends JiraError {
  constructor(message: string, details: JiraErrorDetails) {
    super(message, details);
    this.name = 'ForbiddenError';
  }
}

/** Jira kept answering 429 and the retry budget ran out; try again after `retryAfterSeconds`. */
export class RateLimitedError extends JiraError {
  readonly retryAfterSeconds: number;
  constructor(message: string, details: JiraErrorDetails & { retryAfterSeconds: number }) {
    super(message, details);
    this.name = 'RateLimitedError';
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** 5xx that did not clear within the retry budget; `retryAfterSeconds` suggests when to try again. */
export class JiraUnavailableError extends JiraError {
  readonly retryAfterSeconds: number;
  constructor(message: string, details: JiraErrorDetails & { retryAfterSeconds: number }) {
    super(message, details);
    this.name = 'JiraUnavailableError';
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** Jira answered, but not in the shape the app relies on (or not JSON at all). */
export class UnexpectedResponseError extends JiraError {
  constructor(message: string, details: JiraErrorDetails) {
    super(message, details);
    this.name = 'UnexpectedResponseError';
  }
}
