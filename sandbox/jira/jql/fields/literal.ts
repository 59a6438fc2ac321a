import { refuseFunction } from '../functions';
import type { SingleTerm } from '../operand-term';

/** The literal a field takes; functions the field does not accept are refused with Jira's kind of message. */
export function literalOf(term: SingleTerm, field: string): string {
  if (term.kind === 'function') refuseFunction(term, field);
  return term.value;
}

export function lowerOrEmpty(value: string | null): string[] {
  return value ? [value.toLowerCase()] : [];
}

export function compareText(a: string | number, b: string | number): number {
  return String(a).localeCompare(String(b), 'en', { sensitivity: 'base', numeric: true });
}
