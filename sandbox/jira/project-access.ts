/** Finding a project the caller may see. */
import type { RouteContext } from './http/route-context';
import { notFound } from './http/jira-error';
import type { ProjectRecord } from './store';

/** Jira answers the same 404 whether the project is missing or hidden, so nothing leaks. */
export function browsableProject(ctx: RouteContext, idOrKey: string | number | undefined): ProjectRecord {
  const project = idOrKey === undefined || idOrKey === '' ? undefined : ctx.site.store.directory.project(idOrKey);
  if (!project || !ctx.site.permissions.canBrowse(ctx.actor, project.id)) {
    throw notFound(`No project could be found with key '${String(idOrKey ?? '')}'.`);
  }
  return project;
}
