import type { OverviewView } from '../../contract/project-page';
import { isoWeekOf } from '../../domain/weeks';
import type { ProjectPageDeps, ProjectTarget } from '../raid/raid-deps';
import { raidView } from '../raid/raid-view';
import { loadSettings } from '../settings/load-settings';
import { hoursModels, ledgerKey, milestoneModels, modelKey, readinessSummaryModels, scopeModels } from '../snapshot/read-models';
import { budgetView } from './hours-view';
import { loadModel } from '../snapshot/model-store';

const TOP_RISKS = 5;
const TOP_DETECTED = 5;

/** The Overview: what a PM tells the client in one screen (top risks, scope churn, hours against budget, milestones). */
export async function overviewView(deps: ProjectPageDeps, target: ProjectTarget): Promise<OverviewView> {
  // raidView reads the project as the user first: someone who cannot browse it gets not-found here too.
  const [raid, project] = await Promise.all([raidView(deps, target), deps.userJira.getProject(target.project.key)]);
  const load = <T>(promise: Promise<{ value: T } | undefined>) => promise.then((r) => r?.value ?? null).catch(() => null);
  const [{ settings }, scope, hours, milestones, readiness] = await Promise.all([
    loadSettings(deps.store, target.project.id),
    load(loadModel(deps.store, modelKey(scopeModels, target.project.id))),
    load(loadModel(deps.store, modelKey(hoursModels, target.project.id))),
    load(loadModel(deps.store, modelKey(milestoneModels, target.project.id))),
    load(loadModel(deps.store, modelKey(readinessSummaryModels, target.project.id))),
  ]);
  const sprint = scope?.sprints.find((s) => s.state === 'active') ?? scope?.sprints[0] ?? null;
  const ledger = sprint ? await load(loadModel(deps.store, ledgerKey(target.project.id, sprint.id))) : null;
  const week = isoWeekOf(deps.clock.now() - 7 * 86_400_000, settings.projectManager.timeZone);
  const lastWeek = week.ok ? week.value.week : '';
  const risks = raid.items.filter((i) => i.item.kind === 'risk' && i.item.status !== 'closed').sort((a, b) => riskScore(b) - riskScore(a)).slice(0, TOP_RISKS);
  return {
    status: raid.status,
    project: { key: project.key, name: project.name },
    topRisks: risks,
    exposure: { inherent: raid.exposure.inherent, residual: raid.exposure.residual, trend: raid.exposure.overTime.map((p) => ({ week: p.week, exposure: p.exposure })) },
    scope: sprint ? { ...sprint, estimate: ledger?.estimate ?? 'points' } : null,
    hours: {
      lastWeek,
      lastWeekHours: Math.round((hours?.weeks.find((w) => w.week === lastWeek)?.seconds ?? 0) / 36) / 100,
      budget: hours ? budgetView(settings.projectManager.budget, hours, deps.clock.now()) : null,
    },
    milestones: (milestones?.versions ?? []).filter((v) => !v.released).map((v) => ({ id: v.id, name: v.name, releaseDate: v.releaseDate, atRisk: v.atRisk, progress: v.progress, p85: v.forecast?.p85?.date ?? null })),
    detected: raid.detected.slice(0, TOP_DETECTED),
    detectedCount: raid.detected.length,
    readiness: readiness ? { sprint: readiness.sprint?.name ?? null, ready: readiness.ready, notReady: readiness.notReady } : null,
  };
}

function riskScore(view: OverviewView['topRisks'][number]): number {
  return view.item.kind === 'risk' ? (view.item.residualScore ?? view.item.score) : 0;
}
