/** The Definition of Ready: every check with whether it runs, how many points it costs and how serious it is. */
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import Toggle from '@atlaskit/toggle';
import { Stack, Text } from '@atlaskit/primitives';
import type { CheckId, Severity } from '../../../../src/domain/readiness/types';
import { checkInfo } from '../../../shared/readiness/check-names';
import { FieldMessage } from './field-message';
import { LIMITS, type CheckDraft, type FieldErrors } from './settings-draft';

interface SeverityOption {
  label: string;
  value: Severity;
}

const SEVERITY_OPTIONS: SeverityOption[] = [
  { label: 'Blocker', value: 'blocker' },
  { label: 'Major', value: 'major' },
  { label: 'Minor', value: 'minor' },
];

const HEAD: HeadType = {
  cells: [
    { key: 'enabled', content: 'On', width: 8 },
    { key: 'check', content: 'Check', width: 52 },
    { key: 'weight', content: 'Weight', width: 18 },
    { key: 'severity', content: 'Severity', width: 22 },
  ],
};

interface Props {
  checks: Partial<Record<CheckId, CheckDraft>>;
  errors: FieldErrors;
  isDisabled: boolean;
  onChange: (id: CheckId, change: Partial<CheckDraft>) => void;
}

function row(id: CheckId, rule: CheckDraft, error: string | undefined, isDisabled: boolean, onChange: Props['onChange']): RowType {
  const info = checkInfo(id);
  const fieldId = `weight-${id.replace(/\./g, '-')}`;
  return {
    key: id,
    testId: `rubric-row-${id}`,
    cells: [
      {
        key: 'enabled',
        content: <Toggle label={`Run the check "${info.name}"`} isChecked={rule.enabled} isDisabled={isDisabled} onChange={(event) => onChange(id, { enabled: event.currentTarget.checked })} testId={`enabled-${id}`} />,
      },
      {
        key: 'check',
        content: (
          <Stack space="space.025">
            <Text weight="medium" color={rule.enabled ? 'color.text' : 'color.text.subtlest'}>
              {info.name}
            </Text>
            <Text size="small" color="color.text.subtle">
              {info.description}
            </Text>
          </Stack>
        ),
      },
      {
        key: 'weight',
        content: (
          <Stack space="space.025">
            <Textfield
              id={fieldId}
              testId={fieldId}
              aria-label={`Weight of "${info.name}" in points`}
              type="number"
              inputMode="numeric"
              min={LIMITS.weight.min}
              max={LIMITS.weight.max}
              width={90}
              isCompact
              value={rule.weight}
              isInvalid={Boolean(error)}
              isDisabled={isDisabled}
              aria-describedby={error ? `${fieldId}-message` : undefined}
              onChange={(event) => onChange(id, { weight: event.currentTarget.value })}
            />
            <FieldMessage id={`${fieldId}-message`} error={error} />
          </Stack>
        ),
      },
      {
        key: 'severity',
        content: (
          <Select<SeverityOption>
            aria-label={`Severity of "${info.name}"`}
            testId={`severity-${id}`}
            spacing="compact"
            options={SEVERITY_OPTIONS}
            value={SEVERITY_OPTIONS.find((option) => option.value === rule.severity) ?? null}
            isDisabled={isDisabled}
            isSearchable={false}
            menuPlacement="auto"
            menuPosition="fixed"
            onChange={(option) => option && onChange(id, { severity: option.value })}
          />
        ),
      },
    ],
  };
}

export function RubricTable({ checks, errors, isDisabled, onChange }: Props) {
  const rows = (Object.entries(checks) as Array<[CheckId, CheckDraft]>).map(([id, rule]) => row(id, rule, errors[`weight:${id}`], isDisabled, onChange));
  return (
    <div data-testid="rubric-table">
      <DynamicTable label="Definition of Ready checks" head={HEAD} rows={rows} />
    </div>
  );
}
