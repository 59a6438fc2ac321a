import { settingsPayloads } from '../../contract/project-settings';
import { fail, ok } from '../../contract/result';
import { sprintReadinessPayloads } from '../../contract/sprint-readiness';
import { sprintReadiness } from '../../app/readiness/sprint-readiness';
import { getSettings, saveSettings } from '../../app/settings/settings-actions';
import { userActionDeps } from '../wiring';
import { defineResolver } from './define';
import type { TrustedContext } from './resolver-context';

const NO_PROJECT = 'This page works only inside a project, for a signed-in user.';

/** The sprint action's own sprint comes from the context; the project page may pick one of its project's sprints. */
function sprintOf(context: TrustedContext, requested: number | undefined): number | undefined {
  return context.sprint?.id ?? requested;
}

export const projectResolvers = {
  getSprintReadiness: defineResolver({
    subject: 'project',
    payload: sprintReadinessPayloads.getSprintReadiness,
    async run(context, payload) {
      if (!context.project || !context.accountId) return fail('invalid-payload', NO_PROJECT);
      return ok(await sprintReadiness(userActionDeps(), context.project, { sprintId: sprintOf(context, payload.sprintId), store: false }));
    },
  }),
  checkSprintReadiness: defineResolver({
    subject: 'project',
    payload: sprintReadinessPayloads.checkSprintReadiness,
    async run(context, payload) {
      if (!context.project || !context.accountId) return fail('invalid-payload', NO_PROJECT);
      return ok(await sprintReadiness(userActionDeps(), context.project, { sprintId: sprintOf(context, payload.sprintId), store: true }));
    },
  }),
  getSettings: defineResolver({
    subject: 'project',
    payload: settingsPayloads.getSettings,
    async run(context) {
      if (!context.project || !context.accountId) return fail('invalid-payload', NO_PROJECT);
      return ok(await getSettings(userActionDeps(), context.project));
    },
  }),
  saveSettings: defineResolver({
    subject: 'project',
    payload: settingsPayloads.saveSettings,
    async run(context, payload) {
      if (!context.project || !context.accountId) return fail('invalid-payload', NO_PROJECT);
      return saveSettings(userActionDeps(), context.project, payload);
    },
  }),
};
