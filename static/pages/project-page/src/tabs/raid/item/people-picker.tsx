/**
 * Chooses a person (an owner, who decided) among those who can browse the project: the list comes from Jira
 * as the user types (findPeople), so nobody outside the project can be named.
 */
import { AsyncSelect } from '@atlaskit/select';
import type { PersonView } from '../../../../../../../src/contract/issue-panel';
import { callProjectPage } from '../../../project-page-api';
import type { ControlProps } from './form-field';

interface Option {
  label: string;
  value: string;
}

const optionOf = (person: PersonView): Option => ({ label: person.displayName, value: person.accountId });

async function findPeople(query: string): Promise<Option[]> {
  const answer = await callProjectPage('findPeople', { query: query.slice(0, 100) });
  // A failed search shows no one; the menu says so, and typing again asks again.
  return answer.ok ? answer.data.people.map(optionOf) : [];
}

interface Props {
  control: ControlProps;
  value: PersonView | null;
  onChange: (person: PersonView | null) => void;
  placeholder?: string;
  isDisabled?: boolean;
}

export function PeoplePicker({ control, value, onChange, placeholder = 'Search for a person', isDisabled }: Props) {
  return (
    <AsyncSelect<Option>
      inputId={control.id}
      testId={control.id}
      descriptionId={control.describedBy}
      isInvalid={control.isInvalid}
      loadOptions={findPeople}
      defaultOptions
      cacheOptions
      value={value ? optionOf(value) : null}
      onChange={(option) => onChange(option ? { accountId: option.value, displayName: option.label } : null)}
      isClearable
      isDisabled={isDisabled}
      placeholder={placeholder}
      noOptionsMessage={({ inputValue }) => (inputValue ? `Nobody who can browse this project matches "${inputValue}"` : 'Type a name')}
      loadingMessage={() => 'Searching…'}
      menuPosition="fixed"
      menuPlacement="auto"
    />
  );
}
