/**
 * "Someone else saved first": who, which version, what they changed (with their values), and that the
 * person's own edits are still in the form, to be saved again over theirs.
 */
import { Box, Stack, Text } from '@atlaskit/primitives';
import { Notice } from '../../../../../../shared/ui/notice';
import { formatInstant } from '../../../common/calendar-dates';
import { fieldLabel } from './field-labels';
import { valueText } from './field-text';
import type { Conflict } from './use-item-form';

export function ConflictNotice({ conflict, label }: { conflict: Conflict; label: string }) {
  const { theirs, changed, people } = conflict;
  const who = people.find((p) => p.accountId === theirs.updatedBy)?.displayName ?? 'Someone else';
  const values = theirs as unknown as Readonly<Record<string, string | number | readonly string[] | null>>;
  return (
    <Notice appearance="warning" title={`${who} saved ${label} while you were editing`} testId="raid-conflict">
      <Stack space="space.100">
        <Text>
          Their version {theirs.version} ({formatInstant(theirs.updatedAt)}) {changed.length === 0 ? 'changed nothing you can edit here.' : 'changed:'}
        </Text>
        {changed.length > 0 && (
          <Box as="ul">
            {changed.map((field) => (
              <li key={field}>
                <Text>
                  {fieldLabel(field, theirs.kind)}: {valueText(field, values[field], people)}
                </Text>
              </li>
            ))}
          </Box>
        )}
        <Text>
          The form now shows their version with your edits kept
          {conflict.overlapping.length > 0 ? ` (you both changed ${conflict.overlapping.map((field) => fieldLabel(field, theirs.kind)).join(', ')}: yours is in the form)` : ''}. Check
          it, then save to apply your edits.
        </Text>
      </Stack>
    </Notice>
  );
}
