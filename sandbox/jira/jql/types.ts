/**
 * What the JQL evaluator needs to know about an issue and about the site. The emulator's store
 * builds these views; the evaluator never touches SQLite.
 */
export interface JqlIssueView {
  id: string;
  key: string;
  projectId: string;
  projectKey: string;
  projectName: string;
  issueType: string;
  status: string;
  /** Jira's status category key: 'new' (To Do), 'indeterminate' (In Progress), 'done'. */
  statusCategory: 'new' | 'indeterminate' | 'done';
  /** Every sprint the issue is or was in (Jira's Sprint field keeps closed sprints). */
  sprintIds: number[];
  assignee: string | null;
  reporter: string | null;
  labels: string[];
  priority: string | null;
  /** YYYY-MM-DD */
  duedate: string | null;
  /** ISO date-times */
  created: string;
  updated: string;
  resolutiondate: string | null;
  storyPoints: number | null;
  summary: string;
  /** Plain text of the description, for `~`. */
  descriptionText: string;
  /** Issue properties by property key (parsed JSON values). */
  properties: Record<string, unknown>;
  /** Board/backlog order (a LexoRank-like string; lower sorts first), for ORDER BY Rank. */
  rank?: string | null;
  /** Fix versions by id (EMPTY when absent). */
  fixVersionIds?: readonly number[];
  /** The parent issue's id, and its key when the view knows it. */
  parentId?: string | null;
  parentKey?: string | null;
}

export interface JqlVersion {
  id: number;
  name: string;
  projectId: string;
  released: boolean;
  archived: boolean;
  /** Position in the project's version list. */
  sequence: number;
}

export interface JqlSprint {
  id: number;
  name: string;
  state: 'future' | 'active' | 'closed';
}

export interface JqlUser {
  accountId: string;
  displayName: string;
  emailAddress?: string;
}

export interface JqlProject {
  id: string;
  key: string;
  name: string;
}

export interface JqlAlias {
  propertyKey: string;
  /** Dot path inside the property value. */
  path: string;
  type: 'number' | 'string' | 'text' | 'user' | 'date';
}

export interface JqlContext {
  now: Date;
  /** Account id of the user running the search; null when the app searches asApp (currentUser() then matches nothing). */
  currentUser: string | null;
  sprints: JqlSprint[];
  users: JqlUser[];
  /** Search aliases declared by jira:entityProperty, by alias name (e.g. accordSignoff). */
  aliases: Record<string, JqlAlias>;
  /** The site's projects; when given, `project = X` for an unknown X is refused as Jira does. */
  projects?: JqlProject[];
  /** Priority names, highest first (for `priority > X` and ORDER BY); defaults to Jira's Highest..Lowest. */
  priorities?: string[];
  /** First day of the week for startOfWeek()/endOfWeek(); defaults to Sunday (Jira's default, en-US locale). */
  weekStartsOn?: 'sunday' | 'monday';
  /** Whether an issue key or id exists (and is visible); when given, `key = X` for a missing X is refused as Jira does. */
  issueExists?: (keyOrId: string) => boolean;
  /** The id of the visible issue with this key or id; when given, `parent = KEY` resolves through it. */
  issueIdOf?: (keyOrId: string) => string | undefined;
  /** Versions of the projects the searcher can browse (for fixVersion and the version functions). */
  versions?: JqlVersion[];
  /** The site's time zone for date-only comparisons; the sandbox uses UTC. */
}

export interface CompiledJql {
  /** The query's WHERE part; matches everything when the JQL has none. */
  matches(issue: JqlIssueView): boolean;
  /** ORDER BY comparator; Jira's default order (key descending by id) when the JQL has none. */
  compare(a: JqlIssueView, b: JqlIssueView): number;
  /** True when the query has a restricting clause (Jira's enhanced search refuses unbounded JQL). */
  bounded: boolean;
}

/** Thrown for JQL that does not parse or that the sandbox cannot evaluate; the route answers 400 with these messages. */
export class JqlError extends Error {
  constructor(public readonly errorMessages: string[]) {
    super(errorMessages.join(' '));
    this.name = 'JqlError';
  }
}
