/**
 * Searching with JQL: the store's issues become `JqlIssueView`s in one pass, the evaluator in
 * ./jql decides what matches and in which order. Issues the caller cannot browse never reach it.
 * Every page of a search asks again, so views and answers are kept between requests and reused while
 * what they were computed from is unchanged (change numbers kept by triggers, see store/change-feed.ts).
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
  const visible = site.permissions.browsableProjectIds(actor);
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
    versions: site.store.versions
      .all()
      .filter((version) => visible.has(version.projectId))
      .map((version) => ({ id: version.id, name: version.name, projectId: String(version.projectId), released: version.released, archived: version.archived, sequence: version.sequence })),
    issueIdOf: (keyOrId) => {
      const issue = site.store.issues.find(keyOrId);
      return issue && visible.has(issue.projectId) ? String(issue.id) : undefined;
    },
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
  readonly fixVersionIds: readonly number[];
  readonly parentId: string | null;

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
    this.fixVersionIds = issue.fixVersionIds;
    this.parentId = issue.parentId === null ? null : String(issue.parentId);
  }

  get properties(): Record<string, unknown> {
    return this.source.propertiesOf(this.issue.id) as Record<string, unknown>;
  }
}

/** What one search's answer depended on, besides the issues themselves. */
interface SearchUse {
  properties: boolean;
  now: boolean;
}

/** A search's answer, valid while the issues (and the properties, when it read any) are unchanged. */
interface RememberedSearch {
  issueMark: number;
  /** null: the answer read no property, so property changes cannot change it. */
  propertyMark: number | null;
  results: readonly IssueSummary[];
}

/** Pages of one search come in one after another; a few searches interleave (shell, app, scan). */
const REMEMBERED_SEARCHES = 16;

/** Views of one store's issues, reused by every search until the issue (or its project's name) changes. */
interface ViewCache {
  propertiesOf: PropertiesOf;
  views: WeakMap<IssueSummary, SearchIssueView>;
  /** Answers by query, searcher and everything else they were computed from (see searchKey). */
  searches: Map<string, RememberedSearch>;
}

const viewCaches = new WeakMap<object, ViewCache>();

function viewCacheOf(site: Site): ViewCache {
  let cache = viewCaches.get(site.store);
  if (!cache) {
    cache = { propertiesOf: () => ({}), views: new WeakMap(), searches: new Map() };
    viewCaches.set(site.store, cache);
  }
  return cache;
}

function remember(cache: ViewCache, key: string, search: RememberedSearch): void {
  cache.searches.delete(key);
  cache.searches.set(key, search);
  if (cache.searches.size > REMEMBERED_SEARCHES) cache.searches.delete(cache.searches.keys().next().value as string);
}

/** The context with `now` reported when read: only then can the answer depend on the time of the search. */
function watchNow(context: JqlContext, use: SearchUse): JqlContext {
  return Object.defineProperty({ ...context }, 'now', {
    enumerable: true,
    get: () => {
      use.now = true;
      return context.now;
    },
  });
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
  const context = jqlContext(site, manifest, actor);
  const requireBounded = options.requireBounded ?? true;
  const visible = site.permissions.browsableProjectIds(actor);
  const cache = viewCacheOf(site);
  // Every page of a search asks again; the answer is reused while nothing it was computed from changed.
  // `within` is a function and cannot be compared, so those searches are always computed.
  const key = options.within ? null : JSON.stringify([jql, requireBounded, [...visible].sort(), { ...context, now: null }]);
  const issueMark = site.store.issues.changeMark();
  const propertyMark = site.store.properties.changeMark();
  const known = key === null ? undefined : cache.searches.get(key);
  // Only answers that compiled are kept, and the key holds all the compile reads apart from `now`.
  if (known && known.issueMark === issueMark && (known.propertyMark === null || known.propertyMark === propertyMark)) return [...known.results];

  const use: SearchUse = { properties: false, now: false };
  const compiled = compileForSearch(jql, watchNow(context, use), requireBounded);
  const projects = new Map(site.store.directory.projects().map((project) => [project.id, { key: project.key, name: project.name }]));
  const propertiesOf = site.store.properties.forSearch();
  // Searches run synchronously, so the properties every view reads are those of the running search.
  cache.propertiesOf = (issueId) => {
    use.properties = true;
    return propertiesOf(issueId);
  };
  const views: SearchIssueView[] = [];
  for (const issue of site.store.issues.listSummaries()) {
    if (!visible.has(issue.projectId) || (options.within && !options.within(issue))) continue;
    const view = searchView(cache, issue, projects);
    if (compiled.matches(view)) views.push(view);
  }
  views.sort(compiled.compare);
  const results = views.map((view) => view.issue);
  // Inside a transaction that may roll back, change marks can be handed out again for other changes.
  if (key !== null && !use.now && !site.store.db.inTransaction) {
    remember(cache, key, { issueMark, propertyMark: use.properties ? propertyMark : null, results });
  }
  return [...results];
}

/** The full issues (with ADF) for a page of search results. */
export function loadIssues(site: Site, page: IssueSummary[]): IssueRecord[] {
  return page.map((summary) => site.store.issues.find(summary.id)).filter((issue): issue is IssueRecord => issue !== undefined);
}
