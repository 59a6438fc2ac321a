/** A day of the item form (due, review, validate by, decided on) as the browser's date input: YYYY-MM-DD, or empty. */
import Textfield from '@atlaskit/textfield';
import type { RaidKind } from '../../../../../../../src/domain/raid/raid-kinds';
import { fieldLabel } from './field-labels';
import { FormField } from './form-field';
import { fieldId, type FieldsProps } from './fields-props';

type DateKey = 'dueDate' | 'nextReviewDate' | 'validateBy' | 'decidedAt';

interface Props extends FieldsProps {
  name: DateKey;
  kind: RaidKind;
  helper?: string;
}

export function DraftDateField({ name, kind, helper, draft, errors, onChange, isDisabled }: Props) {
  return (
    <FormField id={fieldId(name)} label={fieldLabel(name, kind)} helper={helper} error={errors[name]}>
      {(control) => (
        <Textfield
          type="date"
          id={control.id}
          testId={control.id}
          aria-describedby={control.describedBy}
          isInvalid={control.isInvalid}
          value={draft[name]}
          onChange={(event) => onChange({ [name]: event.currentTarget.value })}
          isDisabled={isDisabled}
        />
      )}
    </FormField>
  );
}
