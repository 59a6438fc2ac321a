/** The form of a decision: what was decided, why, by whom and when. */
import { Stack } from '@atlaskit/primitives';
import { DraftDateField } from './draft-date-field';
import { DraftTextField } from './draft-text-field';
import { FormColumns } from './form-columns';
import type { FieldsProps } from './fields-props';
import { LinkedIssuesField } from './linked-issues-field';
import { PersonField } from './person-field';
import { StatusField } from './status-field';

export function DecisionFields(props: FieldsProps) {
  return (
    <Stack space="space.200">
      <DraftTextField {...props} kind="decision" name="title" isRequired placeholder="What was decided" />
      <DraftTextField {...props} kind="decision" name="rationale" multiline placeholder="Why: the options weighed and the reason for this one" />
      <FormColumns count={3}>
        <StatusField {...props} helper="Decided needs who and when" />
        <PersonField {...props} kind="decision" name="decidedBy" />
        <DraftDateField {...props} kind="decision" name="decidedAt" />
      </FormColumns>
      <FormColumns>
        <PersonField {...props} kind="decision" name="owner" helper="Who carries it out" />
      </FormColumns>
      <DraftTextField {...props} kind="decision" name="description" multiline />
      <LinkedIssuesField {...props} />
    </Stack>
  );
}
