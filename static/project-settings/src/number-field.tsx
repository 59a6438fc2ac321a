/** A labelled whole-number field whose value stays as typed until the form is saved. */
import { Label } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import { Stack, Text } from '@atlaskit/primitives';
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

export function NumberField({ id, label, value, min, max, unit, helper, error, isDisabled, onChange }: Props) {
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <Textfield
        id={id}
        testId={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        width={140}
        value={value}
        isInvalid={Boolean(error)}
        isDisabled={isDisabled}
        aria-describedby={error || helper ? `${id}-message` : undefined}
        elemAfterInput={
          unit ? (
            <Text size="small" color="color.text.subtlest">
              <span style={{ paddingInlineEnd: '8px' }}>{unit}</span>
            </Text>
          ) : undefined
        }
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <FieldMessage id={`${id}-message`} error={error} helper={helper} />
    </Stack>
  );
}
