/** The fields of the item's kind. */
import { AssumptionFields } from './assumption-fields';
import { DecisionFields } from './decision-fields';
import type { FieldsProps } from './fields-props';
import { IssueFields } from './issue-fields';
import { RiskFields } from './risk-fields';

export function ItemFields(props: FieldsProps) {
  switch (props.draft.kind) {
    case 'risk':
      return <RiskFields {...props} />;
    case 'assumption':
      return <AssumptionFields {...props} />;
    case 'issue':
      return <IssueFields {...props} />;
    case 'decision':
      return <DecisionFields {...props} />;
  }
}
