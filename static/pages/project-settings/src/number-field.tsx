/** A labelled whole-number field whose value stays as typed until the form is saved. */
import { Label } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { FieldMessage } from './field-message';

interface Props {
  id: string;
  label: string;
  value: string;
  min: number;
  max: number;
  /** Shown after the input, e.g. "points" or "days". */
  unit?: string;
  helper?: string;
  error?: string;
  isDisabled: boolean;
  onChange: (value: string) => void;
}

const input = xcss({ width: '6.5rem', flexShrink: 0 });

export function NumberField({ id, label, value, min, max, unit, helper, error, isDisabled, onChange }: Props) {
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <Inline space="space.100" alignBlock="center">
        <Box xcss={input}>
          <Textfield
            id={id}
            testId={id}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            value={value}
            isInvalid={Boolean(error)}
            isDisabled={isDisabled}
            aria-describedby={error || helper ? `${id}-message` : undefined}
            onChange={(event) => onChange(event.currentTarget.value)}
          />
        </Box>
        {unit && <Text color="color.text.subtle">{unit}</Text>}
      </Inline>
      <FieldMessage id={`${id}-message`} error={error} helper={helper} />
    </Stack>
  );
}
