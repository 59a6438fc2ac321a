/**
 * What a detected risk points at: a Jira issue (a link to it), or a register item such as a risk whose review
 * is overdue (opens the item).
 */
import Button from '@atlaskit/button/new';
import { Text } from '@atlaskit/primitives';
import { ISSUE_KEY_PATTERN } from '../../../../../../../src/domain/text/issue-key';
import { TicketLink } from '../../../../../../shared/ui/ticket-link';

const ITEM_LABEL = /^[RAID]-\d+$/u;

export function EvidenceKey({ evidenceKey, onOpenItem }: { evidenceKey: string; onOpenItem: (label: string) => void }) {
  if (ITEM_LABEL.test(evidenceKey)) {
    return (
      <Button appearance="subtle" spacing="compact" onClick={() => onOpenItem(evidenceKey)}>
        {evidenceKey}
      </Button>
    );
  }
  if (ISSUE_KEY_PATTERN.test(evidenceKey)) return <TicketLink issueKey={evidenceKey} />;
  return <Text weight="medium">{evidenceKey}</Text>;
}
