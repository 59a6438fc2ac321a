/**
 * The project's hour budget: on or off, the total hours, the period, and an optional plan week by week.
 * The project page compares the logged hours with it: burn chart, run-out date, "burning ahead" warnings.
 */
import { Inline, Stack } from '@atlaskit/primitives';
import { DateField } from './date-field';
import { NumberField } from './number-field';
import { PM_LIMITS } from './project-manager-draft';
import type { FieldErrors, SettingsDraft } from './settings-draft';
import { ToggleField } from './toggle-field';
import { WeeklyPlanField } from './weekly-plan-field';

type Budget = Pick<SettingsDraft, 'budgetEnabled' | 'budgetHours' | 'budgetStart' | 'budgetEnd' | 'weeklyPlan'>;

interface Props {
  value: Budget;
  errors: FieldErrors;
  isDisabled: boolean;
  onChange: (change: Partial<Budget>) => void;
}

export function BudgetFields({ value, errors, isDisabled, onChange }: Props) {
  return (
    <Stack space="space.200">
      <ToggleField
        id="budget-enabled"
        label="Track an hour budget"
        description="Compare the hours logged on the project's tickets with a budget: burn chart, the date it runs out, and a warning when hours burn ahead of the work."
        isChecked={value.budgetEnabled}
        isDisabled={isDisabled}
        onChange={(budgetEnabled) => onChange({ budgetEnabled })}
      />
      {value.budgetEnabled && (
        <Stack space="space.200">
          <Inline space="space.400" shouldWrap alignBlock="start">
            <NumberField
              id="budget-hours"
              label="Budget"
              value={value.budgetHours}
              min={PM_LIMITS.budgetHours.min}
              max={PM_LIMITS.budgetHours.max}
              unit="hours"
              error={errors.budgetHours}
              isDisabled={isDisabled}
              onChange={(budgetHours) => onChange({ budgetHours })}
            />
            <DateField id="budget-start" label="First day" value={value.budgetStart} error={errors.budgetStart} isDisabled={isDisabled} onChange={(budgetStart) => onChange({ budgetStart })} />
            <DateField id="budget-end" label="Last day" value={value.budgetEnd} error={errors.budgetEnd} isDisabled={isDisabled} onChange={(budgetEnd) => onChange({ budgetEnd })} />
          </Inline>
          <WeeklyPlanField value={value.weeklyPlan} error={errors.weeklyPlan} isDisabled={isDisabled} onChange={(weeklyPlan) => onChange({ weeklyPlan })} />
        </Stack>
      )}
    </Stack>
  );
}
