import type { PanelView } from '../../contract/issue-panel';
import { storeIssueRecord } from './issue-record';
import { syncMirrors } from './mirrors';
import type { PanelDeps, PanelTarget } from './panel-deps';
import { readPanelState, shownHistory, type PanelState } from './panel-state';
import { presentPanel } from './panel-view';

/**
 * Opening the panel: read, then store what reading found out (an approval whose content changed is marked
 * stale here too, in case the update trigger has not run yet), then bring the mirrors in line, then show.
 */
export async function openPanel(deps: PanelDeps, target: PanelTarget): Promise<PanelView> {
  const state = await storeStaleMark(deps, target, await readPanelState(deps, target));
  await syncMirrors(deps, state);
  return presentPanel(deps, target, state);
}

/** Writes a stale mark found while reading; when someone wrote in between, shows their version instead. */
async function storeStaleMark(deps: PanelDeps, target: PanelTarget, state: PanelState): Promise<PanelState> {
  if (!state.unsavedStale) return state;
  const saved = await storeIssueRecord(deps.store, target.issue.id, target.project.id, state.record, state.version, deps.clock.now());
  return saved.ok ? { ...state, record: saved.record, version: saved.version, unsavedStale: false, ...(await shownHistory(deps, target, saved.record)) } : readPanelState(deps, target);
}
