/** A risk's category: one of the usual ones offered, or the project's own words. */
import { CreatableSelect } from '@atlaskit/select';
import { SUGGESTED_RISK_CATEGORIES } from '../../../../../../../src/domain/raid/raid-kinds';
import { categoryLabel } from '../../../common/raid-words';
import { FormField } from './form-field';
import { fieldId, type FieldsProps } from './fields-props';

interface Option {
  label: string;
  value: string;
}

const SUGGESTED: Option[] = SUGGESTED_RISK_CATEGORIES.map((category) => ({ value: category, label: categoryLabel(category) }));

export function CategoryField({ draft, errors, onChange, isDisabled }: FieldsProps) {
  const value = draft.category === '' ? null : (SUGGESTED.find((o) => o.value === draft.category) ?? { value: draft.category, label: draft.category });
  return (
    <FormField id={fieldId('category')} label="Category" error={errors.category}>
      {(control) => (
        <CreatableSelect<Option>
          inputId={control.id}
          testId={control.id}
          descriptionId={control.describedBy}
          isInvalid={control.isInvalid}
          options={SUGGESTED}
          value={value}
          onChange={(option) => onChange({ category: option ? option.value : '' })}
          onCreateOption={(text) => onChange({ category: text.trim() })}
          formatCreateLabel={(text) => `Use "${text}"`}
          isClearable
          isDisabled={isDisabled}
          placeholder="Schedule, scope, budget…"
          menuPosition="fixed"
          menuPlacement="auto"
        />
      )}
    </FormField>
  );
}
