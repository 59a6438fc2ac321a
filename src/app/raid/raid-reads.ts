import type { RaidItemHistoryView } from '../../contract/project-page';
import { raidCsv } from '../../domain/raid';
import type { JiraUser } from '../../ports/jira';
import { browsableProject } from '../project-access';
import type { ProjectPageDeps, ProjectTarget } from './raid-deps';
import { historyPage } from './raid-history-store';
import { raidItemKey } from './raid-records';
import { allRaidItems } from './raid-view';

/** One page of an item's history (page 0 the newest), with who made each change. */
export async function raidItemHistory(deps: ProjectPageDeps, target: ProjectTarget, itemId: string, page: number): Promise<RaidItemHistoryView | null> {
  await browsableProject(deps.userJira, target.project);
  const stored = await deps.store.load(raidItemKey(target.project.id, itemId));
  if (!stored) return null;
  const entries = await historyPage(deps.store, target.project.id, itemId, stored.value.history, page);
  const ids = [...new Set(entries.map((e) => e.by))];
  const users = ids.length > 0 ? await deps.userJira.getUsers(ids).catch((): JiraUser[] => []) : [];
  const name = (id: string) => users.find((u) => u.accountId === id)?.displayName ?? 'Former user';
  return { itemId, page, pages: stored.value.history.pages, entries: entries.map((e) => ({ ...e, byName: name(e.by) })) };
}

/** The register as CSV (the domain's one CSV rule: RFC 4180, formula-looking cells defused), named for the project and day. */
export async function raidCsvExport(deps: ProjectPageDeps, target: ProjectTarget): Promise<{ fileName: string; csv: string }> {
  await browsableProject(deps.userJira, target.project);
  const items = await allRaidItems(deps.store, target.project.id);
  const ids = [...new Set(items.flatMap((i) => [i.owner, i.kind === 'decision' ? i.decidedBy : null]).filter((id): id is string => id !== null))];
  const users = ids.length > 0 ? await deps.userJira.getUsers(ids).catch((): JiraUser[] => []) : [];
  const names = new Map(users.map((u) => [u.accountId, u.displayName ?? u.accountId]));
  const day = new Date(deps.clock.now()).toISOString().slice(0, 10);
  return { fileName: `${target.project.key}-raid-${day}.csv`, csv: raidCsv(items, names) };
}
