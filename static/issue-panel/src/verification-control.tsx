/** Pass / fail / not verified for one criterion: three toggle buttons, one pressed. */
import { IconButton } from '@atlaskit/button/new';
import CheckMarkIcon from '@atlaskit/icon/core/check-mark';
import CrossIcon from '@atlaskit/icon/core/cross';
import MinusIcon from '@atlaskit/icon/core/minus';
import { Inline } from '@atlaskit/primitives';
import type { VerificationState } from '../../../src/contract/issue-panel';

const options = [
  { state: 'passed', label: 'Mark passed', icon: CheckMarkIcon },
  { state: 'failed', label: 'Mark failed', icon: CrossIcon },
  { state: 'unverified', label: 'Mark not verified', icon: MinusIcon },
] as const satisfies ReadonlyArray<{ state: VerificationState; label: string; icon: unknown }>;

interface Props {
  state: VerificationState;
  criterionLabel: string;
  onChange: (state: VerificationState) => void;
}

export function VerificationControl({ state, criterionLabel, onChange }: Props) {
  return (
    <Inline space="space.025" role="group" aria-label={`Verification of ${criterionLabel}`}>
      {options.map((option) => (
        <IconButton
          key={option.state}
          icon={option.icon}
          label={`${option.label}: ${criterionLabel}`}
          tooltip={{ content: option.label }}
          appearance="subtle"
          spacing="compact"
          isSelected={state === option.state}
          aria-pressed={state === option.state}
          testId={`verify-${option.state}`}
          onClick={() => onChange(option.state)}
        />
      ))}
    </Inline>
  );
}
