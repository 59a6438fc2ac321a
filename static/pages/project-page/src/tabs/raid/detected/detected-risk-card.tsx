/**
 * One risk the app found in Jira: what it saw and why it matters, the tickets behind it (keys at a glance,
 * each ticket's fact on demand), the likelihood and impact it proposes, and "Add to register" in one click,
 * or the register item that already tracks it.
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
  paddingBlock: 'space.150',
  paddingInline: 'space.200',
  borderRadius: 'radius.medium',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  backgroundColor: 'elevation.surface',
});
const main = xcss({ flexGrow: 1, flexBasis: '0', minWidth: '0' });
const side = xcss({ flexShrink: 0 });
const evidenceList = xcss({ margin: 'space.0', paddingInlineStart: 'space.250' });
const KEYS_SHOWN = 6;

const asScale = (n: number): Scale => Math.min(5, Math.max(1, Math.round(n))) as Scale;

interface Props {
  risk: DetectedRiskView;
  canEdit: boolean;
  onPromote: () => void;
  promoting: boolean;
  onOpenItem: (label: string) => void;
  error: string | null;
}

export function DetectedRiskCard({ risk, canEdit, onPromote, promoting, onOpenItem, error }: Props) {
  const [open, setOpen] = useState(false);
  const headingId = `detected-${risk.signalKey.replace(/[^a-z0-9]+/giu, '-')}`;
  const listId = `${headingId}-tickets`;
  const likelihood = asScale(risk.proposedLikelihood);
  const impact = asScale(risk.proposedImpact);
  return (
    <Box as="article" xcss={card} aria-labelledby={headingId} testId="raid-detected">
      <Stack space="space.100">
        <Inline space="space.200" alignBlock="start">
          <Box xcss={main}>
            <Stack space="space.050">
              <Heading size="xsmall" as="h3" id={headingId}>
                {risk.title}
              </Heading>
              <Text color="color.text.subtle">{risk.explanation}</Text>
            </Stack>
          </Box>
          <Box xcss={side}>
            <Inline space="space.150" alignBlock="center">
              <Inline space="space.075" alignBlock="center">
                <Text size="small" color="color.text.subtle">
                  <span title={`Likelihood ${likelihoodLabel(likelihood)}, impact ${impactLabel(impact)}`}>
                    Proposed {likelihood} × {impact}
                  </span>
                </Text>
                <RiskScore score={likelihood * impact} />
              </Inline>
              {risk.trackedBy ? (
                <Button appearance="subtle" onClick={() => onOpenItem(risk.trackedBy ?? '')} testId="raid-detected-tracked">
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
          </Box>
        </Inline>
        {risk.evidence.length > 0 && (
          <Inline space="space.100" alignBlock="center" shouldWrap>
            {risk.evidence.slice(0, KEYS_SHOWN).map((e) => (
              <EvidenceKey key={e.key} evidenceKey={e.key} onOpenItem={onOpenItem} />
            ))}
            {risk.evidence.length > KEYS_SHOWN && (
              <Text size="small" color="color.text.subtle">
                and {risk.evidence.length - KEYS_SHOWN} more
              </Text>
            )}
            <Button appearance="subtle" spacing="compact" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((v) => !v)} testId="raid-detected-details">
              {open ? 'Hide details' : 'Show details'}
            </Button>
          </Inline>
        )}
        {open && (
          <Box as="ul" xcss={evidenceList} id={listId} aria-label={`The tickets behind "${risk.title}"`}>
            {risk.evidence.map((e) => (
              <li key={e.key}>
                <Inline space="space.075" shouldWrap alignBlock="baseline">
                  <EvidenceKey evidenceKey={e.key} onOpenItem={onOpenItem} />
                  <Text>{e.summary}</Text>
                  <Text size="small" color="color.text.subtle">
                    · {e.fact}
                  </Text>
                </Inline>
              </li>
            ))}
          </Box>
        )}
        {error && (
          <Text color="color.text.danger" testId="raid-promote-error">
            {error}
          </Text>
        )}
      </Stack>
    </Box>
  );
}
