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
  const properties = site.store.properties.byIssue();
  const records = new Map<string, IssueSummary>();
  const views: JqlIssueView[] = [];
  for (const issue of site.store.issues.listSummaries()) {
    if (!visible.has(issue.projectId) || (options.within && !options.within(issue))) continue;
    const view = issueView(issue, properties.get(issue.id) ?? {}, projects);
    if (!compiled.matches(view)) continue;
    records.set(view.id, issue);
    views.push(view);
  }
  views.sort((a, b) => compiled.compare(a, b));
  return views.map((view) => records.get(view.id)).filter((issue): issue is IssueSummary => issue !== undefined);
}

/** The full issues (with ADF) for a page of search results. */
export function loadIssues(site: Site, page: IssueSummary[]): IssueRecord[] {
  return page.map((summary) => site.store.issues.find(summary.id)).filter((issue): issue is IssueRecord => issue !== undefined);
}
