/**
 * What the user asked for, kept apart from the request that carries it: a change is rebuilt against
 * whatever view is current when it is sent, so that after a conflict "Reapply my change" lands on top of
 * the other person's version instead of overwriting it.
 */
import type { PanelPayloads, PanelResolverKey, PanelView, VerificationState } from '../../../../src/contract/issue-panel';

export type PanelChange =
  | { kind: 'add'; text: string }
  | { kind: 'edit'; criterionId: string; text: string }
  | { kind: 'delete'; criterionId: string }
  | { kind: 'move'; criterionId: string; toIndex: number }
  | { kind: 'verify'; criterionId: string; state: VerificationState }
  | { kind: 'import'; mode: 'append' | 'replace' }
  | { kind: 'approve' }
  | { kind: 'request-changes'; feedback: string };

/** The resolvers that change the record and answer the whole view (older history is read apart). */
type ViewResolverKey = Exclude<PanelResolverKey, 'getSignoffHistory'>;
export type PanelRequest = { [K in ViewResolverKey]: { key: K; payload: PanelPayloads[K] } }[ViewResolverKey];

export type RequestPlan = { kind: 'send'; request: PanelRequest } | { kind: 'nothing-to-do' } | { kind: 'impossible'; message: string };

type CriterionInput = PanelPayloads['saveCriteria']['criteria'][number];

const stored = (view: PanelView): CriterionInput[] => view.criteria.map((c) => ({ id: c.id, text: c.text }));

function save(view: PanelView, criteria: CriterionInput[]): RequestPlan {
  return { kind: 'send', request: { key: 'saveCriteria', payload: { version: view.version, criteria } } };
}

const gone = 'The criterion you changed was deleted by someone else, so your change cannot be applied.';

export function planRequest(change: PanelChange, view: PanelView): RequestPlan {
  const index = 'criterionId' in change ? view.criteria.findIndex((c) => c.id === change.criterionId) : -1;
  switch (change.kind) {
    case 'add':
      return save(view, [...stored(view), { text: change.text }]);
    case 'edit': {
      if (index < 0) return { kind: 'impossible', message: gone };
      if (view.criteria[index]?.text === change.text) return { kind: 'nothing-to-do' };
      return save(view, stored(view).map((c, i) => (i === index ? { ...c, text: change.text } : c)));
    }
    case 'delete':
      if (index < 0) return { kind: 'nothing-to-do' };
      return save(view, stored(view).filter((_, i) => i !== index));
    case 'move': {
      if (index < 0) return { kind: 'impossible', message: gone };
      const to = Math.max(0, Math.min(change.toIndex, view.criteria.length - 1));
      if (to === index) return { kind: 'nothing-to-do' };
      return save(view, moveItem(stored(view), index, to));
    }
    case 'verify':
      if (index < 0) return { kind: 'impossible', message: gone };
      if (view.criteria[index]?.verification.state === change.state) return { kind: 'nothing-to-do' };
      return {
        kind: 'send',
        request: { key: 'verifyCriterion', payload: { version: view.version, criterionId: change.criterionId, state: change.state } },
      };
    case 'import':
      return { kind: 'send', request: { key: 'importCriteria', payload: { version: view.version, mode: change.mode } } };
    case 'approve':
      return { kind: 'send', request: { key: 'approve', payload: { version: view.version, contentHash: view.contentHash } } };
    case 'request-changes':
      return {
        kind: 'send',
        request: { key: 'requestChanges', payload: { version: view.version, contentHash: view.contentHash, feedback: change.feedback } },
      };
  }
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item === undefined) return copy;
  copy.splice(to, 0, item);
  return copy;
}

/**
 * The view as it will look once the change is saved, shown while the request is on its way so that a
 * dragged row or a toggled state does not jump back. The server's answer replaces it.
 */
export function previewChange(view: PanelView, change: PanelChange): PanelView {
  const index = 'criterionId' in change ? view.criteria.findIndex((c) => c.id === change.criterionId) : -1;
  switch (change.kind) {
    case 'edit':
      if (index < 0) return view;
      return { ...view, criteria: view.criteria.map((c, i) => (i === index ? { ...c, text: change.text, steps: null } : c)) };
    case 'delete':
      return { ...view, criteria: view.criteria.filter((_, i) => i !== index) };
    case 'move':
      if (index < 0) return view;
      return { ...view, criteria: moveItem(view.criteria, index, Math.max(0, Math.min(change.toIndex, view.criteria.length - 1))) };
    case 'verify':
      return {
        ...view,
        criteria: view.criteria.map((c, i) => (i === index ? { ...c, verification: { ...c.verification, state: change.state } } : c)),
      };
    default:
      return view;
  }
}

const stateWords: Record<VerificationState, string> = { passed: 'passed', failed: 'failed', unverified: 'not verified' };

/** What a screen reader hears once the change is saved. */
export function describeDone(change: PanelChange, view: PanelView): string {
  switch (change.kind) {
    case 'add':
      return 'Criterion added.';
    case 'edit':
      return 'Criterion saved.';
    case 'delete':
      return 'Criterion deleted.';
    case 'move': {
      const position = view.criteria.findIndex((c) => c.id === change.criterionId) + 1;
      return position > 0 ? `Criterion moved to position ${position} of ${view.criteria.length}.` : 'Criterion moved.';
    }
    case 'verify':
      return `Criterion marked ${stateWords[change.state]}.`;
    case 'import':
      return `Criteria imported. The list now has ${view.criteria.length}.`;
    case 'approve':
      return 'Approved.';
    case 'request-changes':
      return 'Changes requested.';
  }
}
