import type { MilestonesView } from '../../contract/project-page';
import { localDateOf } from '../../domain/weeks';
import { browsableProject } from '../project-access';
import type { ProjectPageDeps, ProjectTarget } from '../raid/raid-deps';
import { loadSettings } from '../settings/load-settings';
import { trackRecordOf } from '../snapshot/milestone-models';
import { forecastHistoryKey, milestoneModels, modelKey } from '../snapshot/read-models';
import { snapshotStatus } from '../snapshot/snapshot-status';
import { loadModel } from '../snapshot/model-store';

/** The Milestones tab: versions with progress, forecasts, the forecasts kept week by week and their track record. */
export async function milestonesView(deps: ProjectPageDeps, target: ProjectTarget): Promise<MilestonesView> {
  await browsableProject(deps.userJira, target.project);
  const [status, stored, { settings }] = await Promise.all([
    snapshotStatus(deps.store, target.project.id),
    loadModel(deps.store, modelKey(milestoneModels, target.project.id)).catch(() => undefined),
    loadSettings(deps.store, target.project.id),
  ]);
  const model = stored?.value ?? { versions: [], basis: { weeksSampled: 0, unit: 'points' as const, trials: 0 } };
  const versions = await Promise.all(
    model.versions.map(async (v) => {
      const kept = (await loadModel(deps.store, forecastHistoryKey(target.project.id, v.id)).catch(() => undefined))?.value.forecasts ?? [];
      return { ...v, history: kept.map((f) => ({ week: f.week, p50: f.p50, p85: f.p85, p95: f.p95 })), trackRecord: trackRecordOf(kept, v.released, v.releaseDate) };
    }),
  );
  // The page's "today" comes from the app's clock in the project's time zone, not the viewer's machine.
  const today = localDateOf(deps.clock.now(), settings.projectManager.timeZone);
  return { status, versions, basis: model.basis, today: today.ok ? today.value : new Date(deps.clock.now()).toISOString().slice(0, 10) };
}
