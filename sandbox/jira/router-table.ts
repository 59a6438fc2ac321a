/** Every route the emulator serves. */
import type { RouteHandler } from './http/route-context';
import { Router } from './http/router';
import { activityRoutes } from './routes/activity';
import { agileRoutes } from './routes/agile';
import { fieldRoutes } from './routes/fields';
import { issueRoutes } from './routes/issues';
import { peopleRoutes } from './routes/people';
import { permissionHolderRoutes } from './routes/permission-holders';
import { propertyRoutes } from './routes/properties';
import { searchRoutes } from './routes/search';
import { transitionRoutes } from './routes/transitions';

export function buildRouter(): Router<RouteHandler> {
  const router = new Router<RouteHandler>();
  for (const group of [issueRoutes, searchRoutes, propertyRoutes, activityRoutes, transitionRoutes, peopleRoutes, permissionHolderRoutes, agileRoutes, fieldRoutes]) {
    for (const [method, template, handler] of group) router.add(method, template, handler);
  }
  return router;
}
