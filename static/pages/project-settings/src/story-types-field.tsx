/** Which issue types must be written as user stories (the story checks apply only to them). */
import { Label } from '@atlaskit/form';
import Select from '@atlaskit/select';
import { Stack } from '@atlaskit/primitives';
import { FieldMessage } from './field-message';

interface Option {
  label: string;
  value: string;
}

interface Props {
  issueTypes: string[];
  value: string[];
  isDisabled: boolean;
  onChange: (value: string[]) => void;
}

export function StoryTypesField({ issueTypes, value, isDisabled, onChange }: Props) {
  // A type chosen earlier but gone from the project stays visible, so saving does not drop it silently.
  const names = [...issueTypes, ...value.filter((name) => !issueTypes.includes(name))];
  const options: Option[] = names.map((name) => ({ label: name, value: name }));
  return (
    <Stack space="space.050">
      <Label htmlFor="story-types-input">Issue types written as user stories</Label>
      <Select<Option, true>
        inputId="story-types-input"
        testId="story-types"
        isMulti
        options={options}
        value={options.filter((option) => value.includes(option.value))}
        isDisabled={isDisabled}
        placeholder="No issue type"
        aria-describedby="story-types-message"
        onChange={(chosen) => onChange(chosen.map((option) => option.value))}
      />
      <FieldMessage id="story-types-message" helper='The user story checks ("As a <role>, I want …") apply only to these types.' />
    </Stack>
  );
}
