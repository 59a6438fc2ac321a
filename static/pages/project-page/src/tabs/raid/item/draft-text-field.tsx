/** A text field of the item form, one line or several, bound to one field of the draft. */
import Textfield from '@atlaskit/textfield';
import TextArea from '@atlaskit/textarea';
import type { RaidKind } from '../../../../../../../src/domain/raid/raid-kinds';
import { fieldLabel } from './field-labels';
import { FormField } from './form-field';
import { fieldId, type FieldsProps } from './fields-props';
import type { ItemDraft } from './item-draft';

type TextKey = { [K in keyof ItemDraft]: ItemDraft[K] extends string ? K : never }[keyof ItemDraft];

interface Props extends FieldsProps {
  name: Exclude<TextKey, 'kind'>;
  multiline?: boolean;
  isRequired?: boolean;
  helper?: string;
  kind: RaidKind;
  placeholder?: string;
}

export function DraftTextField({ name, multiline = false, isRequired, helper, kind, placeholder, draft, errors, onChange, isDisabled }: Props) {
  return (
    <FormField id={fieldId(name)} label={fieldLabel(name, kind)} isRequired={isRequired} helper={helper} error={errors[name]}>
      {(control) =>
        multiline ? (
          <TextArea
            id={control.id}
            testId={control.id}
            aria-describedby={control.describedBy}
            isInvalid={control.isInvalid}
            value={draft[name]}
            onChange={(event) => onChange({ [name]: event.currentTarget.value })}
            minimumRows={3}
            maxHeight="16rem"
            resize="vertical"
            isDisabled={isDisabled}
            placeholder={placeholder}
          />
        ) : (
          <Textfield
            id={control.id}
            testId={control.id}
            aria-describedby={control.describedBy}
            isInvalid={control.isInvalid}
            isRequired={isRequired}
            value={draft[name]}
            onChange={(event) => onChange({ [name]: event.currentTarget.value })}
            isDisabled={isDisabled}
            placeholder={placeholder}
          />
        )
      }
    </FormField>
  );
}
