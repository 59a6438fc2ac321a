import type { CompiledRubric } from '../compile-rubric';
import { clip } from '../text-snippet';
import type { TicketText } from '../ticket-text';
import type { CheckId, Finding } from '../types';

/** A check reads one ticket's text model and returns what it found (nothing: an empty array). */
export type Check = (ticket: TicketText, rules: CompiledRubric) => readonly Finding[];

/** Shared "found nothing" result, so passing checks allocate nothing. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** Most findings one check reports per ticket: enough to act on, bounded for storage and display. */
export const MAX_FINDINGS_PER_CHECK = 10;

export function finding(check: CheckId, rules: CompiledRubric, message: string, evidence: string, fix: string): Finding {
  return { check, severity: rules.rubric.checks[check].severity, message, evidence: clip(evidence), fix };
}
