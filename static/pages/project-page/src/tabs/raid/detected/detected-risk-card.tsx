/**
 * One risk the app found in Jira: what it saw and why it matters, the tickets behind it, the likelihood and
 * impact it proposes, and "Add to register" (one click), or which register item already tracks it.
 */
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { Scale } from '../../../../../../../src/domain/raid/raid-kinds';
import { impactLabel, likelihoodLabel } from '../../../common/raid-words';
import { RiskScore } from '../../../common/risk-score';
import type { DetectedRiskView } from '../../../project-page-api';
import { EvidenceKey } from './evidence-key';

const card = xcss({
  padding: 'space.200',
  borderRadius: 'radius.medium',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  backgroundColor: 'elevation.surface',
});
const evidenceList = xcss({ margin: 'space.0', paddingInlineStart: 'space.250' });
const EVIDENCE_SHOWN = 5;

const asScale = (n: number): Scale => Math.min(5, Math.max(1, Math.round(n))) as Scale;

interface Props {
  risk: DetectedRiskView;
  canEdit: boolean;
  onPromote: () => void;
  promoting: boolean;
  onOpenTracking: (label: string) => void;
  error: string | null;
}

export function DetectedRiskCard({ risk, canEdit, onPromote, promoting, onOpenTracking, error }: Props) {
  const [showAll, setShowAll] = useState(false);
  const evidence = showAll ? risk.evidence : risk.evidence.slice(0, EVIDENCE_SHOWN);
  const headingId = `detected-${risk.signalKey.replace(/[^a-z0-9]+/giu, '-')}`;
  return (
    <Box as="article" xcss={card} aria-labelledby={headingId} testId="raid-detected">
      <Stack space="space.150">
        <Inline spread="space-between" alignBlock="start" space="space.200">
          <Stack space="space.050">
            <Heading size="xsmall" as="h4" id={headingId}>
              {risk.title}
            </Heading>
            <Text color="color.text.subtle">{risk.explanation}</Text>
          </Stack>
          {risk.trackedBy ? (
            <Button appearance="subtle" onClick={() => onOpenTracking(risk.trackedBy ?? '')} testId="raid-detected-tracked">
              Tracked as {risk.trackedBy}
            </Button>
          ) : (
            canEdit && (
              <Button appearance="primary" onClick={onPromote} isLoading={promoting} testId="raid-promote">
                Add to register
              </Button>
            )
          )}
        </Inline>
        {evidence.length > 0 && (
          <Box as="ul" xcss={evidenceList} aria-label="Tickets behind it">
            {evidence.map((e) => (
              <li key={e.key}>
                <Inline space="space.075" shouldWrap alignBlock="baseline">
                  <EvidenceKey evidenceKey={e.key} onOpenItem={onOpenTracking} />
                  <Text>{e.summary}</Text>
                  <Text size="small" color="color.text.subtle">
                    · {e.fact}
                  </Text>
                </Inline>
              </li>
            ))}
          </Box>
        )}
        <Inline space="space.150" alignBlock="center" shouldWrap>
          {risk.evidence.length > EVIDENCE_SHOWN && (
            <Button appearance="subtle" spacing="compact" onClick={() => setShowAll((v) => !v)}>
              {showAll ? 'Show fewer tickets' : `Show all ${risk.evidence.length} tickets`}
            </Button>
          )}
          <Inline space="space.075" alignBlock="center">
            <Text size="small" color="color.text.subtle">
              Proposed: likelihood {likelihoodLabel(asScale(risk.proposedLikelihood))}, impact {impactLabel(asScale(risk.proposedImpact))}
            </Text>
            <RiskScore score={risk.proposedLikelihood * risk.proposedImpact} />
          </Inline>
        </Inline>
        {error && (
          <Text color="color.text.danger" testId="raid-promote-error">
            {error}
          </Text>
        )}
      </Stack>
    </Box>
  );
}
