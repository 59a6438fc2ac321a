/** Sign-off states as the issue panel names them (pure, so CSV export and tests share it). */
export type SignoffTone = 'inprogress' | 'success' | 'removed' | 'moved';

export const SIGNOFF_STATES: Record<string, { text: string; tone: SignoffTone }> = {
  pending: { text: 'Pending', tone: 'inprogress' },
  approved: { text: 'Approved', tone: 'success' },
  changes_requested: { text: 'Changes requested', tone: 'removed' },
  stale: { text: 'Stale', tone: 'moved' },
};

/** The words for a state; empty when the ticket has no sign-off, the raw state when it is new to this page. */
export function signoffText(state: string | null): string {
  if (state === null) return '';
  return SIGNOFF_STATES[state]?.text ?? state;
}
