import { mirrorDiffers } from '../../domain/criteria';
import type { ReadinessResult } from '../../domain/readiness/types';

/**
 * The issue property mirroring a readiness result, for JQL (`accordReadiness < 70`, `accordReady = "false"`)
 * and for the sprint summary. `ready` is a string because entity-property aliases have no boolean type.
 * Messages are capped so the value stays far below Jira's 32 KB property limit.
 */
export interface ReadinessProperty {
  score: number;
  ready: 'true' | 'false';
  threshold: number;
  fingerprint: string;
  findings: Array<{ check: string; severity: string; message: string }>;
  checkedAt: string;
}

const MAX_MESSAGE = 300;

export function readinessProperty(result: ReadinessResult, fingerprint: string, threshold: number, now: number): ReadinessProperty {
  return {
    score: result.score,
    ready: result.ready ? 'true' : 'false',
    threshold,
    fingerprint,
    findings: result.findings.map((f) => ({ check: f.check, severity: f.severity, message: f.message.slice(0, MAX_MESSAGE) })),
    checkedAt: new Date(now).toISOString(),
  };
}

/**
 * Whether the property on the issue says anything other than `expected`. Anyone who can edit the issue can
 * write it, so every field JQL or a reader could use counts (score, ready, threshold, fingerprint, which
 * checks failed and how badly); only the time of the check and the wording of messages (never read back,
 * and reworded between releases) are left out, so an unchanged result is not rewritten.
 */
export function readinessPropertyDiffers(stored: unknown, expected: ReadinessProperty): boolean {
  return mirrorDiffers(comparable(expected), comparable(stored));
}

function comparable(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { checkedAt: _checkedAt, findings, ...rest } = value as Record<string, unknown>;
  const shape = Array.isArray(findings)
    ? findings.map((f) => (typeof f === 'object' && f !== null ? { check: (f as Record<string, unknown>)['check'], severity: (f as Record<string, unknown>)['severity'] } : f))
    : findings;
  return { ...rest, findings: shape };
}
