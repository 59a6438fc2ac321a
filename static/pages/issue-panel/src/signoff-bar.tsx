/** Where the work stands: the sign-off state, who decided, their feedback, and the decision buttons. */
import Button from '@atlaskit/button/default/button';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { PanelView } from '../../../../src/contract/issue-panel';
import { formatWhen, listNames, personName } from './format';
import { Quote } from './quote';
import { SIGNOFF_STATES } from '../../../shared/signoff/signoff-states';

const barStyle = xcss({
  padding: 'space.150',
  borderRadius: 'radius.medium',
  backgroundColor: 'color.background.neutral.subtle.hovered',
});

interface Props {
  view: PanelView;
  busy: boolean;
  onApprove: () => void;
  onRequestChanges: () => void;
}

function decisionLine(view: PanelView): string | null {
  const { state, decidedBy, decidedAt } = view.signoff;
  if (!decidedBy && !decidedAt) return state === 'pending' ? 'Nobody has signed off this work yet.' : null;
  const who = personName(decidedBy);
  const when = formatWhen(decidedAt);
  switch (state) {
    case 'approved':
      return `Approved by ${who}${when ? ` on ${when}` : ''}.`;
    case 'changes_requested':
      return `${who} requested changes${when ? ` on ${when}` : ''}.`;
    case 'stale':
      return `Approved by ${who}${when ? ` on ${when}` : ''}, but the criteria or the description changed since. It needs a new sign-off.`;
    case 'pending':
      return `Last decision by ${who}${when ? ` on ${when}` : ''} was reset.`;
  }
}

function whoCanSignOff(view: PanelView): string {
  const holders = view.permissions.signOffHolders;
  if (holders.length === 0) {
    return 'Nobody on this project can sign off yet: a Jira admin grants "Sign off work results" in the permission scheme.';
  }
  return `${listNames(holders)} can sign off this work.`;
}

export function SignoffBar({ view, busy, onApprove, onRequestChanges }: Props) {
  const stateInfo = SIGNOFF_STATES[view.signoff.state];
  const line = decisionLine(view);
  const { canSignOff, readOnlyReason } = view.permissions;
  const approvedAlready = view.signoff.state === 'approved';
  // An approval is bound to criteria: without any there is nothing to approve (the resolver refuses too).
  const nothingToApprove = view.criteria.length === 0;

  return (
    <Box as="section" xcss={barStyle} aria-labelledby="signoff-heading" testId="signoff-bar">
      <Stack space="space.100">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Heading size="xxsmall" as="h2" id="signoff-heading">
            Sign-off
          </Heading>
          <Box testId="signoff-state" data-state={view.signoff.state}>
            <Lozenge appearance={stateInfo.appearance} isBold={view.signoff.state !== 'pending'} maxWidth={360}>
              {stateInfo.description ?? stateInfo.text}
            </Lozenge>
          </Box>
        </Inline>
        {line && <Text size="small">{line}</Text>}
        {view.signoff.commentNotice && (
          <Text size="small" color="color.text.warning" testId="comment-notice">
            {view.signoff.commentNotice}
          </Text>
        )}
        {view.signoff.state === 'changes_requested' && view.signoff.feedback && (
          <Quote testId="signoff-feedback">{view.signoff.feedback}</Quote>
        )}
        {canSignOff ? (
          <Inline space="space.100" shouldWrap>
            <Button appearance={approvedAlready ? 'default' : 'primary'} isDisabled={busy || approvedAlready || nothingToApprove} onClick={onApprove} testId="approve">
              {approvedAlready ? 'Approved' : 'Approve'}
            </Button>
            <Button isDisabled={busy} onClick={onRequestChanges} testId="request-changes">
              Request changes
            </Button>
            {nothingToApprove && (
              <Text size="small" color="color.text.subtle" testId="approve-needs-criteria">
                Add acceptance criteria to approve against.
              </Text>
            )}
          </Inline>
        ) : (
          <Text size="small" color="color.text.subtle" testId="signoff-readonly">
            {readOnlyReason ?? 'You cannot sign off this work.'}
            {/* The reason may already name whom to ask; say it only once. */}
            {readOnlyReason && view.permissions.signOffHolders.every((name) => readOnlyReason.includes(name)) && view.permissions.signOffHolders.length > 0
              ? ''
              : ` ${whoCanSignOff(view)}`}
          </Text>
        )}
      </Stack>
    </Box>
  );
}
