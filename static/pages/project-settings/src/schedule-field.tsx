/** When the scheduled readiness check runs: some days before the next sprint, or weekly at a set hour (UTC). */
import type { ReactNode } from 'react';
import { Label, Legend } from '@atlaskit/form';
import Select from '@atlaskit/select';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { NumberField } from './number-field';
import { LIMITS, type FieldErrors, type SettingsDraft } from './settings-draft';

interface Option {
  label: string;
  value: number;
}

const WEEKDAYS: Option[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map((label, value) => ({ label, value }));
const HOURS: Option[] = Array.from({ length: 24 }, (_, value) => ({ label: `${String(value).padStart(2, '0')}:00 UTC`, value }));

const fieldset = xcss({ borderStyle: 'none', padding: 'space.0', margin: 'space.0' });
const nested = xcss({ paddingInlineStart: 'space.300', paddingBlockStart: 'space.100' });
const select = xcss({ minWidth: '11rem' });

type Schedule = Pick<SettingsDraft, 'scheduleMode' | 'daysBefore' | 'weekday' | 'hour'>;

interface Props {
  value: Schedule;
  errors: FieldErrors;
  isDisabled: boolean;
  onChange: (change: Partial<Schedule>) => void;
}

function Radio({ id, checked, isDisabled, label, onSelect, children }: { id: string; checked: boolean; isDisabled: boolean; label: string; onSelect: () => void; children?: ReactNode }) {
  return (
    <Stack space="space.0">
      <Inline space="space.100" alignBlock="center">
        <input
          type="radio"
          id={id}
          data-testid={id}
          name="schedule-mode"
          checked={checked}
          disabled={isDisabled}
          onChange={onSelect}
          style={{ accentColor: token('color.background.selected.bold'), width: 16, height: 16, margin: 0 }}
        />
        <label htmlFor={id}>
          <Text weight="medium" color={isDisabled ? 'color.text.disabled' : 'color.text'}>
            {label}
          </Text>
        </label>
      </Inline>
      {checked && children && <Box xcss={nested}>{children}</Box>}
    </Stack>
  );
}

export function ScheduleField({ value, errors, isDisabled, onChange }: Props) {
  return (
    <Box as="fieldset" xcss={fieldset}>
      <Legend>Run the readiness check</Legend>
      <Stack space="space.150">
        <Radio id="schedule-before-sprint" label="Some days before the next sprint starts" checked={value.scheduleMode === 'before-sprint'} isDisabled={isDisabled} onSelect={() => onChange({ scheduleMode: 'before-sprint' })}>
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
        </Radio>
        <Radio id="schedule-weekly" label="Every week at a set time" checked={value.scheduleMode === 'weekly'} isDisabled={isDisabled} onSelect={() => onChange({ scheduleMode: 'weekly' })}>
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
        </Radio>
      </Stack>
    </Box>
  );
}
