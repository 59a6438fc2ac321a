import type { z } from 'zod';
import { panelPayloads, type PanelView } from '../../contract/issue-panel';
import { fail, ok, type Result } from '../../contract/result';
import { signoffHistoryPage } from '../../app/signoff/history-page';
import { openPanel } from '../../app/signoff/open-panel';
import { approveWork, importCriteria, requestWorkChanges, saveCriteria, verify } from '../../app/signoff/panel-actions';
import type { PanelDeps, PanelTarget } from '../../app/signoff/panel-deps';
import { userActionDeps } from '../wiring';
import { defineResolver } from './define';
import type { TrustedContext } from './resolver-context';

/** The panel acts on the issue Jira embedded it in: from the context, never from the payload. */
function target(context: TrustedContext): PanelTarget | null {
  if (!context.accountId || !context.issue || !context.project) return null;
  return { accountId: context.accountId, issue: context.issue, project: context.project };
}

function onIssue<S extends z.ZodType, T = PanelView>(payload: S, action: (deps: PanelDeps, target: PanelTarget, payload: z.infer<S>) => Promise<Result<T>>) {
  return defineResolver({
    payload,
    async run(context, input) {
      const t = target(context);
      return t ? action(userActionDeps(), t, input) : fail('invalid-payload', 'This panel works only on an issue, for a signed-in user.');
    },
  });
}

export const issuePanelResolvers = {
  getPanel: onIssue(panelPayloads.getPanel, async (deps, t) => ok(await openPanel(deps, t))),
  saveCriteria: onIssue(panelPayloads.saveCriteria, saveCriteria),
  importCriteria: onIssue(panelPayloads.importCriteria, importCriteria),
  verifyCriterion: onIssue(panelPayloads.verifyCriterion, verify),
  approve: onIssue(panelPayloads.approve, approveWork),
  requestChanges: onIssue(panelPayloads.requestChanges, requestWorkChanges),
  getSignoffHistory: onIssue(panelPayloads.getSignoffHistory, async (deps, t, payload) => ok(await signoffHistoryPage(deps, t, payload.page))),
};
