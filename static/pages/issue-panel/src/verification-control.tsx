/** Pass / fail / not verified for one criterion: three toggle buttons, one pressed. */
import CheckMarkIcon from '@atlaskit/icon/core/check-mark';
import CrossIcon from '@atlaskit/icon/core/cross';
import MinusIcon from '@atlaskit/icon/core/minus';
import { Box, Inline } from '@atlaskit/primitives';
import type { VerificationState } from '../../../../src/contract/issue-panel';
import { IconAction } from '../../../shared/ui/icon-action';

const options = [
  { state: 'passed', label: 'Mark passed', icon: CheckMarkIcon, tone: 'success' },
  { state: 'failed', label: 'Mark failed', icon: CrossIcon, tone: 'danger' },
  { state: 'unverified', label: 'Mark not verified', icon: MinusIcon, tone: 'neutral' },
] as const satisfies ReadonlyArray<{ state: VerificationState; label: string; icon: unknown; tone: string }>;

interface Props {
  state: VerificationState;
  criterionLabel: string;
  onChange: (state: VerificationState) => void;
}

export function VerificationControl({ state, criterionLabel, onChange }: Props) {
  return (
    <Box role="group" aria-label={`Verification of ${criterionLabel}`}>
      <Inline space="space.025">
      {options.map((option) => (
        <IconAction
          key={option.state}
          icon={option.icon}
          label={`${option.label}: ${criterionLabel}`}
          hint={option.label}
          pressed={state === option.state}
          tone={option.tone}
          testId={`verify-${option.state}`}
          onClick={() => onChange(option.state)}
        />
      ))}
      </Inline>
    </Box>
  );
}
