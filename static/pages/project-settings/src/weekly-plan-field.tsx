/** The budget's optional plan, one week per line ("2026-W48 40"): pasted from a spreadsheet or typed. */
import { Label } from '@atlaskit/form';
import TextArea from '@atlaskit/textarea';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import { FieldMessage } from './field-message';

const width = xcss({ maxWidth: '24rem' });

interface Props {
  value: string;
  error?: string;
  isDisabled: boolean;
  onChange: (value: string) => void;
}

export function WeeklyPlanField({ value, error, isDisabled, onChange }: Props) {
  return (
    <Box xcss={width}>
      <Stack space="space.050">
        <Label htmlFor="weekly-plan">Plan week by week (optional)</Label>
        <TextArea
          id="weekly-plan"
          testId="weekly-plan"
          value={value}
          minimumRows={4}
          maxHeight="30vh"
          resize="vertical"
          placeholder={'2026-W48 40\n2026-W49 36'}
          isInvalid={Boolean(error)}
          isDisabled={isDisabled}
          spellCheck={false}
          aria-describedby="weekly-plan-message"
          onChange={(event) => onChange(event.currentTarget.value)}
        />
        <FieldMessage
          id="weekly-plan-message"
          error={error}
          helper="One ISO week and its hours per line. Weeks not listed plan no hours. Leave it empty to spread the budget evenly over the working days of the period."
        />
      </Stack>
    </Box>
  );
}
