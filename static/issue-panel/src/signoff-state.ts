/** How each sign-off state reads in the panel and in the history. */
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { SignoffEntryView, SignoffState } from '../../../src/contract/issue-panel';

export const signoffLozenge: Record<SignoffState, { appearance: ThemeAppearance; text: string }> = {
  pending: { appearance: 'default', text: 'Awaiting sign-off' },
  approved: { appearance: 'success', text: 'Approved' },
  changes_requested: { appearance: 'moved', text: 'Changes requested' },
  stale: { appearance: 'removed', text: 'Stale — content changed since approval' },
};

export const decisionLozenge: Record<SignoffEntryView['decision'], { appearance: ThemeAppearance; text: string }> = {
  approved: { appearance: 'success', text: 'Approved' },
  changes_requested: { appearance: 'moved', text: 'Changes requested' },
  stale: { appearance: 'removed', text: 'Became stale' },
  reset: { appearance: 'default', text: 'Reset' },
};
