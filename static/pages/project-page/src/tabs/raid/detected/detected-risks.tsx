/**
 * "Detected risks": what the last snapshot found in Jira (unready or blocked tickets, late forecasts, budget
 * burn ...), each explained with its tickets, to add to the register in one click.
 */
import Badge from '@atlaskit/badge';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { DetectedRiskView } from '../../../project-page-api';
import { DetectedRiskCard } from './detected-risk-card';

function summary(detected: readonly DetectedRiskView[], hasSnapshot: boolean): string {
  if (!hasSnapshot) return 'Accord reads the project with each snapshot and lists here what puts delivery at risk. Refresh to make the first one.';
  if (detected.length === 0) return 'The last snapshot found nothing that puts delivery at risk.';
  const tracked = detected.filter((d) => d.trackedBy !== null).length;
  const found = detected.length === 1 ? 'The last snapshot found 1' : `The last snapshot found ${detected.length}`;
  if (tracked === 0) return `${found}; none is in the register yet.`;
  if (tracked === detected.length) return `${found}; all are in the register.`;
  return `${found}; ${tracked} ${tracked === 1 ? 'is' : 'are'} in the register.`;
}

interface Props {
  detected: readonly DetectedRiskView[];
  hasSnapshot: boolean;
  canEdit: boolean;
  promoting: string | null;
  errors: Readonly<Record<string, string>>;
  onPromote: (signalKey: string) => void;
  onOpenTracking: (label: string) => void;
}

export function DetectedRisks({ detected, hasSnapshot, canEdit, promoting, errors, onPromote, onOpenTracking }: Props) {
  const untracked = detected.filter((d) => d.trackedBy === null).length;
  return (
    <Stack space="space.150">
      <Inline space="space.100" alignBlock="center">
        <Heading size="small" as="h2" id="raid-detected-heading">
          Detected risks
        </Heading>
        <Badge appearance={untracked > 0 ? 'important' : 'default'}>{untracked}</Badge>
      </Inline>
      <Text color="color.text.subtle">{summary(detected, hasSnapshot)}</Text>
      {detected.map((risk) => (
        <DetectedRiskCard
          key={risk.signalKey}
          risk={risk}
          canEdit={canEdit}
          promoting={promoting === risk.signalKey}
          error={errors[risk.signalKey] ?? null}
          onPromote={() => onPromote(risk.signalKey)}
          onOpenItem={onOpenTracking}
        />
      ))}
    </Stack>
  );
}
