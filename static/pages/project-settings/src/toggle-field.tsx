/** A switch with its label and a line on what it does, the way Jira lays out on/off settings. */
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Toggle from '@atlaskit/toggle';

const text = xcss({ paddingBlockStart: 'space.050' });

interface Props {
  id: string;
  label: string;
  description: string;
  isChecked: boolean;
  isDisabled: boolean;
  onChange: (checked: boolean) => void;
}

export function ToggleField({ id, label, description, isChecked, isDisabled, onChange }: Props) {
  return (
    <Inline space="space.100" alignBlock="start">
      <Toggle id={id} testId={id} isChecked={isChecked} isDisabled={isDisabled} onChange={(event) => onChange(event.currentTarget.checked)} descriptionId={`${id}-description`} />
      <Box xcss={text}>
        <Stack space="space.025">
          <label htmlFor={id}>
            <Text weight="medium">{label}</Text>
          </label>
          <Text size="small" color="color.text.subtle" id={`${id}-description`}>
            {description}
          </Text>
        </Stack>
      </Box>
    </Inline>
  );
}
