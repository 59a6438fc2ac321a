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

/** The fingerprint stored on the issue, or null when there is none or it is not Accord's shape. */
export function storedFingerprint(value: unknown): string | null {
  const fp = (value as { fingerprint?: unknown } | null | undefined)?.fingerprint;
  return typeof fp === 'string' ? fp : null;
}
