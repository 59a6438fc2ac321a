/** The long texts of an item (description, cause, actions, why ...), as written, line breaks kept; empty ones left out. */
import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { RaidItem } from '../../../../../../../src/domain/raid/raid-item';
import { fieldLabel } from './field-labels';

const written = xcss({ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' });

const TEXTS_OF: Readonly<Record<RaidItem['kind'], readonly string[]>> = {
  risk: ['description', 'cause', 'actions', 'trigger'],
  assumption: ['description'],
  issue: ['description', 'resolution'],
  decision: ['rationale', 'description'],
};

export function ItemTexts({ item }: { item: RaidItem }) {
  const values = item as unknown as Readonly<Record<string, unknown>>;
  const texts = TEXTS_OF[item.kind].map((field) => ({ field, text: typeof values[field] === 'string' ? (values[field] as string) : '' })).filter((t) => t.text !== '');
  if (texts.length === 0) return null;
  return (
    <Stack space="space.200">
      {texts.map(({ field, text }) => (
        <Stack key={field} space="space.050">
          <Heading size="xxsmall" as="h3">
            {fieldLabel(field, item.kind)}
          </Heading>
          <Box xcss={written} testId={`raid-text-${field}`}>
            <Text>{text}</Text>
          </Box>
        </Stack>
      ))}
    </Stack>
  );
}
