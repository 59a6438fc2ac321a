/** The form of a risk: what it is, how likely and how bad, the response and its actions, dates, and what is left after. */
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { RISK_RESPONSES, type RiskResponse } from '../../../../../../../src/domain/raid/raid-kinds';
import { RESPONSE_LABEL } from '../../../common/raid-words';
import { CategoryField } from './category-field';
import { ChoiceSelect } from './choice-select';
import { DraftDateField } from './draft-date-field';
import { DraftTextField } from './draft-text-field';
import { FormColumns } from './form-columns';
import { FormField } from './form-field';
import { fieldId, type FieldsProps } from './fields-props';
import { LinkedIssuesField } from './linked-issues-field';
import { PersonField } from './person-field';
import { ScaleField } from './scale-field';
import { ScorePreview } from './score-preview';
import { StatusField } from './status-field';

const RESPONSES = RISK_RESPONSES.map((value) => ({ value, label: RESPONSE_LABEL[value] }));

export function RiskFields(props: FieldsProps) {
  const { draft, errors, onChange, isDisabled } = props;
  return (
    <Stack space="space.300">
      <Stack space="space.200">
        <DraftTextField {...props} kind="risk" name="title" isRequired placeholder="What could happen, and to what" />
        <FormColumns count={3}>
          <StatusField {...props} />
          <PersonField {...props} kind="risk" name="owner" />
          <CategoryField {...props} />
        </FormColumns>
        <DraftTextField {...props} kind="risk" name="description" multiline />
        <DraftTextField {...props} kind="risk" name="cause" multiline placeholder="What would make it happen" />
      </Stack>

      <Stack space="space.150">
        <Heading size="xsmall" as="h3">
          Assessment
        </Heading>
        <FormColumns count={3}>
          <ScaleField {...props} name="likelihood" isRequired />
          <ScaleField {...props} name="impact" isRequired />
          <ScorePreview label="Score" likelihood={draft.likelihood} impact={draft.impact} testId="raid-score-preview" />
        </FormColumns>
      </Stack>

      <Stack space="space.150">
        <Heading size="xsmall" as="h3">
          Response
        </Heading>
        <FormColumns count={3}>
          <FormField id={fieldId('response')} label="Response" error={errors.response}>
            {(control) => (
              <ChoiceSelect<RiskResponse>
                control={control}
                options={RESPONSES}
                value={draft.response as RiskResponse | null}
                onChange={(response) => onChange({ response })}
                isClearable
                placeholder="Not decided yet"
                isDisabled={isDisabled}
              />
            )}
          </FormField>
          <DraftDateField {...props} kind="risk" name="dueDate" />
          <DraftDateField {...props} kind="risk" name="nextReviewDate" />
        </FormColumns>
        <DraftTextField {...props} kind="risk" name="actions" multiline placeholder="What is done about it, by whom" />
        <DraftTextField {...props} kind="risk" name="trigger" multiline placeholder="What tells you it is about to happen" />
      </Stack>

      <Stack space="space.150">
        <Heading size="xsmall" as="h3">
          After the response
        </Heading>
        <FormColumns count={3}>
          <ScaleField {...props} name="residualLikelihood" />
          <ScaleField {...props} name="residualImpact" />
          <ScorePreview label="Residual score" likelihood={draft.residualLikelihood} impact={draft.residualImpact} testId="raid-residual-preview" />
        </FormColumns>
      </Stack>

      <LinkedIssuesField {...props} />
    </Stack>
  );
}
