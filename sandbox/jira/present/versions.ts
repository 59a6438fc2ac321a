/** Project versions as Jira's REST API shows them: the Version bean and the short form in `fixVersions`. */
import { statusCategoryOf } from '../model/workflow';
import type { VersionRecord } from '../store';
import type { Site } from './site';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2010-07-06` -> `6/Jul/2010`, the user-facing form Jira adds as userReleaseDate (OpenAPI example). */
export function userDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day ?? ''}/${MONTHS[(month ?? 1) - 1] ?? ''}/${year ?? ''}`;
}

/** Today on the sandbox clock, in the site's time zone (UTC). */
export function siteToday(site: Pick<Site, 'now'>): string {
  return site.now().toISOString().slice(0, 10);
}

/** Unreleased (and not archived) with a release date before today: what Jira flags as overdue. */
export function isOverdue(site: Pick<Site, 'now'>, version: VersionRecord): boolean {
  return !version.released && !version.archived && version.releaseDate !== null && version.releaseDate < siteToday(site);
}

export function versionUrl(site: Site, id: number): string {
  return `${site.baseUrl}/rest/api/3/version/${id}`;
}

/** Issues of the version by status category (`expand=issuesstatus`). */
function issuesStatus(site: Site, version: VersionRecord): Record<string, number> {
  const counts = { unmapped: 0, toDo: 0, inProgress: 0, done: 0 };
  for (const issue of site.store.issues.listSummaries()) {
    if (issue.projectId !== version.projectId || !issue.fixVersionIds.includes(version.id)) continue;
    const category = statusCategoryOf(issue.status);
    if (category === 'done') counts.done += 1;
    else if (category === 'indeterminate') counts.inProgress += 1;
    else counts.toDo += 1;
  }
  return counts;
}

/** The Version bean (GET /version/{id}, the project's version lists). */
export function versionJson(site: Site, version: VersionRecord, expand: ReadonlySet<string> = new Set()): Record<string, unknown> {
  return {
    self: versionUrl(site, version.id),
    id: String(version.id),
    description: version.description === '' ? undefined : version.description,
    name: version.name,
    archived: version.archived,
    released: version.released,
    startDate: version.startDate ?? undefined,
    releaseDate: version.releaseDate ?? undefined,
    overdue: isOverdue(site, version),
    userStartDate: version.startDate ? userDate(version.startDate) : undefined,
    userReleaseDate: version.releaseDate ? userDate(version.releaseDate) : undefined,
    projectId: version.projectId,
    issuesStatusForFixVersion: expand.has('issuesstatus') ? issuesStatus(site, version) : undefined,
  };
}

/** The short form embedded in an issue's `fixVersions`. */
export function fixVersionJson(site: Site, version: VersionRecord): Record<string, unknown> {
  return {
    self: versionUrl(site, version.id),
    id: String(version.id),
    description: version.description === '' ? undefined : version.description,
    name: version.name,
    archived: version.archived,
    released: version.released,
    releaseDate: version.releaseDate ?? undefined,
  };
}
