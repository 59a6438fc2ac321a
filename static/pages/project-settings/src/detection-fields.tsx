/**
 * When Accord flags a risk on the project page: the detectors' thresholds, which detectors run, and which
 * issue types need no estimate. The defaults work without setup; these make them fit the team.
 */
import { Checkbox } from '@atlaskit/checkbox';
import { Label, Legend } from '@atlaskit/form';
import Select from '@atlaskit/select';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import { DETECTOR_IDS, type DetectorId } from '../../../../src/domain/detections/detector-ids';
import { DETECTOR_NAMES } from './detector-names';
import { FieldMessage } from './field-message';
import { NumberField } from './number-field';
import { PM_LIMITS } from './project-manager-draft';
import type { FieldErrors, SettingsDraft } from './settings-draft';

type Detection = Pick<SettingsDraft, 'untouchedDays' | 'scopeAddedPercent' | 'burnMarginPoints' | 'recentlyResolvedDays' | 'estimateExemptTypes' | 'disabledDetectors'>;

interface Option {
  label: string;
  value: string;
}

const fieldset = xcss({ borderStyle: 'none', padding: 'space.0', margin: 'space.0' });
const columns = xcss({ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(20rem, 1fr))', gap: 'space.050' });
const types = xcss({ maxWidth: '32rem' });

interface Props {
  value: Detection;
  issueTypes: string[];
  errors: FieldErrors;
  isDisabled: boolean;
  onChange: (change: Partial<Detection>) => void;
}

export function DetectionFields({ value, issueTypes, errors, isDisabled, onChange }: Props) {
  const toggle = (id: DetectorId, on: boolean) =>
    onChange({ disabledDetectors: on ? value.disabledDetectors.filter((d) => d !== id) : [...value.disabledDetectors, id] });
  // A type listed earlier but gone from the project stays visible, so saving does not drop it silently.
  const names = [...issueTypes, ...value.estimateExemptTypes.filter((name) => !issueTypes.includes(name))];
  const options: Option[] = names.map((name) => ({ label: name, value: name }));
  return (
    <Stack space="space.300">
      <Inline space="space.400" shouldWrap alignBlock="start">
        <NumberField
          id="untouched-days"
          label="Untouched for"
          value={value.untouchedDays}
          min={PM_LIMITS.untouchedDays.min}
          max={PM_LIMITS.untouchedDays.max}
          unit="days"
          helper="A ticket of the active sprint not updated this long is flagged."
          error={errors.untouchedDays}
          isDisabled={isDisabled}
          onChange={(untouchedDays) => onChange({ untouchedDays })}
        />
        <NumberField
          id="scope-added-percent"
          label="Scope added above"
          value={value.scopeAddedPercent}
          min={PM_LIMITS.scopeAddedPercent.min}
          max={PM_LIMITS.scopeAddedPercent.max}
          unit="% of the commitment"
          helper="Points added after the sprint started."
          error={errors.scopeAddedPercent}
          isDisabled={isDisabled}
          onChange={(scopeAddedPercent) => onChange({ scopeAddedPercent })}
        />
        <NumberField
          id="burn-margin-points"
          label="Budget ahead of work by"
          value={value.burnMarginPoints}
          min={PM_LIMITS.burnMarginPoints.min}
          max={PM_LIMITS.burnMarginPoints.max}
          unit="points"
          helper="Budget used (%) minus work done (%)."
          error={errors.burnMarginPoints}
          isDisabled={isDisabled}
          onChange={(burnMarginPoints) => onChange({ burnMarginPoints })}
        />
        <NumberField
          id="recently-resolved-days"
          label="Sign-off awaited for"
          value={value.recentlyResolvedDays}
          min={PM_LIMITS.recentlyResolvedDays.min}
          max={PM_LIMITS.recentlyResolvedDays.max}
          unit="days"
          helper="Done tickets resolved this recently still need a sign-off."
          error={errors.recentlyResolvedDays}
          isDisabled={isDisabled}
          onChange={(recentlyResolvedDays) => onChange({ recentlyResolvedDays })}
        />
      </Inline>
      <Box xcss={types}>
        <Stack space="space.050">
          <Label htmlFor="estimate-exempt-input">Issue types that need no estimate</Label>
          <Select<Option, true>
            inputId="estimate-exempt-input"
            testId="estimate-exempt-types"
            isMulti
            options={options}
            value={options.filter((option) => value.estimateExemptTypes.includes(option.value))}
            isDisabled={isDisabled}
            isInvalid={Boolean(errors.estimateExemptTypes)}
            placeholder="Every type needs an estimate"
            aria-describedby="estimate-exempt-message"
            onChange={(chosen) => onChange({ estimateExemptTypes: chosen.map((option) => option.value) })}
          />
          <FieldMessage id="estimate-exempt-message" error={errors.estimateExemptTypes} helper="Unestimated tickets of these types in the next sprint are not flagged." />
        </Stack>
      </Box>
      <Box as="fieldset" xcss={fieldset}>
        <Legend>Detect</Legend>
        <Box xcss={columns}>
          {DETECTOR_IDS.map((id) => (
            <Checkbox
              key={id}
              name="detectors"
              value={id}
              label={DETECTOR_NAMES[id]}
              isChecked={!value.disabledDetectors.includes(id)}
              isDisabled={isDisabled}
              onChange={(event) => toggle(id, event.currentTarget.checked)}
              testId={`detector-${id}`}
            />
          ))}
        </Box>
      </Box>
    </Stack>
  );
}
