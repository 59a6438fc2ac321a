/**
 * What the app needs from Jira, in the app's words. Use cases depend on this port only; the Forge
 * adapter (src/adapters/jira) implements it over `requestJira`, and tests use the in-memory fake in
 * test/fakes. Every method is used by a use case: a method nothing calls is removed, not kept "in case".
 */
import type {
  AdfDocument,
  BulkWriteOptions,
  IssuePropertiesUpdate,
  IssueQuery,
  IssueSearch,
  IssueChangelog,
  IssueSearchPage,
  JiraBoard,
  JiraBoardConfiguration,
  JiraComment,
  JiraField,
  JiraIssue,
  JiraProject,
  JiraSprint,
  JiraStatusDetails,
  JiraUser,
  JiraVersion,
  JiraWorklog,
  PermissionQuery,
  SprintState,
  WorklogChanges,
} from './types';

export interface JiraPort {
  getIssue(keyOrId: string, query: IssueQuery): Promise<JiraIssue>;
  /** One page of a JQL search (enhanced search, token paging). */
  searchIssues(search: IssueSearch & { nextPageToken?: string }): Promise<IssueSearchPage>;
  /** Every page of a JQL search, fetched lazily as the caller iterates. */
  searchAllIssues(search: IssueSearch): AsyncIterable<IssueSearchPage>;
  setIssueProperty(keyOrId: string, propertyKey: string, value: unknown): Promise<void>;
  /** Sets properties on many issues in as few requests as Jira allows, and waits for Jira's task to finish. */
  setIssuePropertiesBulk(updates: IssuePropertiesUpdate[], options?: BulkWriteOptions): Promise<void>;
  addComment(issueKey: string, body: AdfDocument): Promise<JiraComment>;
  /** The newest comments of an issue, newest first (at most `max`, up to 100). */
  getRecentComments(issueKey: string, max: number): Promise<JiraComment[]>;
  /** Whether the caller holds each asked permission, keyed by permission key. */
  getMyPermissions(query: PermissionQuery): Promise<Record<string, boolean>>;
  getUsers(accountIds: string[]): Promise<JiraUser[]>;
  getProject(projectKey: string): Promise<JiraProject>;
  /** Every project the caller can see. */
  listProjects(): Promise<JiraProject[]>;
  /** Every system and custom field of the site (ids differ from site to site for custom fields). */
  listFields(): Promise<JiraField[]>;
  /**
   * Active users who hold a project permission (an app permission key works too), at most 50; with a query,
   * only those whose name or email matches it (Jira matches it).
   */
  getUsersWithPermission(projectKey: string, permission: string, query?: string): Promise<JiraUser[]>;
  /**
   * People who can browse the project whose name or email matches the query (Jira's user search for an issue
   * picker, at most 50). Unlike getUsersWithPermission it needs no admin rights: the caller needs only Jira's
   * "Browse users and groups" permission, and finds nobody without it.
   */
  findPeopleWhoCanBrowse(projectKey: string, query: string): Promise<JiraUser[]>;
  getBoardsForProject(projectKey: string): Promise<JiraBoard[]>;
  getSprints(boardId: number, states: SprintState[]): Promise<JiraSprint[]>;
  getBoardConfiguration(boardId: number): Promise<JiraBoardConfiguration>;
  /** Every status of the site with its category. */
  listStatuses(): Promise<JiraStatusDetails[]>;
  /** Every version of the project (released, unreleased, archived). */
  listVersions(projectKey: string): Promise<JiraVersion[]>;
  /**
   * The change histories of up to 1,000 issues, only the changes to the given fields (at most 10), oldest
   * first, every page fetched; an issue without such changes may be missing from the answer.
   */
  getChangelogs(issueIdsOrKeys: string[], fieldIds: string[]): Promise<IssueChangelog[]>;
  /** Site-wide ids of worklogs created or updated since `sinceMs` (Jira leaves out the last minute). */
  getChangedWorklogs(sinceMs: number): Promise<WorklogChanges>;
  /** Site-wide ids of worklogs deleted since `sinceMs`. */
  getDeletedWorklogs(sinceMs: number): Promise<WorklogChanges>;
  /** The worklogs with these ids that the caller may see (any number of ids; asked 1,000 at a time). */
  getWorklogs(ids: number[]): Promise<JiraWorklog[]>;
  /** Every worklog of one issue (for issues with more than the 20 a search embeds). */
  getIssueWorklogs(issueIdOrKey: string): Promise<JiraWorklog[]>;
}

