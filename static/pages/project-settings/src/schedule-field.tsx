/** When the scheduled readiness check runs: some days before the next sprint, or weekly at a set hour (UTC). */
import { Label, Legend } from '@atlaskit/form';
import Select from '@atlaskit/select';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import { NumberField } from './number-field';
import { RadioOption } from './radio-option';
import { LIMITS, type FieldErrors, type SettingsDraft } from './settings-draft';

interface Option {
  label: string;
  value: number;
}

const WEEKDAYS: Option[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map((label, value) => ({ label, value }));
const HOURS: Option[] = Array.from({ length: 24 }, (_, value) => ({ label: `${String(value).padStart(2, '0')}:00 UTC`, value }));

const fieldset = xcss({ borderStyle: 'none', padding: 'space.0', margin: 'space.0' });
const select = xcss({ minWidth: '11rem' });

type Schedule = Pick<SettingsDraft, 'scheduleMode' | 'daysBefore' | 'weekday' | 'hour'>;

interface Props {
  value: Schedule;
  errors: FieldErrors;
  isDisabled: boolean;
  onChange: (change: Partial<Schedule>) => void;
}

export function ScheduleField({ value, errors, isDisabled, onChange }: Props) {
  return (
    <Box as="fieldset" xcss={fieldset}>
      <Legend>Run the readiness check</Legend>
      <Stack space="space.150">
        <RadioOption name="schedule-mode" id="schedule-before-sprint" label="Some days before the next sprint starts" checked={value.scheduleMode === 'before-sprint'} isDisabled={isDisabled} onSelect={() => onChange({ scheduleMode: 'before-sprint' })}>
          <NumberField
            id="days-before"
            label="Days before the sprint starts"
            value={value.daysBefore}
            min={LIMITS.daysBefore.min}
            max={LIMITS.daysBefore.max}
            unit="days"
            helper="0 checks on the day the sprint starts."
            error={errors.daysBefore}
            isDisabled={isDisabled}
            onChange={(daysBefore) => onChange({ daysBefore })}
          />
        </RadioOption>
        <RadioOption name="schedule-mode" id="schedule-weekly" label="Every week at a set time" checked={value.scheduleMode === 'weekly'} isDisabled={isDisabled} onSelect={() => onChange({ scheduleMode: 'weekly' })}>
          <Inline space="space.200" shouldWrap>
            <Box xcss={select}>
              <Label htmlFor="weekday-input">Day</Label>
              <Select<Option> inputId="weekday-input" testId="weekday" options={WEEKDAYS} value={WEEKDAYS[value.weekday] ?? null} isDisabled={isDisabled} isSearchable={false} menuPlacement="auto" onChange={(option) => option && onChange({ weekday: option.value })} />
            </Box>
            <Box xcss={select}>
              <Label htmlFor="hour-input">Time</Label>
              <Select<Option> inputId="hour-input" testId="hour" options={HOURS} value={HOURS[value.hour] ?? null} isDisabled={isDisabled} menuPlacement="auto" maxMenuHeight={220} onChange={(option) => option && onChange({ hour: option.value })} />
            </Box>
          </Inline>
        </RadioOption>
      </Stack>
    </Box>
  );
}
