import type { ReadinessResult } from './types';

/**
 * A stable string that changes exactly when a result changes in a way worth storing: its score,
 * its readiness, or which checks failed. Messages and evidence are left out on purpose so that
 * rewording a message does not rewrite every ticket's stored result.
 */
export function readinessFingerprint(result: ReadinessResult): string {
  const checks = [...new Set(result.findings.map((item) => item.check))].sort();
  return `${result.score}|${result.ready ? 'ready' : 'not-ready'}|${checks.join(',')}`;
}
