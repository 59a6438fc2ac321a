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
  IssueSearchPage,
  JiraBoard,
  JiraComment,
  JiraField,
  JiraIssue,
  JiraProject,
  JiraSprint,
  JiraUser,
  PermissionQuery,
  SprintState,
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
  /** Whether the caller holds each asked permission, keyed by permission key. */
  getMyPermissions(query: PermissionQuery): Promise<Record<string, boolean>>;
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
}

