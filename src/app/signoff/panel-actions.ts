import type { PanelRequests, PanelView } from '../../contract/issue-panel';
import { fail, ok, type Result } from '../../contract/result';
import {
  addCriterion,
  appendNewCriteria,
  canonicalText,
  criteriaSummary,
  criteriaWithinBudget,
  editCriterionText,
  importCriteriaFromDescription,
  moveCriterion,
  removeCriterion,
  replaceAllCriteria,
  verifyCriterion,
  type IssueCriteria,
} from '../../domain/criteria';
import { criteriaTexts, withCurrentContent, type IssueRecord } from '../../domain/issue-record';
import { approve, requestChanges } from '../../domain/signoff';
import { commentDecision, pendingComment } from './decision-comments';
import { storeIssueRecord } from './issue-record';
import { syncMirrors } from './mirrors';
import type { PanelDeps, PanelTarget } from './panel-deps';
import { readPanelState, shownHistory, type PanelState } from './panel-state';
import { presentPanel } from './panel-view';

type Change = { ok: true; record: IssueRecord } | { ok: false; code: 'forbidden' | 'invalid-state' | 'limit-exceeded' | 'invalid-payload' | 'conflict'; message: string };

const CONFLICT_MESSAGE = 'Someone else changed these acceptance criteria while you were editing. The panel now shows their version.';

/**
 * Every action: read the current state, refuse when the caller's version is not the stored one (the
 * later editor is told, nothing is overwritten), apply the domain change, write it conditionally (with any
 * stale mark the content calls for), bring the mirrors in line, and answer the whole refreshed view.
 */
async function mutate(
  deps: PanelDeps,
  target: PanelTarget,
  expectedVersion: number | null,
  change: (state: PanelState) => Change,
  afterWrite?: (state: PanelState, before: PanelState) => Promise<PanelState>,
): Promise<Result<PanelView>> {
  const state = await readPanelState(deps, target);
  if (state.version !== expectedVersion) return fail('conflict', CONFLICT_MESSAGE, await presentPanel(deps, target, state));
  const changed = change(state);
  if (!changed.ok) {
    return fail(changed.code, changed.message, changed.code === 'conflict' ? await presentPanel(deps, target, state) : undefined);
  }
  const now = deps.clock.now();
  // The approved content moved (criteria edited by this action): the approval becomes stale in the same write.
  const { record, hash } = withCurrentContent(changed.record, state.issue.fields.description ?? null, { at: new Date(now).toISOString(), by: target.accountId });
  const budget = criteriaWithinBudget(criteriaTexts(record));
  if (!budget.ok) return fail('limit-exceeded', budget.error.message);
  const saved = await storeIssueRecord(deps.store, target.issue.id, target.project.id, record, state.version, now);
  if (!saved.ok) {
    const fresh = await readPanelState(deps, target);
    return fail('conflict', CONFLICT_MESSAGE, await presentPanel(deps, target, fresh));
  }
  const written: PanelState = { ...state, record: saved.record, version: saved.version, unsavedStale: false, hash };
  // A step after the write (the decision comment) may write again: present what is stored then.
  const after = afterWrite ? await afterWrite(written, state) : written;
  const next: PanelState = { ...after, ...(await shownHistory(deps, target, after.record)) };
  await syncMirrors(deps, next);
  return ok(await presentPanel(deps, target, next));
}

const needEdit = (state: PanelState): Change | null =>
  state.canEdit ? null : { ok: false, code: 'forbidden', message: 'Changing acceptance criteria needs the Edit issues permission in this project.' };
const needSignOff = (state: PanelState): Change | null =>
  state.canSignOff ? null : { ok: false, code: 'forbidden', message: 'Signing off needs the "Sign off work results" permission in this project.' };

function fromDomain(result: { ok: true; value: IssueCriteria } | { ok: false; error: { code: string; message: string } }, record: IssueRecord): Change {
  if (result.ok) return { ok: true, record: { ...record, criteria: { criteria: result.value.criteria } } };
  const code = result.error.code === 'too_many_criteria' || result.error.code.includes('too_long') ? 'limit-exceeded' : 'invalid-payload';
  return { ok: false, code, message: result.error.message };
}

/** Makes the stored list equal to the submitted one: edits keep ids (and verification when the meaning is the same). */
function applyList(current: IssueCriteria, submitted: ReadonlyArray<{ id?: string; text: string }>, newId: () => string) {
  let next: IssueCriteria = { criteria: current.criteria };
  const known = new Map(current.criteria.map((c) => [c.id, c]));
  const keep = new Set(submitted.map((s) => s.id).filter((id): id is string => id !== undefined && known.has(id)));
  for (const c of current.criteria) {
    if (keep.has(c.id)) continue;
    const removed = removeCriterion(next, c.id);
    if (!removed.ok) return removed;
    next = removed.value;
  }
  const order: string[] = [];
  for (const item of submitted) {
    const existing = item.id !== undefined ? known.get(item.id) : undefined;
    if (existing && !order.includes(existing.id)) {
      if (canonicalText(existing.text) !== canonicalText(item.text) || existing.text !== item.text) {
        const edited = editCriterionText(next, existing.id, item.text);
        if (!edited.ok) return edited;
        next = edited.value;
      }
      order.push(existing.id);
    } else {
      const id = newId();
      const added = addCriterion(next, { id, text: item.text });
      if (!added.ok) return added;
      next = added.value;
      order.push(id);
    }
  }
  for (const [index, id] of order.entries()) {
    const moved = moveCriterion(next, id, index);
    if (!moved.ok) return moved;
    next = moved.value;
  }
  return { ok: true as const, value: next };
}

export function saveCriteria(deps: PanelDeps, target: PanelTarget, payload: PanelRequests['saveCriteria']) {
  return mutate(deps, target, payload.version, (state) => needEdit(state) ?? fromDomain(applyList(state.record.criteria, payload.criteria, deps.newId), state.record));
}

export function importCriteria(deps: PanelDeps, target: PanelTarget, payload: PanelRequests['importCriteria']) {
  return mutate(deps, target, payload.version, (state) => {
    const denied = needEdit(state);
    if (denied) return denied;
    const texts = importCriteriaFromDescription(state.issue.fields.description ?? null).criteria.map((c) => c.text);
    if (texts.length === 0) return { ok: false, code: 'invalid-state', message: 'The description has no acceptance criteria section to import from.' };
    const result = payload.mode === 'replace' ? replaceAllCriteria(state.record.criteria, texts, deps.newId) : appendNewCriteria(state.record.criteria, texts, deps.newId);
    return fromDomain(result, state.record);
  });
}

export function verify(deps: PanelDeps, target: PanelTarget, payload: PanelRequests['verifyCriterion']) {
  return mutate(deps, target, payload.version, (state) => {
    const denied = needEdit(state);
    if (denied) return denied;
    const at = new Date(deps.clock.now()).toISOString();
    return fromDomain(verifyCriterion(state.record.criteria, payload.criterionId, { state: payload.state, by: target.accountId, at }), state.record);
  });
}

function decide(deps: PanelDeps, target: PanelTarget, version: number | null, expectedHash: string, decision: 'approved' | 'changes_requested', feedback?: string) {
  return mutate(
    deps,
    target,
    version,
    (state) => {
      const denied = needSignOff(state);
      if (denied) return denied;
      if (state.hash !== expectedHash) {
        return { ok: false, code: 'conflict', message: 'The criteria or the description changed since you opened the panel. Review the current version before deciding.' };
      }
      if (decision === 'approved' && state.record.criteria.criteria.length === 0) {
        return { ok: false, code: 'invalid-state', message: 'Add acceptance criteria before approving: an approval is bound to them.' };
      }
      const input = { by: target.accountId, at: new Date(deps.clock.now()).toISOString(), hash: state.hash };
      const result = decision === 'approved' ? approve(state.record.signoff, input) : requestChanges(state.record.signoff, { ...input, feedback: feedback ?? '' });
      if (!result.ok) return { ok: false, code: result.error.code === 'feedback_too_long' ? 'limit-exceeded' : 'invalid-state', message: result.error.message };
      const entry = result.value.history.at(-1)!;
      // The comment is owed in the same write as the decision, so it is retried until written, never lost.
      const summary = criteriaSummary(state.record.criteria);
      const owed = state.settings.commentOnDecision ? [pendingComment(entry, { total: summary.count, passed: summary.passed, failed: summary.failed })] : [];
      return { ok: true, record: { ...state.record, signoff: result.value, pendingComments: [...(state.record.pendingComments ?? []), ...owed] } };
    },
    async (state) => {
      const entry = state.record.signoff.history.at(-1);
      const owed = entry ? state.record.pendingComments?.find((p) => p.at === entry.at) : undefined;
      if (!entry || !owed?.criteria) return state;
      // The decision is already recorded; a comment Jira refuses must not undo it (it is queued for a retry).
      const after = await commentDecision({ ...deps, comments: deps.comments }, target, entry, state.issue.fields.assignee, owed.criteria);
      return after && after.version !== null ? { ...state, record: after.record, version: after.version } : state;
    },
  );
}

export function approveWork(deps: PanelDeps, target: PanelTarget, payload: PanelRequests['approve']) {
  return decide(deps, target, payload.version, payload.contentHash, 'approved');
}

export function requestWorkChanges(deps: PanelDeps, target: PanelTarget, payload: PanelRequests['requestChanges']) {
  return decide(deps, target, payload.version, payload.contentHash, 'changes_requested', payload.feedback);
}
