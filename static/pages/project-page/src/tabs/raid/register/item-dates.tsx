/** The dates that matter for an item: a risk's due and review days, an assumption's validate-by, a decision's day. */
import { Stack, Text } from '@atlaskit/primitives';
import type { RaidItemView } from '../../../project-page-api';

/** "17 Dec", with the year only when it is not this year's: the column stays narrow. */
function day(date: string): string {
  return formatDay(date, date.slice(0, 4) !== String(new Date().getFullYear()));
}
import { formatDay } from '../../../common/calendar-dates';

export function ItemDates({ view }: { view: RaidItemView }) {
  const { item } = view;
  const lines: Array<{ text: string; late: boolean }> = [];
  if (item.kind === 'risk') {
    if (item.dueDate) lines.push({ text: `Due ${day(item.dueDate)}`, late: false });
    if (item.nextReviewDate) lines.push({ text: `Review ${day(item.nextReviewDate)}`, late: view.overdue });
  } else if (item.kind === 'assumption' && item.validateBy) {
    lines.push({ text: `Validate by ${day(item.validateBy)}`, late: view.overdue });
  } else if (item.kind === 'decision' && item.decidedAt) {
    lines.push({ text: `Decided ${day(item.decidedAt)}`, late: false });
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
