/** Who may add and change RAID items; everyone who can browse the project can read the register. */
import { Legend } from '@atlaskit/form';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import type { RaidEditors } from '../../../../src/domain/settings/project-manager-settings';
import { RadioOption } from './radio-option';

const fieldset = xcss({ borderStyle: 'none', padding: 'space.0', margin: 'space.0' });

interface Props {
  value: RaidEditors;
  isDisabled: boolean;
  onChange: (value: RaidEditors) => void;
}

export function RaidEditorsField({ value, isDisabled, onChange }: Props) {
  return (
    <Box as="fieldset" xcss={fieldset}>
      <Legend>Who can change the RAID register</Legend>
      <Stack space="space.100">
        <RadioOption
          name="raid-editors"
          id="raid-editors-edit-issues"
          label="People who can edit the project's issues"
          description={`Jira's "Edit issues" permission: usually the whole team.`}
          checked={value === 'EDIT_ISSUES'}
          isDisabled={isDisabled}
          onSelect={() => onChange('EDIT_ISSUES')}
        />
        <RadioOption
          name="raid-editors"
          id="raid-editors-admins"
          label="Project admins only"
          description="Everyone else reads the register."
          checked={value === 'ADMINISTER_PROJECTS'}
          isDisabled={isDisabled}
          onSelect={() => onChange('ADMINISTER_PROJECTS')}
        />
      </Stack>
    </Box>
  );
}
