/** The item's status, among its kind's statuses. */
import { STATUSES_OF } from '../../../../../../../src/domain/raid/raid-kinds';
import { statusLabel } from '../../../common/raid-words';
import { ChoiceSelect } from './choice-select';
import { FormField } from './form-field';
import { fieldId, type FieldsProps } from './fields-props';

export function StatusField({ draft, errors, onChange, isDisabled, helper }: FieldsProps & { helper?: string }) {
  const options = STATUSES_OF[draft.kind].map((status) => ({ value: status as string, label: statusLabel(status) }));
  return (
    <FormField id={fieldId('status')} label="Status" isRequired error={errors.status} helper={helper}>
      {(control) => <ChoiceSelect<string> control={control} options={options} value={draft.status} onChange={(status) => status && onChange({ status })} isDisabled={isDisabled} />}
    </FormField>
  );
}
