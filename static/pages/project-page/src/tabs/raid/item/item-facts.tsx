/** The short facts of an item, by kind: the details beside its texts. */
import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives';
import type { PersonView } from '../../../../../../../src/contract/issue-panel';
import type { RaidItem } from '../../../../../../../src/domain/raid/raid-item';
import type { RaidItemView } from '../../../project-page-api';
import { KIND_LABEL, SEVERITY_APPEARANCE, SEVERITY_LABEL, statusAppearance, statusLabel } from '../../../common/raid-words';
import { RiskScore } from '../../../common/risk-score';
import type { Fact } from './fact-list';
import { fieldLabel } from './field-labels';
import { valueText } from './field-text';

function text(item: RaidItem, field: string, people: readonly PersonView[]): Fact {
  const values = item as unknown as Readonly<Record<string, string | number | readonly string[] | null>>;
  return { label: fieldLabel(field, item.kind), value: <Text>{valueText(field, values[field], people)}</Text>, testId: `raid-fact-${field}` };
}

export function itemFacts(view: RaidItemView, people: readonly PersonView[]): Fact[] {
  const { item } = view;
  const facts: Fact[] = [
    { label: 'Kind', value: <Text>{KIND_LABEL[item.kind]}</Text> },
    {
      label: 'Status',
      value: (
        <Inline space="space.075" shouldWrap>
          <Lozenge appearance={statusAppearance(item.status)}>{statusLabel(item.status)}</Lozenge>
          {view.overdue && (
            <Lozenge appearance="removed" isBold>
              {item.kind === 'assumption' ? 'Not validated in time' : 'Review overdue'}
            </Lozenge>
          )}
        </Inline>
      ),
      testId: 'raid-fact-status',
    },
    text(item, 'owner', people),
  ];
  switch (item.kind) {
    case 'risk':
      return [
        ...facts,
        text(item, 'category', people),
        text(item, 'likelihood', people),
        text(item, 'impact', people),
        { label: 'Score', value: <RiskScore score={item.score} />, testId: 'raid-fact-score' },
        text(item, 'response', people),
        text(item, 'residualLikelihood', people),
        text(item, 'residualImpact', people),
        { label: 'Residual score', value: item.residualScore === null ? <Text>—</Text> : <RiskScore score={item.residualScore} />, testId: 'raid-fact-residual-score' },
        text(item, 'dueDate', people),
        text(item, 'nextReviewDate', people),
      ];
    case 'assumption':
      return [...facts, text(item, 'validateBy', people)];
    case 'issue':
      return [...facts, { label: 'Severity', value: <Lozenge appearance={SEVERITY_APPEARANCE[item.severity]}>{SEVERITY_LABEL[item.severity]}</Lozenge> }];
    case 'decision':
      return [...facts, text(item, 'decidedBy', people), text(item, 'decidedAt', people)];
  }
}
