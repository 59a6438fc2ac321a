/** A labelled calendar date (the browser's date picker), kept as YYYY-MM-DD text until the form is saved. */
import { Label } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import { FieldMessage } from './field-message';

const input = xcss({ width: '11rem' });

interface Props {
  id: string;
  label: string;
  value: string;
  helper?: string;
  error?: string;
  isDisabled: boolean;
  onChange: (value: string) => void;
}

export function DateField({ id, label, value, helper, error, isDisabled, onChange }: Props) {
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <Box xcss={input}>
        <Textfield
          id={id}
          testId={id}
          type="date"
          value={value}
          isInvalid={Boolean(error)}
          isDisabled={isDisabled}
          aria-describedby={error || helper ? `${id}-message` : undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      </Box>
      <FieldMessage id={`${id}-message`} error={error} helper={helper} />
    </Stack>
  );
}
