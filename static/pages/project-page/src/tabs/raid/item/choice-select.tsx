/** A single choice from a short list (status, response, severity, a 1–5 scale) for the item form. */
import Select from '@atlaskit/select';
import type { ControlProps } from './form-field';

export interface Choice<V> {
  label: string;
  value: V;
}

interface Props<V> {
  control: ControlProps;
  options: ReadonlyArray<Choice<V>>;
  value: V | null;
  onChange: (value: V | null) => void;
  /** Offers to clear the choice ("Not decided yet"). */
  isClearable?: boolean;
  placeholder?: string;
  isDisabled?: boolean;
}

export function ChoiceSelect<V extends string | number>({ control, options, value, onChange, isClearable = false, placeholder = 'Choose…', isDisabled }: Props<V>) {
  return (
    <Select<Choice<V>>
      inputId={control.id}
      testId={control.id}
      descriptionId={control.describedBy}
      isInvalid={control.isInvalid}
      options={[...options]}
      value={options.find((option) => option.value === value) ?? null}
      onChange={(option) => onChange(option ? option.value : null)}
      isClearable={isClearable}
      isDisabled={isDisabled}
      placeholder={placeholder}
      menuPosition="fixed"
      menuPlacement="auto"
    />
  );
}
