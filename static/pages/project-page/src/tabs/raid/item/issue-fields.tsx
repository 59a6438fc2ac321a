/** The form of an issue (a problem now): how bad, who handles it and how it was resolved. */
import { Stack } from '@atlaskit/primitives';
import { ISSUE_SEVERITIES, type IssueSeverity } from '../../../../../../../src/domain/raid/raid-kinds';
import { SEVERITY_LABEL } from '../../../common/raid-words';
import { ChoiceSelect } from './choice-select';
import { DraftTextField } from './draft-text-field';
import { FormColumns } from './form-columns';
import { FormField } from './form-field';
import { fieldId, type FieldsProps } from './fields-props';
import { LinkedIssuesField } from './linked-issues-field';
import { PersonField } from './person-field';
import { StatusField } from './status-field';

const SEVERITIES = ISSUE_SEVERITIES.map((value) => ({ value, label: SEVERITY_LABEL[value] }));

export function IssueFields(props: FieldsProps) {
  const { draft, errors, onChange, isDisabled } = props;
  return (
    <Stack space="space.200">
      <DraftTextField {...props} kind="issue" name="title" isRequired placeholder="What is going wrong" />
      <FormColumns count={3}>
        <StatusField {...props} helper="Resolved and closed need a resolution" />
        <FormField id={fieldId('severity')} label="Severity" isRequired error={errors.severity}>
          {(control) => (
            <ChoiceSelect<IssueSeverity>
              control={control}
              options={SEVERITIES}
              value={draft.severity as IssueSeverity}
              onChange={(severity) => severity && onChange({ severity })}
              isDisabled={isDisabled}
            />
          )}
        </FormField>
        <PersonField {...props} kind="issue" name="owner" />
      </FormColumns>
      <DraftTextField {...props} kind="issue" name="description" multiline />
      <DraftTextField {...props} kind="issue" name="resolution" multiline placeholder="How it was or will be solved" />
      <LinkedIssuesField {...props} />
    </Stack>
  );
}
