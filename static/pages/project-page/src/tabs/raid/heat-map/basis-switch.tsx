/** Inherent or residual: where risks sit before their response, or after it (inherent where no residual is set). */
import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import type { HeatBasis } from '../../../../../../../src/domain/raid/heat-map';

const CHOICES: ReadonlyArray<{ basis: HeatBasis; label: string }> = [
  { basis: 'inherent', label: 'Inherent' },
  { basis: 'residual', label: 'Residual' },
];

export function BasisSwitch({ basis, onChange }: { basis: HeatBasis; onChange: (basis: HeatBasis) => void }) {
  return (
    <Inline space="space.050" role="group" aria-label="Show risks before or after their response">
      {CHOICES.map((choice) => (
        <Button
          key={choice.basis}
          spacing="compact"
          isSelected={basis === choice.basis}
          aria-pressed={basis === choice.basis}
          onClick={() => onChange(choice.basis)}
          testId={`raid-basis-${choice.basis}`}
        >
          {choice.label}
        </Button>
      ))}
    </Inline>
  );
}
