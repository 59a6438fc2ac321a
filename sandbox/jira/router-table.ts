/** Every route the emulator serves. */
import type { RouteHandler } from './http/route-context';
import { Router } from './http/router';
import { activityRoutes } from './routes/activity';
import { agileRoutes } from './routes/agile';
import { changelogBulkRoutes } from './routes/changelog-bulk';
import { fieldRoutes } from './routes/fields';
import { issueRoutes } from './routes/issues';
import { peopleRoutes } from './routes/people';
import { permissionHolderRoutes } from './routes/permission-holders';
import { projectPropertyRoutes } from './routes/project-properties';
import { propertyRoutes } from './routes/properties';
import { searchRoutes } from './routes/search';
import { sprintRoutes } from './routes/sprints';
import { statusRoutes } from './routes/statuses';
import { transitionRoutes } from './routes/transitions';
import { versionRoutes } from './routes/versions';
import { worklogFeedRoutes } from './routes/worklog-feed';
import { worklogRoutes } from './routes/worklogs';

const GROUPS = [
  issueRoutes, searchRoutes, propertyRoutes, activityRoutes, worklogRoutes, worklogFeedRoutes, changelogBulkRoutes, transitionRoutes,
  peopleRoutes, permissionHolderRoutes, projectPropertyRoutes, versionRoutes, statusRoutes, agileRoutes, sprintRoutes, fieldRoutes,
];

/** Every route's method and path template (`/rest/api/3/issue/{issueIdOrKey}`), for tests that visit them all. */
export function routeTemplates(): Array<[string, string]> {
  return GROUPS.flatMap((group) => group.map(([method, template]): [string, string] => [method, template]));
}

export function buildRouter(): Router<RouteHandler> {
  const router = new Router<RouteHandler>();
  for (const group of GROUPS) {
    for (const [method, template, handler] of group) router.add(method, template, handler);
  }
  return router;
}
