/**
 * The fewest Jira requests a project snapshot can make, as the issue states it: the search pages, one bulk
 * changelog request per 1,000 issues, the worklog reads and the version read; and the emulator's request
 * counts grouped the same way, so what a run spends beyond the floor is named route by route.
 */
import type { IssueSearch, JiraPort } from '../../src/ports/jira';

/** Jira's largest search page when fields are named, and the bulk changelog's issues per request. */
export const SEARCH_PAGE = 100;
export const CHANGELOG_ISSUES = 1000;

export interface SnapshotFloor {
  searchPages: number;
  changelogRequests: number;
  worklogReads: number;
  versionReads: number;
  total: number;
}

/**
 * `worklogReads`: on a first run, one per issue with more worklogs than a search embeds (Jira shows 20;
 * the rest only come from the issue's own worklog list); on a later run the two change feeds (updated,
 * deleted) plus one /worklog/list per 1,000 changed worklogs.
 */
export function snapshotFloor(issues: number, worklogReads: number): SnapshotFloor {
  const searchPages = Math.max(1, Math.ceil(issues / SEARCH_PAGE));
  const changelogRequests = Math.ceil(issues / CHANGELOG_ISSUES);
  const versionReads = 1;
  return { searchPages, changelogRequests, worklogReads, versionReads, total: searchPages + changelogRequests + worklogReads + versionReads };
}

export const FLOOR_FORMULA = 'ceil(N/100) search pages + ceil(N/1000) bulk changelog requests + worklog reads (first run: one per issue with more than the 20 worklogs a search embeds; later runs: /worklog/updated + /worklog/deleted + ceil(changed/1000) /worklog/list) + 1 version list';

export interface RouteGroups {
  searches: number;
  changelogs: number;
  worklogReads: number;
  versionReads: number;
  /** The project's shape, read once a run: field list, boards, sprints, board configuration, statuses. */
  setup: number;
  writes: number;
  other: number;
}

export function groupRoutes(byRoute: Record<string, number>): RouteGroups {
  const groups: RouteGroups = { searches: 0, changelogs: 0, worklogReads: 0, versionReads: 0, setup: 0, writes: 0, other: 0 };
  for (const [route, n] of Object.entries(byRoute)) {
    if (/ \/rest\/api\/3\/search\/jql$/u.test(route)) groups.searches += n;
    else if (/\/changelog\/bulkfetch$/u.test(route)) groups.changelogs += n;
    else if (/^GET \/rest\/api\/3\/issue\/\{[^}]+\}\/worklog$|\/worklog\/(updated|deleted|list)$/u.test(route)) groups.worklogReads += n;
    else if (/^GET \/rest\/api\/3\/project\/\{[^}]+\}\/versions$/u.test(route)) groups.versionReads += n;
    else if (/^GET \/rest\/(api\/3\/field|api\/3\/status|agile\/1\.0\/board(\/\{boardId\}\/(sprint|configuration))?)$/u.test(route)) groups.setup += n;
    else if (/^(POST|PUT|DELETE) /u.test(route)) groups.writes += n;
    else groups.other += n;
  }
  return groups;
}

/** Why the snapshot searched: its own pages of the project, the next sprint's readiness, sign-off content. */
export type SearchPurpose = 'project pages' | 'next sprint readiness' | 'sign-off content' | 'other';

function purposeOf(search: IssueSearch): SearchPurpose {
  if (/^key in \(/u.test(search.jql)) return 'sign-off content';
  if (/ AND sprint = \d+/u.test(search.jql)) return 'next sprint readiness';
  if (/^project = "[^"]+" ORDER BY key ASC$/u.test(search.jql)) return 'project pages';
  return 'other';
}

/** The app's Jira client, counting search pages by purpose (the emulator counts one route for all). */
export function countingSearches(inner: JiraPort, pages: Partial<Record<SearchPurpose, number>>): JiraPort {
  const count = (search: IssueSearch) => void (pages[purposeOf(search)] = (pages[purposeOf(search)] ?? 0) + 1);
  return {
    ...inner,
    async searchIssues(search) {
      count(search);
      return inner.searchIssues(search);
    },
    async *searchAllIssues(search) {
      for await (const page of inner.searchAllIssues(search)) {
        count(search);
        yield page;
      }
    },
  };
}
