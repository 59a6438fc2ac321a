import type { DetectedRiskView, RaidItemView, RaidView } from '../../contract/project-page';
import type { PersonView } from '../../contract/issue-panel';
import { assumptionOverdue, exposure, exposureOverTime, heatMap, itemLabel, MAX_ITEMS_PER_PROJECT, reviewOverdue, riskMovement, type RaidItem } from '../../domain/raid';
import { localDateOf } from '../../domain/weeks';
import type { JiraUser } from '../../ports/jira';
import type { RecordStore } from '../../ports/store';
import { browsableProject } from '../project-access';
import { loadSettings } from '../settings/load-settings';
import { detectionModels, modelKey, raidSnapshotModels, type DetectedSignal } from '../snapshot/read-models';
import { snapshotStatus } from '../snapshot/snapshot-status';
import type { ProjectPageDeps, ProjectTarget } from './raid-deps';
import { raidEditAccess } from './raid-permissions';
import { raidItems, raidRegisterKey } from './raid-records';
import { loadModel } from '../snapshot/model-store';

/** Every item of a project's register (at most 1,000, 50 a page); unreadable ones are logged and left out. */
export async function allRaidItems(store: RecordStore, projectId: string): Promise<RaidItem[]> {
  const items: RaidItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(raidItems, projectId, cursor);
    items.push(...page.records.map((r) => r.record.value.item));
    for (const unreadable of page.unreadable) console.warn(unreadable.message);
    cursor = page.nextCursor;
  } while (cursor);
  return items.sort((a, b) => a.kind.localeCompare(b.kind) || a.number - b.number);
}

/** The signals the last snapshot found, or none before the first snapshot. */
export async function detectedSignals(store: RecordStore, projectId: string): Promise<DetectedSignal[]> {
  return (await loadModel(store, modelKey(detectionModels, projectId)))?.value.signals ?? [];
}

/**
 * The RAID tab: the live register, its heat maps and exposure over the weekly snapshots, and the detected
 * risks with what already tracks them. Read as the user: someone who cannot browse the project gets not-found.
 * `afterChange`: the user has just changed the register in this invocation, which Jira allowed (browse and edit
 * were checked for it); the view then asks Jira only for names, so a Jira that turns busy right after a saved
 * change cannot make the page say that nothing was changed.
 */
export async function raidView(deps: ProjectPageDeps, target: ProjectTarget, options: { afterChange?: boolean } = {}): Promise<RaidView> {
  if (!options.afterChange) await browsableProject(deps.userJira, target.project);
  const [{ settings }, items, signals, snapshots, status, register] = await Promise.all([
    loadSettings(deps.store, target.project.id),
    allRaidItems(deps.store, target.project.id),
    detectedSignals(deps.store, target.project.id),
    loadModel(deps.store, modelKey(raidSnapshotModels, target.project.id)),
    snapshotStatus(deps.store, target.project.id),
    deps.store.load(raidRegisterKey(target.project.id)),
  ]);
  const access = options.afterChange ? { canEdit: true, reason: null } : await raidEditAccess(deps.userJira, target.project.key, settings.projectManager.raidEditors);
  const today = localDateOf(deps.clock.now(), settings.projectManager.timeZone);
  const day = today.ok ? today.value : new Date(deps.clock.now()).toISOString().slice(0, 10);
  const weeks = snapshots?.value.weeks ?? [];
  const previous = weeks.length >= 2 ? weeks[weeks.length - 2]! : null;
  const latest = weeks.at(-1) ?? null;
  const moves = new Map(latest ? riskMovement(previous, latest).map((m) => [m.id, m.movement]) : []);
  const firing = new Set(signals.map((s) => s.signalKey));
  const ids = new Set<string>();
  for (const item of items) {
    for (const id of [item.owner, item.createdBy, item.updatedBy, item.kind === 'decision' ? item.decidedBy : null]) if (id) ids.add(id);
  }
  const users = ids.size > 0 ? await deps.userJira.getUsers([...ids]).catch((): JiraUser[] => []) : [];
  const people: PersonView[] = [...ids].map((id) => ({ accountId: id, displayName: users.find((u) => u.accountId === id)?.displayName ?? 'Former user' }));
  const person = (id: string | null) => (id ? (people.find((p) => p.accountId === id) ?? null) : null);
  const view = (item: RaidItem): RaidItemView => ({
    item,
    label: itemLabel(item),
    owner: person(item.owner),
    overdue: reviewOverdue(item, day) || assumptionOverdue(item, day),
    signalCleared: item.detector !== undefined && item.status !== 'closed' && !firing.has(item.detector.signalKey),
    movement: moves.get(item.id) ?? null,
  });
  const tracked = new Map(items.filter((i) => i.detector).map((i) => [i.detector!.signalKey, itemLabel(i)]));
  const detected: DetectedRiskView[] = signals.map((s) => ({ ...s, trackedBy: tracked.get(s.signalKey) ?? null }));
  const now = exposure(items);
  return {
    status,
    items: items.map(view),
    heatMap: { inherent: heatMap(items, 'inherent'), residual: heatMap(items, 'residual') },
    exposure: { inherent: now.inherent, residual: now.residual, overTime: exposureOverTime(weeks).map((p) => ({ week: p.week, exposure: p.exposure, residualExposure: p.residualExposure })) },
    detected,
    canEdit: access.canEdit,
    readOnlyReason: access.reason,
    limits: { maxItems: MAX_ITEMS_PER_PROJECT, itemCount: register?.value.count ?? items.length },
    people,
    today: day,
  };
}
