/**
 * The weekly client report from the project snapshot's read models: hours per person-week and per epic,
 * every sprint's scope ledger, the RAID register's changes of the period, the detected risks first found in
 * it, milestone forecasts and next-sprint readiness. The project page and the command line both build it
 * here; the command line has no access to the app's storage, so it says the RAID changes are not included.
 */
import { fail, type Result } from '../../contract/result';
import { DETECTOR_IDS, type DetectorId, type Signal } from '../../domain/detections';
import type { RaidHistoryEntry, RaidItem, Scale } from '../../domain/raid';
import { buildWeeklyReport, type EpicHoursInput, type MilestoneInput, type ReadinessInput, type ReportRange, type ReportSprintInput, type WeeklyReport } from '../../domain/report';
import { isoWeek, isoWeekOf, weekInstants } from '../../domain/weeks';
import type { RecordStore } from '../../ports/store';
import { allRaidItems } from '../raid/raid-view';
import { raidItemKey } from '../raid/raid-records';
import { historyPage } from '../raid/raid-history-store';
import { loadSettings } from '../settings/load-settings';
import { detectionModels, hoursModels, ledgerKey, milestoneModels, modelKey, readinessSummaryModels, reportPartModels, scopeModels, type DetectedSignal } from '../snapshot/read-models';
import { loadModel } from '../snapshot/model-store';

export interface ReportSource {
  store: RecordStore;
  /** Display names of Jira accounts (unknown ones are left out). */
  names: (accountIds: string[]) => Promise<ReadonlyMap<string, string>>;
  nowMs: number;
  /** Whether the register's history is in `store` (the app's storage) or why it is not. */
  raid: { included: true } | { included: false; reason: string };
}

/** A report of one ISO week ("2026-W48"), of the last complete week, or of the project's whole history. */
export type ReportPeriod = { week: string } | 'last-week' | 'all';

const isScale = (n: number): n is Scale => Number.isInteger(n) && n >= 1 && n <= 5;
const isDetector = (id: string): id is DetectorId => (DETECTOR_IDS as readonly string[]).includes(id);

function asSignal(stored: DetectedSignal): Signal | null {
  const { detector, proposedLikelihood: likelihood, proposedImpact: impact } = stored;
  if (!isDetector(detector) || !isScale(likelihood) || !isScale(impact)) return null;
  return { detector, signalKey: stored.signalKey, title: stored.title, explanation: stored.explanation, evidence: stored.evidence, proposedLikelihood: likelihood, proposedImpact: impact };
}

async function sprintsOf(store: RecordStore, projectId: string, nowMs: number): Promise<ReportSprintInput[]> {
  const summaries = (await loadModel(store, modelKey(scopeModels, projectId)))?.value.sprints ?? [];
  const sprints: ReportSprintInput[] = [];
  for (const summary of summaries) {
    const ledger = (await loadModel(store, ledgerKey(projectId, summary.id)))?.value;
    if (!ledger || ledger.startDate === null) continue;
    const keys = (tickets: ReadonlyArray<{ key: string }>) => tickets.map((t) => t.key);
    sprints.push({
      sprint: {
        id: ledger.id,
        name: ledger.name,
        state: ledger.state,
        startMs: Date.parse(ledger.startDate),
        completionMs: ledger.state === 'active' || ledger.completeDate === null ? nowMs : Date.parse(ledger.completeDate),
        completionIsNow: ledger.state === 'active',
      },
      goal: summary.goal,
      estimateMode: ledger.estimate === 'points' ? 'field' : 'issueCount',
      committed: keys(ledger.committed),
      added: keys(ledger.added),
      removed: keys(ledger.removed),
      completed: keys(ledger.completed),
      notCompleted: keys(ledger.notCompleted),
      points: ledger.points,
    });
  }
  return sprints;
}

/** History entries of the period: only items changed since it began can hold one, newest pages first. */
async function raidChanges(store: RecordStore, projectId: string, items: readonly RaidItem[], sinceMs: number | null): Promise<RaidHistoryEntry[]> {
  const entries: RaidHistoryEntry[] = [];
  for (const item of items) {
    if (sinceMs !== null && Date.parse(item.updatedAt) < sinceMs) continue;
    const stored = (await store.load(raidItemKey(projectId, item.id)))?.value;
    if (!stored) continue;
    for (let page = 0; page < stored.history.pages; page += 1) {
      const found = await historyPage(store, projectId, item.id, stored.history, page);
      entries.push(...found);
      if (sinceMs !== null && found.every((e) => Date.parse(e.at) < sinceMs)) break;
    }
  }
  return entries;
}

export async function weeklyReport(source: ReportSource, project: { id: string; key: string; name: string }, period: ReportPeriod): Promise<Result<WeeklyReport>> {
  const { store, nowMs } = source;
  const { settings } = await loadSettings(store, project.id);
  const zone = settings.projectManager.timeZone;
  let range: ReportRange = 'all';
  if (period !== 'all') {
    const week = period === 'last-week' ? isoWeekOf(nowMs - 7 * 86_400_000, zone) : isoWeek(period.week);
    if (!week.ok) return fail('invalid-payload', week.error.message);
    range = { from: week.value.week, to: week.value.week };
  }
  const bounds = range === 'all' ? null : weekInstants(range.from, zone);
  if (bounds !== null && !bounds.ok) return fail('invalid-payload', bounds.error.message);
  const window = bounds?.ok ? bounds.value : null;

  const [hours, parts, milestones, readiness, detections] = await Promise.all([
    loadModel(store, modelKey(hoursModels, project.id)),
    loadModel(store, modelKey(reportPartModels, project.id)),
    loadModel(store, modelKey(milestoneModels, project.id)),
    loadModel(store, modelKey(readinessSummaryModels, project.id)),
    loadModel(store, modelKey(detectionModels, project.id)),
  ]);
  if (!hours) return fail('not-found', `There is no snapshot of ${project.key} yet: refresh the project page (or wait for the hourly one), then ask again.`);

  const tickets = parts?.value.ticketsByPersonWeek ?? {};
  const rows = hours.value.rows.map((r) => ({ week: r.week, accountId: r.accountId, seconds: r.seconds, issueKeys: tickets[`${r.week}|${r.accountId}`] ?? [] }));
  const epics: EpicHoursInput[] = range === 'all' ? (parts?.value.epicsAll ?? []) : (parts?.value.epicsByWeek[range.from] ?? []);
  const unit = milestones?.value.basis.unit ?? 'points';
  const milestoneInputs: MilestoneInput[] = (milestones?.value.versions ?? []).map((v) => ({
    id: v.id,
    name: v.name,
    releaseDate: v.releaseDate,
    progress: unit === 'points' ? { done: v.progress.pointsDone, total: v.progress.pointsTotal } : { done: v.progress.issuesDone, total: v.progress.issuesTotal },
    forecast: v.forecast,
  }));
  const next = readiness?.value;
  const readinessInput: ReadinessInput | null =
    next?.sprint && next.summary ? { sprint: { id: next.sprint.id, name: next.sprint.name, startDate: next.sprint.startDate ? next.sprint.startDate.slice(0, 10) : null }, summary: next.summary } : null;
  const newRisks = (detections?.value.signals ?? [])
    .filter((s) => window === null || (s.firstSeenAt !== undefined && Date.parse(s.firstSeenAt) >= window.startMs && Date.parse(s.firstSeenAt) < window.endMs))
    .flatMap((s) => asSignal(s) ?? []);

  let raid: { entries: RaidHistoryEntry[]; items: RaidItem[] } | null = null;
  if (source.raid.included) {
    const items = await allRaidItems(store, project.id);
    raid = { items, entries: await raidChanges(store, project.id, items, window?.startMs ?? null) };
  }
  const ids = new Set([...rows.map((r) => r.accountId), ...(raid?.entries.map((e) => e.by) ?? [])]);
  const people = await source.names([...ids]);

  const built = buildWeeklyReport({
    project: { key: project.key, name: project.name },
    range,
    generatedAt: new Date(nowMs).toISOString(),
    timeZone: zone,
    people,
    hoursByPersonWeek: rows,
    hoursByEpic: epics,
    epicNames: new Map(Object.entries(parts?.value.epicNames ?? {})),
    sprints: await sprintsOf(store, project.id, nowMs),
    raid,
    ...(source.raid.included ? {} : { raidUnavailableReason: source.raid.reason }),
    newRisks,
    milestones: milestoneInputs,
    readiness: readinessInput,
  });
  return built.ok ? { ok: true, data: built.value } : fail('invalid-payload', built.error.message);
}
