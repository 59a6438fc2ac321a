/** Which sprint's ledger the tab shows: the active sprint and the closed ones of the page, newest first. */
import { Label } from '@atlaskit/form';
import Select from '@atlaskit/select';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import type { SprintScopeSummary } from '../../project-page-api';
import { sprintSpan } from './sprint-dates';

interface Option {
  label: string;
  value: number;
}

const width = xcss({ minWidth: '20rem' });

function describe(sprint: SprintScopeSummary): string {
  return `${sprint.name} (${sprint.state === 'active' ? 'Active' : 'Closed'} · ${sprintSpan(sprint)})`;
}

interface Props {
  sprints: readonly SprintScopeSummary[];
  selected: number | null;
  isDisabled: boolean;
  onChange: (sprintId: number) => void;
}

export function ScopeSprintPicker({ sprints, selected, isDisabled, onChange }: Props) {
  const options: Option[] = sprints.map((sprint) => ({ label: describe(sprint), value: sprint.id }));
  const value = options.find((option) => option.value === selected) ?? null;
  return (
    <Box xcss={width}>
      <Stack space="space.050">
        <Label htmlFor="scope-sprint-picker-input">Sprint</Label>
        <Select<Option>
          inputId="scope-sprint-picker-input"
          testId="scope-sprint-picker"
          options={options}
          value={value}
          isDisabled={isDisabled}
          isSearchable={options.length > 8}
          placeholder="Choose a sprint"
          noOptionsMessage={() => 'No sprint has started yet'}
          onChange={(option) => option && onChange(option.value)}
        />
      </Stack>
    </Box>
  );
}
