import type { RaidItem, Risk } from './raid-item';
import { itemLabel, type Scale } from './raid-kinds';
import { riskBand, type RiskBand } from './risk-band';

export type HeatBasis = 'inherent' | 'residual';

export interface HeatCell {
  readonly likelihood: Scale;
  readonly impact: Scale;
  readonly score: number;
  readonly band: RiskBand;
  readonly count: number;
  /** The risks in the cell, by number: what a click on the cell lists. */
  readonly itemIds: readonly string[];
  readonly labels: readonly string[];
}

export interface HeatMap {
  readonly basis: HeatBasis;
  /** 25 cells: likelihood 5 down to 1 (rows, top to bottom), impact 1 up to 5 (columns, left to right). */
  readonly cells: readonly HeatCell[];
  readonly counted: number;
}

const SCALE: readonly Scale[] = [1, 2, 3, 4, 5];

/** A risk counts on the heat map and in exposure unless it is closed: an occurred risk still hurts. */
export function isLiveRisk(item: RaidItem): item is Risk {
  return item.kind === 'risk' && item.status !== 'closed';
}

/** Where a risk sits: its inherent values, or its residual ones (its inherent values while those are unset). */
export function riskPosition(
  risk: Pick<Risk, 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'>,
  basis: HeatBasis,
): { likelihood: Scale; impact: Scale; score: number } {
  if (basis === 'residual' && risk.residualLikelihood !== null && risk.residualImpact !== null) {
    return { likelihood: risk.residualLikelihood, impact: risk.residualImpact, score: risk.residualLikelihood * risk.residualImpact };
  }
  return { likelihood: risk.likelihood, impact: risk.impact, score: risk.likelihood * risk.impact };
}

/** Likelihood x impact grid of the open, mitigating and occurred risks; other kinds are ignored. */
export function heatMap(items: readonly RaidItem[], basis: HeatBasis = 'inherent'): HeatMap {
  const live = items.filter(isLiveRisk).sort((a, b) => a.number - b.number);
  const cells: HeatCell[] = [];
  for (const likelihood of [...SCALE].reverse()) {
    for (const impact of SCALE) {
      const inCell = live.filter((r) => {
        const at = riskPosition(r, basis);
        return at.likelihood === likelihood && at.impact === impact;
      });
      cells.push({
        likelihood,
        impact,
        score: likelihood * impact,
        band: riskBand(likelihood * impact),
        count: inCell.length,
        itemIds: inCell.map((r) => r.id),
        labels: inCell.map(itemLabel),
      });
    }
  }
  return { basis, cells, counted: live.length };
}

export interface Exposure {
  /** Sum of the scores of risks that are not closed. */
  readonly inherent: number;
  /** The same with residual scores (inherent where unset). */
  readonly residual: number;
  readonly risks: number;
  readonly itemIds: readonly string[];
}

export function exposure(items: readonly RaidItem[]): Exposure {
  const live = items.filter(isLiveRisk);
  return {
    inherent: live.reduce((sum, r) => sum + riskPosition(r, 'inherent').score, 0),
    residual: live.reduce((sum, r) => sum + riskPosition(r, 'residual').score, 0),
    risks: live.length,
    itemIds: live.map((r) => r.id),
  };
}
