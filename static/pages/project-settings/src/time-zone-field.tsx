/** The project's time zone: the weeks of hours, budgets and reports run Monday to Sunday in it. */
import { useMemo } from 'react';
import { Label } from '@atlaskit/form';
import Select from '@atlaskit/select';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import { FieldMessage } from './field-message';

interface Option {
  label: string;
  value: string;
}

const width = xcss({ maxWidth: '24rem' });

/** Every zone the browser knows, UTC first; a stored zone the browser does not list stays choosable. */
function zoneOptions(current: string): Option[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = ['UTC', ...known.filter((zone) => zone !== 'UTC')];
  if (current && !zones.includes(current)) zones.unshift(current);
  return zones.map((zone) => ({ label: zone.replace(/_/gu, ' '), value: zone }));
}

interface Props {
  value: string;
  error?: string;
  isDisabled: boolean;
  onChange: (value: string) => void;
}

export function TimeZoneField({ value, error, isDisabled, onChange }: Props) {
  const options = useMemo(() => zoneOptions(value), [value]);
  return (
    <Box xcss={width}>
      <Stack space="space.050">
        <Label htmlFor="time-zone-input">Time zone of the project&apos;s weeks</Label>
        <Select<Option>
          inputId="time-zone-input"
          testId="time-zone"
          options={options}
          value={options.find((option) => option.value === value) ?? null}
          isDisabled={isDisabled}
          isInvalid={Boolean(error)}
          placeholder="Choose a time zone"
          maxMenuHeight={260}
          aria-describedby="time-zone-message"
          onChange={(option) => option && onChange(option.value)}
        />
        <FieldMessage
          id="time-zone-message"
          error={error}
          helper="Weeks run Monday to Sunday in this zone; a worklog counts in the week it starts in. Hours are counted in a new zone from the next refresh of the project page."
        />
      </Stack>
    </Box>
  );
}
