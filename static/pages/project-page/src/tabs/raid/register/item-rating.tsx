/** How serious an item is: a risk's score (and residual score after the response), an issue's severity. */
import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives';
import VisuallyHidden from '@atlaskit/visually-hidden';
import type { RaidItem } from '../../../../../../../src/domain/raid/raid-item';
import { SEVERITY_APPEARANCE, SEVERITY_LABEL } from '../../../common/raid-words';
import { RiskScore } from '../../../common/risk-score';

export function ItemRating({ item }: { item: RaidItem }) {
  if (item.kind === 'risk') {
    return (
      <Inline space="space.075" alignBlock="center" testId="raid-rating">
        <RiskScore score={item.score} />
        {item.residualScore !== null && (
          <>
            <Text color="color.text.subtlest">
              <span aria-hidden>→</span>
              <VisuallyHidden>, after the response</VisuallyHidden>
            </Text>
            <RiskScore score={item.residualScore} />
          </>
        )}
      </Inline>
    );
  }
  if (item.kind === 'issue') return <Lozenge appearance={SEVERITY_APPEARANCE[item.severity]} isBold={item.severity === 'critical'}>{SEVERITY_LABEL[item.severity]}</Lozenge>;
  return <Text color="color.text.subtlest">—</Text>;
}
