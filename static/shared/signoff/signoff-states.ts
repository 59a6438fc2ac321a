/**
 * The one place that names the sign-off states and colours them: the issue panel, its history, the
 * project page's table, the sprint action and the CSV export all read it, so a state reads the same
 * everywhere. Pure (the lozenge import is a type), so the CSV export and node tests can use it.
 */
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { SignoffEntryView, SignoffState } from '../../../src/contract/issue-panel';

export interface SignoffStateInfo {
  /** The state's name on a lozenge, in a table cell and in the CSV export. */
  text: string;
  appearance: ThemeAppearance;
  /** A longer name for where there is room to say why (the issue panel's own lozenge); falls back to text. */
  description?: string;
}

export const SIGNOFF_STATES: Record<SignoffState, SignoffStateInfo> = {
  pending: { text: 'Awaiting sign-off', appearance: 'default' },
  approved: { text: 'Approved', appearance: 'success' },
  changes_requested: { text: 'Changes requested', appearance: 'moved' },
  stale: { text: 'Stale', appearance: 'removed', description: 'Stale — content changed since approval' },
};

/**
 * A decision in the sign-off history, coloured as the state it led to. "Became stale" is an event, not a
 * state: the record turned stale when the content changed.
 */
export const SIGNOFF_DECISIONS: Record<SignoffEntryView['decision'], SignoffStateInfo> = {
  approved: SIGNOFF_STATES.approved,
  changes_requested: SIGNOFF_STATES.changes_requested,
  stale: { text: 'Became stale', appearance: SIGNOFF_STATES.stale.appearance },
};

export function isSignoffState(state: string): state is SignoffState {
  return Object.prototype.hasOwnProperty.call(SIGNOFF_STATES, state);
}

/** A state as the readiness views receive it (a plain string), in words: the raw value when it is new to this page. */
export function signoffInfo(state: string): SignoffStateInfo {
  return isSignoffState(state) ? SIGNOFF_STATES[state] : { text: state, appearance: 'default' };
}

/** The words for a state; empty when the ticket has no sign-off. */
export function signoffText(state: string | null): string {
  return state === null ? '' : signoffInfo(state).text;
}
