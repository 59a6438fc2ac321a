/** The owner of an item, or who took a decision: a person who can browse the project. */
import type { RaidKind } from '../../../../../../../src/domain/raid/raid-kinds';
import { fieldLabel } from './field-labels';
import { FormField } from './form-field';
import { fieldId, type FieldsProps } from './fields-props';
import { PeoplePicker } from './people-picker';

interface Props extends FieldsProps {
  name: 'owner' | 'decidedBy';
  kind: RaidKind;
  helper?: string;
}

export function PersonField({ name, kind, helper, draft, errors, onChange, isDisabled }: Props) {
  return (
    <FormField id={fieldId(name)} label={fieldLabel(name, kind)} error={errors[name]} helper={helper}>
      {(control) => <PeoplePicker control={control} value={draft[name]} onChange={(person) => onChange({ [name]: person })} isDisabled={isDisabled} />}
    </FormField>
  );
}
