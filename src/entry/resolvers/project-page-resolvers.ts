import type { z } from 'zod';
import { projectPagePayloads, type ProjectPageAnswers } from '../../contract/project-page';
import { fail, ok, type Result } from '../../contract/result';
import { requestJobRun } from '../../app/jobs/run-project-job';
import { hoursView } from '../../app/project-page/hours-view';
import { milestonesView } from '../../app/project-page/milestones-view';
import { overviewView } from '../../app/project-page/overview-view';
import { scopeView } from '../../app/project-page/scope-view';
import { weeklyReportView } from '../../app/project-page/weekly-report-view';
import { browsableProject } from '../../app/project-access';
import { findPeople } from '../../app/raid/find-people';
import { createItem, promoteDetection, updateItem } from '../../app/raid/raid-actions';
import type { ProjectPageDeps, ProjectTarget } from '../../app/raid/raid-deps';
import { raidCsvExport, raidItemHistory } from '../../app/raid/raid-reads';
import { raidView } from '../../app/raid/raid-view';
import { projectSnapshotJob } from '../../app/snapshot/project-snapshot-job';
import { jobDeps, userActionDeps } from '../wiring';
import { defineResolver } from './define';
import type { TrustedContext } from './resolver-context';

type Key = keyof typeof projectPagePayloads;

/** A project page resolver: the project and the user from the context, never from the payload. */
function onProject<K extends Key>(key: K, run: (deps: ProjectPageDeps, target: ProjectTarget, payload: z.infer<(typeof projectPagePayloads)[K]>) => Promise<Result<ProjectPageAnswers[K]>>) {
  return defineResolver({
    subject: 'project',
    payload: projectPagePayloads[key],
    async run(context: TrustedContext, payload) {
      if (!context.project || !context.accountId) return fail('invalid-payload', 'This page works only inside a project, for a signed-in user.');
      return run(userActionDeps(), { accountId: context.accountId, project: context.project }, payload as z.infer<(typeof projectPagePayloads)[K]>);
    },
  });
}

/** A change to the register answers the whole refreshed register (one round trip), or the refusal. */
async function thenRaid(deps: ProjectPageDeps, target: ProjectTarget, outcome: Result<{ itemId: string }>): Promise<Result<ProjectPageAnswers['getRaid']>> {
  if (!outcome.ok) {
    // A conflict carries the current register, so the page shows the other person's version.
    return outcome.error.code === 'conflict' ? fail('conflict', outcome.error.message, await raidView(deps, target)) : outcome;
  }
  return ok(await raidView(deps, target, { afterChange: true }));
}

export const projectPageResolvers = {
  getOverview: onProject('getOverview', async (deps, t) => ok(await overviewView(deps, t))),
  getRaid: onProject('getRaid', async (deps, t) => ok(await raidView(deps, t))),
  getRaidHistory: onProject('getRaidHistory', async (deps, t, p) => {
    const page = await raidItemHistory(deps, t, p.itemId, p.page);
    return page ? ok(page) : fail('not-found', `There is no item ${p.itemId} in this project's RAID register.`);
  }),
  createRaidItem: onProject('createRaidItem', async (deps, t, p) => thenRaid(deps, t, await createItem(deps, t, p.item))),
  updateRaidItem: onProject('updateRaidItem', async (deps, t, p) => thenRaid(deps, t, await updateItem(deps, t, p.itemId, p.patch))),
  promoteDetection: onProject('promoteDetection', async (deps, t, p) => thenRaid(deps, t, await promoteDetection(deps, t, p.signalKey))),
  exportRaidCsv: onProject('exportRaidCsv', async (deps, t) => ok(await raidCsvExport(deps, t))),
  findPeople: onProject('findPeople', async (deps, t, p) => ok({ people: await findPeople(deps, t, p.query) })),
  getScope: onProject('getScope', async (deps, t, p) => ok(await scopeView(deps, t, p))),
  getHours: onProject('getHours', async (deps, t) => ok(await hoursView(deps, t))),
  getMilestones: onProject('getMilestones', async (deps, t) => ok(await milestonesView(deps, t))),
  getWeeklyReport: onProject('getWeeklyReport', async (deps, t, p) => weeklyReportView(deps, t, p.week)),
  refreshSnapshot: onProject('refreshSnapshot', async (deps, t) => {
    await browsableProject(deps.userJira, t.project);
    return ok({ status: await requestJobRun(jobDeps(), projectSnapshotJob, t.project) });
  }),
};
