/** Likelihood or impact (inherent or residual) as a 1–5 choice with the words each step means. */
import type { Scale } from '../../../../../../../src/domain/raid/raid-kinds';
import { impactLabel, likelihoodLabel, SCALE } from '../../../common/raid-words';
import { ChoiceSelect } from './choice-select';
import { fieldLabel } from './field-labels';
import { FormField } from './form-field';
import { fieldId, type FieldsProps } from './fields-props';

type ScaleKey = 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact';

const LIKELIHOOD = SCALE.map((value) => ({ value, label: likelihoodLabel(value) }));
const IMPACT = SCALE.map((value) => ({ value, label: impactLabel(value) }));

interface Props extends FieldsProps {
  name: ScaleKey;
  isRequired?: boolean;
}

export function ScaleField({ name, isRequired = false, draft, errors, onChange, isDisabled }: Props) {
  const options = name === 'likelihood' || name === 'residualLikelihood' ? LIKELIHOOD : IMPACT;
  return (
    <FormField id={fieldId(name)} label={fieldLabel(name, 'risk')} isRequired={isRequired} error={errors[name]}>
      {(control) => (
        <ChoiceSelect<Scale>
          control={control}
          options={options}
          value={draft[name]}
          onChange={(value) => onChange({ [name]: value })}
          isClearable={!isRequired}
          placeholder={isRequired ? 'Choose 1 to 5' : 'Not assessed'}
          isDisabled={isDisabled}
        />
      )}
    </FormField>
  );
}
