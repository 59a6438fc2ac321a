/** How many recent weeks the person × week table and chart show: a month, two, a quarter, or every week. */
import { Label } from '@atlaskit/form';
import Select from '@atlaskit/select';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import { weekRangeOptions, type WeekRangeOption } from './week-range-options';

interface Props {
  available: number;
  value: number | null;
  onChange: (value: number | null) => void;
}

const width = xcss({ minWidth: '12rem' });

export function WeekRangePicker({ available, value, onChange }: Props) {
  const options = weekRangeOptions(available);
  return (
    <Box xcss={width}>
      <Stack space="space.050">
        <Label htmlFor="week-range-input">Weeks</Label>
        <Select<WeekRangeOption>
          inputId="week-range-input"
          testId="week-range"
          options={options}
          value={options.find((o) => o.value === value) ?? options.at(-1) ?? null}
          isSearchable={false}
          onChange={(option) => option && onChange(option.value)}
        />
      </Stack>
    </Box>
  );
}
