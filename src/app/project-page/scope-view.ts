import type { ScopeView } from '../../contract/project-page';
import { browsableProject } from '../project-access';
import type { ProjectPageDeps, ProjectTarget } from '../raid/raid-deps';
import { ledgerKey, modelKey, scopeModels } from '../snapshot/read-models';
import { snapshotStatus } from '../snapshot/snapshot-status';

/** Sprints a page of the Scope tab lists (and charts). */
export const SPRINTS_PER_PAGE = 8;

/**
 * The Scope tab: one page of the project's active and closed sprints (newest first) and the ledger of the chosen
 * sprint (the active one by default), from the last snapshot.
 */
export async function scopeView(deps: ProjectPageDeps, target: ProjectTarget, options: { sprintId?: number; page?: number }): Promise<ScopeView> {
  await browsableProject(deps.userJira, target.project);
  const [status, stored] = await Promise.all([snapshotStatus(deps.store, target.project.id), deps.store.load(modelKey(scopeModels, target.project.id)).catch(() => undefined)]);
  const all = stored?.value.sprints ?? [];
  const pages = Math.max(1, Math.ceil(all.length / SPRINTS_PER_PAGE));
  const page = Math.min(Math.max(0, options.page ?? 0), pages - 1);
  const chosen = options.sprintId ?? all.find((s) => s.state === 'active')?.id ?? all[0]?.id;
  const ledger = chosen === undefined ? null : ((await deps.store.load(ledgerKey(target.project.id, chosen)).catch(() => undefined))?.value ?? null);
  return { status, sprints: all.slice(page * SPRINTS_PER_PAGE, (page + 1) * SPRINTS_PER_PAGE), page, pages, ledger };
}
