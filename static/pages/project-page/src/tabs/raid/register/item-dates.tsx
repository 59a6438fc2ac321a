/** The dates that matter for an item: a risk's due and review days, an assumption's validate-by, a decision's day. */
import { Stack, Text } from '@atlaskit/primitives';
import type { RaidItemView } from '../../../project-page-api';
import { dayText } from '../day-text';

export function ItemDates({ view }: { view: RaidItemView }) {
  const { item } = view;
  const lines: Array<{ text: string; late: boolean }> = [];
  if (item.kind === 'risk') {
    if (item.dueDate) lines.push({ text: `Due ${dayText(item.dueDate)}`, late: false });
    if (item.nextReviewDate) lines.push({ text: `Review ${dayText(item.nextReviewDate)}`, late: view.overdue });
  } else if (item.kind === 'assumption' && item.validateBy) {
    lines.push({ text: `Validate by ${dayText(item.validateBy)}`, late: view.overdue });
  } else if (item.kind === 'decision' && item.decidedAt) {
    lines.push({ text: `Decided ${dayText(item.decidedAt)}`, late: false });
  }
  if (lines.length === 0) return <Text color="color.text.subtlest">—</Text>;
  return (
    <Stack space="space.025">
      {lines.map((line) => (
        <Text key={line.text} size="small" color={line.late ? 'color.text.danger' : 'color.text'}>
          {line.text}
        </Text>
      ))}
    </Stack>
  );
}
