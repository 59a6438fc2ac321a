/** No criteria yet: offer the ones found in the description, or a blank one. */
import Button from '@atlaskit/button/default/button';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { plural } from './format';

const frame = xcss({
  paddingBlock: 'space.300',
  paddingInline: 'space.200',
  borderWidth: 'border.width',
  borderStyle: 'dashed',
  borderColor: 'color.border',
  borderRadius: 'radius.medium',
  textAlign: 'center',
});

interface Props {
  importable: string[];
  canEdit: boolean;
  busy: boolean;
  onImport: () => void;
  onAdd: () => void;
}

export function EmptyCriteria({ importable, canEdit, busy, onImport, onAdd }: Props) {
  const found = importable.length;
  return (
    <Box xcss={frame} testId="criteria-empty">
      <Stack space="space.150" alignInline="center">
        <Text weight="medium">No acceptance criteria yet</Text>
        <Text color="color.text.subtle">
          {found > 0
            ? `The description lists ${plural(found, 'acceptance criterion', 'acceptance criteria')}. Import them to verify and sign off against them.`
            : canEdit
              ? 'Criteria say when this work is done. Add the first one, or write an "Acceptance criteria" list in the description and import it.'
              : 'Nobody has written acceptance criteria for this issue yet.'}
        </Text>
        {canEdit && (
          <Inline space="space.100" shouldWrap alignInline="center">
            {found > 0 && (
              <Button appearance="primary" isDisabled={busy} onClick={onImport} testId="import-criteria">
                {`Import ${plural(found, 'criterion', 'criteria')} from the description`}
              </Button>
            )}
            <Button appearance={found > 0 ? 'subtle' : 'primary'} onClick={onAdd} testId="add-first-criterion">
              Add a criterion
            </Button>
          </Inline>
        )}
      </Stack>
    </Box>
  );
}
