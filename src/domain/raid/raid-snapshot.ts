import { z } from 'zod';
import { ok, type Result } from '../criteria/result';
import { parseIsoWeek } from '../weeks';
import { exposure, riskPosition } from './heat-map';
import type { RaidItem } from './raid-item';
import { RISK_STATUSES, type RiskStatus, type Scale } from './raid-kinds';

export interface SnapshotRisk {
  readonly id: string;
  readonly number: number;
  readonly likelihood: Scale;
  readonly impact: Scale;
  readonly residualLikelihood: Scale | null;
  readonly residualImpact: Scale | null;
  readonly score: number;
  readonly status: RiskStatus;
}

/** The risks as they stood in one ISO week (kept weekly, so the page can show how exposure moved). */
export interface RaidSnapshot {
  readonly week: string;
  readonly exposure: number;
  readonly residualExposure: number;
  readonly risks: readonly SnapshotRisk[];
}

const scale = z.int().min(1).max(5).transform((n) => n as Scale);
export const raidSnapshotSchema: z.ZodType<RaidSnapshot, unknown> = z.object({
  week: z.string(),
  exposure: z.number(),
  residualExposure: z.number(),
  risks: z.array(
    z.object({
      id: z.string(),
      number: z.int(),
      likelihood: scale,
      impact: scale,
      residualLikelihood: scale.nullable(),
      residualImpact: scale.nullable(),
      score: z.int(),
      status: z.enum(RISK_STATUSES),
    }),
  ),
});

/** Every risk (closed ones too, so the next week can tell what closed) with the exposure of the live ones. */
export function raidSnapshot(items: readonly RaidItem[], week: string): Result<RaidSnapshot, 'invalid_week'> {
  const label = parseIsoWeek(week);
  if (!label.ok) return label;
  const risks = items.flatMap((item) => (item.kind === 'risk' ? [item] : [])).sort((a, b) => a.number - b.number);
  const total = exposure(risks);
  return ok({
    week,
    exposure: total.inherent,
    residualExposure: total.residual,
    risks: risks.map((r) => ({
      id: r.id,
      number: r.number,
      likelihood: r.likelihood,
      impact: r.impact,
      residualLikelihood: r.residualLikelihood,
      residualImpact: r.residualImpact,
      score: r.score,
      status: r.status,
    })),
  });
}

export type Movement = 'up' | 'down' | 'same' | 'new' | 'closed';

export interface RiskMove {
  readonly id: string;
  readonly number: number;
  readonly movement: Movement;
  /** Null for a new risk. */
  readonly fromScore: number | null;
  /** Null for a risk gone from the register. */
  readonly toScore: number | null;
  readonly fromStatus: RiskStatus | null;
  readonly toStatus: RiskStatus | null;
}

/**
 * How each risk moved between two weekly snapshots, by score on `basis` (residual falls back to inherent).
 * New: not in the previous snapshot. Closed: closed now but not before, or gone from the register. A risk
 * reopened since counts as up (it is back in the exposure). Closed in both: same. Ordered by number.
 */
export function riskMovement(previous: RaidSnapshot | null, current: RaidSnapshot, basis: 'inherent' | 'residual' = 'inherent'): RiskMove[] {
  const before = new Map((previous?.risks ?? []).map((r) => [r.id, r]));
  const now = new Map(current.risks.map((r) => [r.id, r]));
  const moves: RiskMove[] = [];
  for (const risk of current.risks) {
    const was = before.get(risk.id);
    const toScore = scoreOf(risk, basis);
    if (was === undefined) {
      moves.push({ id: risk.id, number: risk.number, movement: 'new', fromScore: null, toScore, fromStatus: null, toStatus: risk.status });
      continue;
    }
    const fromScore = scoreOf(was, basis);
    const wasClosed = was.status === 'closed';
    const isClosed = risk.status === 'closed';
    let movement: Movement;
    if (isClosed) movement = wasClosed ? 'same' : 'closed';
    else if (wasClosed) movement = 'up';
    else movement = toScore > fromScore ? 'up' : toScore < fromScore ? 'down' : 'same';
    moves.push({ id: risk.id, number: risk.number, movement, fromScore, toScore, fromStatus: was.status, toStatus: risk.status });
  }
  for (const was of previous?.risks ?? []) {
    if (now.has(was.id) || was.status === 'closed') continue;
    moves.push({ id: was.id, number: was.number, movement: 'closed', fromScore: scoreOf(was, basis), toScore: null, fromStatus: was.status, toStatus: null });
  }
  return moves.sort((a, b) => a.number - b.number);
}

export interface ExposurePoint {
  readonly week: string;
  readonly exposure: number;
  readonly residualExposure: number;
}

/** Exposure week by week, in week order; a week given twice keeps the later snapshot. */
export function exposureOverTime(snapshots: readonly RaidSnapshot[]): ExposurePoint[] {
  const byWeek = new Map<string, ExposurePoint>();
  for (const s of snapshots) byWeek.set(s.week, { week: s.week, exposure: s.exposure, residualExposure: s.residualExposure });
  return [...byWeek.values()].sort((a, b) => (a.week < b.week ? -1 : 1));
}

function scoreOf(risk: SnapshotRisk, basis: 'inherent' | 'residual'): number {
  return riskPosition(risk, basis).score;
}
