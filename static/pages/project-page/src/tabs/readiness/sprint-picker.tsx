/** Which sprint the page shows: the project's active and future sprints, the next future one first chosen. */
import { Label } from '@atlaskit/form';
import Select from '@atlaskit/select';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import type { SprintOption } from '../../../../../shared/readiness/readiness-api';

interface Option {
  label: string;
  value: number;
}

const width = xcss({ minWidth: '18rem' });

function describe(sprint: SprintOption): string {
  const state = sprint.state === 'active' ? 'Active' : sprint.state === 'future' ? 'Future' : 'Closed';
  const start = sprint.startDate ? new Date(sprint.startDate) : null;
  const when = start && !Number.isNaN(start.getTime()) ? ` · ${sprint.state === 'future' ? 'starts' : 'started'} ${start.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}` : '';
  return `${sprint.name} (${state}${when})`;
}

interface Props {
  sprints: SprintOption[];
  selected: number | null;
  isDisabled?: boolean;
  onChange: (sprintId: number) => void;
}

export function SprintPicker({ sprints, selected, isDisabled, onChange }: Props) {
  const options: Option[] = sprints.map((sprint) => ({ label: describe(sprint), value: sprint.id }));
  const value = options.find((option) => option.value === selected) ?? null;
  return (
    <Box xcss={width}>
      <Stack space="space.050">
        <Label htmlFor="sprint-picker-input">Sprint</Label>
        <Select<Option>
          inputId="sprint-picker-input"
          testId="sprint-picker"
          options={options}
          value={value}
          isDisabled={isDisabled}
          isSearchable={options.length > 8}
          placeholder="Choose a sprint"
          noOptionsMessage={() => 'No active or future sprint'}
          onChange={(option) => option && onChange(option.value)}
        />
      </Stack>
    </Box>
  );
}
