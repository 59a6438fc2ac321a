import type { EvidenceTicket, ScopeView, SprintLedgerView } from '../../contract/project-page';
import { browsableProject } from '../project-access';
import type { ProjectPageDeps, ProjectTarget } from '../raid/raid-deps';
import { ledgerKey, modelKey, scopeModels, type StoredEvidenceTicket, type StoredLedger } from '../snapshot/read-models';
import { namesOf } from './hours-view';
import { snapshotStatus } from '../snapshot/snapshot-status';
import { loadModel } from '../snapshot/model-store';

/** Sprints a page of the Scope tab lists (and charts). */
export const SPRINTS_PER_PAGE = 8;

/**
 * The Scope tab: one page of the project's active and closed sprints (newest first) and the ledger of the chosen
 * sprint (the active one by default), from the last snapshot.
 */
export async function scopeView(deps: ProjectPageDeps, target: ProjectTarget, options: { sprintId?: number; page?: number }): Promise<ScopeView> {
  await browsableProject(deps.userJira, target.project);
  const [status, stored] = await Promise.all([snapshotStatus(deps.store, target.project.id), loadModel(deps.store, modelKey(scopeModels, target.project.id)).catch(() => undefined)]);
  const all = stored?.value.sprints ?? [];
  const pages = Math.max(1, Math.ceil(all.length / SPRINTS_PER_PAGE));
  const page = Math.min(Math.max(0, options.page ?? 0), pages - 1);
  const chosen = options.sprintId ?? all.find((s) => s.state === 'active')?.id ?? all[0]?.id;
  const kept = chosen === undefined ? null : ((await loadModel(deps.store, ledgerKey(target.project.id, chosen)).catch(() => undefined))?.value ?? null);
  const ledger = kept ? await withNames(deps, kept) : null;
  return { status, sprints: all.slice(page * SPRINTS_PER_PAGE, (page + 1) * SPRINTS_PER_PAGE), page, pages, ledger };
}

/** The ledger as the tab shows it: the snapshot keeps who made each change by account id; the names are Jira's, now. */
async function withNames(deps: ProjectPageDeps, ledger: StoredLedger): Promise<SprintLedgerView> {
  const lists = [ledger.committed, ledger.added, ledger.removed, ledger.reEstimated, ledger.completed, ledger.notCompleted];
  const ids = lists.flatMap((tickets) => tickets.flatMap((t) => t.events.flatMap((e) => (e.by ? [e.by.accountId] : []))));
  const people = new Map((await namesOf(deps, ids)).map((p) => [p.accountId, p]));
  const named = <T extends StoredEvidenceTicket>(t: T): Omit<T, 'events'> & EvidenceTicket => ({
    ...t,
    events: t.events.map((e) => ({ at: e.at, what: e.what, by: e.by ? (people.get(e.by.accountId) ?? { accountId: e.by.accountId, displayName: 'Former user' }) : null })),
  });
  return {
    ...ledger,
    committed: ledger.committed.map(named),
    added: ledger.added.map(named),
    removed: ledger.removed.map(named),
    reEstimated: ledger.reEstimated.map(named),
    completed: ledger.completed.map(named),
    notCompleted: ledger.notCompleted.map(named),
  };
}
