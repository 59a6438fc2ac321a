import { panelPayloads } from '../../contract/issue-panel';
import { fail, ok } from '../../contract/result';
import { approveWork, importCriteria, requestWorkChanges, saveCriteria, verify } from '../../app/issue-panel/panel-actions';
import { loadPanel } from '../../app/issue-panel/load-panel';
import type { PanelTarget } from '../../app/issue-panel/panel-deps';
import { userActionDeps } from '../deps';
import { defineResolver } from './define';
import type { TrustedContext } from './resolver-context';

/** The panel acts on the issue Jira embedded it in: from the context, never from the payload. */
function target(context: TrustedContext): PanelTarget | null {
  if (!context.accountId || !context.issue || !context.project) return null;
  return { accountId: context.accountId, issue: context.issue, project: context.project };
}

const NO_ISSUE = 'This panel works only on an issue, for a signed-in user.';

export const issuePanelResolvers = {
  getPanel: defineResolver({
    payload: panelPayloads.getPanel,
    async run(context) {
      const t = target(context);
      return t ? ok(await loadPanel(userActionDeps(), t)) : fail('invalid-payload', NO_ISSUE);
    },
  }),
  saveCriteria: defineResolver({
    payload: panelPayloads.saveCriteria,
    async run(context, payload) {
      const t = target(context);
      return t ? saveCriteria(userActionDeps(), t, payload) : fail('invalid-payload', NO_ISSUE);
    },
  }),
  importCriteria: defineResolver({
    payload: panelPayloads.importCriteria,
    async run(context, payload) {
      const t = target(context);
      return t ? importCriteria(userActionDeps(), t, payload) : fail('invalid-payload', NO_ISSUE);
    },
  }),
  verifyCriterion: defineResolver({
    payload: panelPayloads.verifyCriterion,
    async run(context, payload) {
      const t = target(context);
      return t ? verify(userActionDeps(), t, payload) : fail('invalid-payload', NO_ISSUE);
    },
  }),
  approve: defineResolver({
    payload: panelPayloads.approve,
    async run(context, payload) {
      const t = target(context);
      return t ? approveWork(userActionDeps(), t, payload) : fail('invalid-payload', NO_ISSUE);
    },
  }),
  requestChanges: defineResolver({
    payload: panelPayloads.requestChanges,
    async run(context, payload) {
      const t = target(context);
      return t ? requestWorkChanges(userActionDeps(), t, payload) : fail('invalid-payload', NO_ISSUE);
    },
  }),
};
