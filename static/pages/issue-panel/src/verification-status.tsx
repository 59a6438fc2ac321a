/** The outcome of a criterion's check, with who set it and when. */
import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives';
import type { CriterionView } from '../../../../src/contract/issue-panel';
import { formatWhen, personName } from './format';

export function VerificationStatus({ verification }: { verification: CriterionView['verification'] }) {
  if (verification.state === 'unverified') {
    return (
      <Text size="small" color="color.text.subtlest">
        Not verified yet
      </Text>
    );
  }
  const passed = verification.state === 'passed';
  return (
    <Inline space="space.075" alignBlock="center" shouldWrap>
      <Lozenge appearance={passed ? 'success' : 'removed'}>{passed ? 'Passed' : 'Failed'}</Lozenge>
      {(verification.by || verification.at) && (
        <Text size="small" color="color.text.subtlest">
          {verification.by ? personName(verification.by) : ''}
          {verification.by && verification.at ? ' · ' : ''}
          {formatWhen(verification.at)}
        </Text>
      )}
    </Inline>
  );
}
