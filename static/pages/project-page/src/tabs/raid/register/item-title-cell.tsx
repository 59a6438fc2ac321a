/**
 * The title of a register row: a button that opens the item, with what kind it is, its flags (overdue, signal
 * cleared) and, for a risk whose signal cleared, the one-click suggestion to close it.
 */
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Pressable, Stack, Text, xcss } from '@atlaskit/primitives';
import { categoryLabel, KIND_LABEL } from '../../../common/raid-words';
import type { RaidItemView } from '../../../project-page-api';

const titleButton = xcss({
  padding: 'space.0',
  backgroundColor: 'color.background.neutral.subtle',
  color: 'color.link',
  textAlign: 'start',
  font: 'font.body',
  fontWeight: 'font.weight.medium',
  ':hover': { textDecoration: 'underline', color: 'color.link' },
  ':active': { color: 'color.link.pressed' },
});

interface Props {
  view: RaidItemView;
  onOpen: () => void;
  canEdit: boolean;
  onCloseItem: () => void;
  closing: boolean;
}

export function ItemTitleCell({ view, onOpen, canEdit, onCloseItem, closing }: Props) {
  const { item } = view;
  const detail = item.kind === 'risk' && item.category !== '' ? `${KIND_LABEL[item.kind]} · ${categoryLabel(item.category)}` : KIND_LABEL[item.kind];
  return (
    <Stack space="space.050">
      <Pressable xcss={titleButton} onClick={onOpen} testId={`raid-open-${view.label}`}>
        {item.title}
      </Pressable>
      <Inline space="space.075" alignBlock="center" shouldWrap>
        <Text size="small" color="color.text.subtle">
          {detail}
        </Text>
        {view.overdue && (
          <Lozenge appearance="removed" testId="raid-overdue">
            {item.kind === 'assumption' ? 'Validation overdue' : 'Review overdue'}
          </Lozenge>
        )}
        {view.signalCleared && (
          <>
            <Lozenge appearance="success">Signal cleared</Lozenge>
            {canEdit && (
              <Button appearance="subtle" spacing="compact" onClick={onCloseItem} isLoading={closing} testId={`raid-close-${view.label}`}>
                Close it
              </Button>
            )}
          </>
        )}
      </Inline>
    </Stack>
  );
}
