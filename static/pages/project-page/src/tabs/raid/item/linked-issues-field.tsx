/** Jira issues the item is about, typed as keys ("ACC-12, ACC-15"); the keys read so far are shown as links. */
import { Inline, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { TicketLink } from '../../../../../../shared/ui/ticket-link';
import { FormField } from './form-field';
import { fieldId, type FieldsProps } from './fields-props';
import { issueKeys } from './item-draft';

export function LinkedIssuesField({ draft, errors, onChange, isDisabled }: FieldsProps) {
  const { keys } = issueKeys(draft.linkedIssues);
  return (
    <FormField id={fieldId('linkedIssues')} label="Linked issues" helper="Issue keys separated by commas or spaces, such as ACC-12, ACC-15." error={errors.linkedIssues}>
      {(control) => (
        <>
          <Textfield
            id={control.id}
            testId={control.id}
            aria-describedby={control.describedBy}
            isInvalid={control.isInvalid}
            value={draft.linkedIssues}
            onChange={(event) => onChange({ linkedIssues: event.currentTarget.value })}
            isDisabled={isDisabled}
            placeholder="ACC-12, ACC-15"
          />
          {keys.length > 0 && (
            <Inline space="space.100" shouldWrap alignBlock="center">
              <Text size="small" color="color.text.subtle">
                Links to
              </Text>
              {keys.map((key) => (
                <TicketLink key={key} issueKey={key} />
              ))}
            </Inline>
          )}
        </>
      )}
    </FormField>
  );
}
