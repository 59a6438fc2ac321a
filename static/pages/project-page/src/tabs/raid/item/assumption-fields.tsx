/** The form of an assumption: what is taken as true, who checks it and by when. */
import { Stack } from '@atlaskit/primitives';
import { DraftDateField } from './draft-date-field';
import { DraftTextField } from './draft-text-field';
import { FormColumns } from './form-columns';
import type { FieldsProps } from './fields-props';
import { LinkedIssuesField } from './linked-issues-field';
import { PersonField } from './person-field';
import { StatusField } from './status-field';

export function AssumptionFields(props: FieldsProps) {
  return (
    <Stack space="space.200">
      <DraftTextField {...props} kind="assumption" name="title" isRequired placeholder="What the plan takes as true" />
      <FormColumns count={3}>
        <StatusField {...props} />
        <PersonField {...props} kind="assumption" name="owner" helper="Who checks it" />
        <DraftDateField {...props} kind="assumption" name="validateBy" helper="Flagged when past and still unvalidated" />
      </FormColumns>
      <DraftTextField {...props} kind="assumption" name="description" multiline />
      <LinkedIssuesField {...props} />
    </Stack>
  );
}
