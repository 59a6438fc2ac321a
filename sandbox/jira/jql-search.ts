/**
 * Searching with JQL: the store's issues become `JqlIssueView`s in one pass, the evaluator in
 * ./jql decides what matches and in which order. Issues the caller cannot browse never reach it.
 */
import type { Actor } from './emulator-types';
import { JiraHttpError } from './http/jira-error';
import { compileJql } from './jql/index';
import type { CompiledJql, JqlContext, JqlIssueView } from './jql/types';
import type { ParsedManifestBits } from './manifest-bits';
import { PRIORITIES } from './model/catalog';
import { statusCategoryOf } from './model/workflow';
import type { Site } from './present/site';
import type { IssueRecord, IssueSummary } from './store';

export const UNBOUNDED_MESSAGE = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

export function jqlContext(site: Site, manifest: ParsedManifestBits, actor: Actor): JqlContext {
  return {
    now: site.now(),
    currentUser: actor.kind === 'user' ? actor.accountId : null,
    sprints: site.store.agile.sprints().map((sprint) => ({ id: sprint.id, name: sprint.name, state: sprint.state })),
    users: site.store.directory.users().map((user) => ({ accountId: user.accountId, displayName: user.displayName, emailAddress: user.email ?? undefined })),
    aliases: manifest.searchAliases,
    // Only projects the searcher can browse exist for them: Jira refuses `project = X` for hidden ones.
    projects: site.store.directory
      .projects()
      .filter((project) => site.permissions.canBrowse(actor, project.id))
      .map((project) => ({ id: String(project.id), key: project.key, name: project.name })),
    priorities: PRIORITIES.map((priority) => priority.name),
  };
}

function isJqlError(error: unknown): error is Error & { errorMessages: string[] } {
  return error instanceof Error && Array.isArray((error as { errorMessages?: unknown }).errorMessages);
}

/** Compiles the query, or answers Jira's 400 for bad or unbounded JQL. */
export function compileForSearch(jql: string, context: JqlContext, requireBounded = true): CompiledJql {
  let compiled: CompiledJql;
  try {
    compiled = compileJql(jql, context);
  } catch (error) {
    if (isJqlError(error)) throw new JiraHttpError(400, error.errorMessages);
    throw error;
  }
  if (requireBounded && !compiled.bounded) throw new JiraHttpError(400, [UNBOUNDED_MESSAGE]);
  return compiled;
}

export function issueView(issue: IssueSummary, properties: Record<string, unknown>, projects: Map<number, { key: string; name: string }>): JqlIssueView {
  const project = projects.get(issue.projectId);
  return {
    id: String(issue.id),
    key: issue.key,
    projectId: String(issue.projectId),
    projectKey: project?.key ?? '',
    projectName: project?.name ?? '',
    issueType: issue.issueType,
    status: issue.status,
    statusCategory: statusCategoryOf(issue.status),
    sprintIds: issue.sprintIds,
    assignee: issue.assignee,
    reporter: issue.reporter,
    labels: issue.labels,
    priority: issue.priority,
    duedate: issue.duedate,
    created: issue.created,
    updated: issue.updated,
    resolutiondate: issue.resolutiondate,
    storyPoints: issue.storyPoints,
    summary: issue.summary,
    descriptionText: issue.descriptionText,
    properties,
  };
}

type PropertiesOf = (issueId: number) => Readonly<Record<string, unknown>>;

/**
 * The view search keeps of one stored issue summary between requests (summaries are frozen and replaced
 * when the issue changes). Properties are read through the store's current state when a query looks at
 * them, which most searches never do, so a view stays valid while properties change.
 */
class SearchIssueView implements JqlIssueView {
  readonly id: string;
  readonly key: string;
  readonly projectId: string;
  readonly issueType: string;
  readonly status: string;
  readonly statusCategory: JqlIssueView['statusCategory'];
  readonly sprintIds: number[];
  readonly assignee: string | null;
  readonly reporter: string | null;
  readonly labels: string[];
  readonly priority: string | null;
  readonly duedate: string | null;
  readonly created: string;
  readonly updated: string;
  readonly resolutiondate: string | null;
  readonly storyPoints: number | null;
  readonly summary: string;
  readonly descriptionText: string;

  constructor(
    readonly issue: IssueSummary,
    readonly projectKey: string,
    readonly projectName: string,
    private readonly source: { propertiesOf: PropertiesOf },
  ) {
    this.id = String(issue.id);
    this.key = issue.key;
    this.projectId = String(issue.projectId);
    this.issueType = issue.issueType;
    this.status = issue.status;
    this.statusCategory = statusCategoryOf(issue.status);
    this.sprintIds = issue.sprintIds;
    this.assignee = issue.assignee;
    this.reporter = issue.reporter;
    this.labels = issue.labels;
    this.priority = issue.priority;
    this.duedate = issue.duedate;
    this.created = issue.created;
    this.updated = issue.updated;
    this.resolutiondate = issue.resolutiondate;
    this.storyPoints = issue.storyPoints;
    this.summary = issue.summary;
    this.descriptionText = issue.descriptionText;
  }

  get properties(): Record<string, unknown> {
    return this.source.propertiesOf(this.issue.id) as Record<string, unknown>;
  }
}

/** Views of one store's issues, reused by every search until the issue (or its project's name) changes. */
interface ViewCache {
  propertiesOf: PropertiesOf;
  views: WeakMap<IssueSummary, SearchIssueView>;
}

const viewCaches = new WeakMap<object, ViewCache>();

function viewCacheOf(site: Site): ViewCache {
  let cache = viewCaches.get(site.store);
  if (!cache) {
    cache = { propertiesOf: () => ({}), views: new WeakMap() };
    viewCaches.set(site.store, cache);
  }
  // Searches run synchronously, so the properties every view reads are those of the running search.
  cache.propertiesOf = site.store.properties.forSearch();
  return cache;
}

function searchView(cache: ViewCache, issue: IssueSummary, projects: Map<number, { key: string; name: string }>): SearchIssueView {
  const project = projects.get(issue.projectId);
  const key = project?.key ?? '';
  const name = project?.name ?? '';
  let view = cache.views.get(issue);
  if (!view || view.projectKey !== key || view.projectName !== name) {
    view = new SearchIssueView(issue, key, name, cache);
    cache.views.set(issue, view);
  }
  return view;
}

export interface SearchOptions {
  /** Enhanced search refuses unbounded JQL; agile endpoints add their own bound (default true). */
  requireBounded?: boolean;
  /** Narrows the candidates before JQL runs (e.g. the issues of one sprint). */
  within?: (issue: IssueSummary) => boolean;
}

/** Every issue the actor may browse that matches, in the query's order (without ADF: load a page's issues to render them). */
export function searchIssues(site: Site, manifest: ParsedManifestBits, actor: Actor, jql: string, options: SearchOptions = {}): IssueSummary[] {
  const compiled = compileForSearch(jql, jqlContext(site, manifest, actor), options.requireBounded ?? true);
  const visible = site.permissions.browsableProjectIds(actor);
  const projects = new Map(site.store.directory.projects().map((project) => [project.id, { key: project.key, name: project.name }]));
  const cache = viewCacheOf(site);
  const views: SearchIssueView[] = [];
  for (const issue of site.store.issues.listSummaries()) {
    if (!visible.has(issue.projectId) || (options.within && !options.within(issue))) continue;
    const view = searchView(cache, issue, projects);
    if (compiled.matches(view)) views.push(view);
  }
  views.sort(compiled.compare);
  return views.map((view) => view.issue);
}

/** The full issues (with ADF) for a page of search results. */
export function loadIssues(site: Site, page: IssueSummary[]): IssueRecord[] {
  return page.map((summary) => site.store.issues.find(summary.id)).filter((issue): issue is IssueRecord => issue !== undefined);
}
