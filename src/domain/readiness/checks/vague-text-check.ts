import type { Finding } from '../types';
import { finding, NO_FINDINGS, type Check } from './check';

/**
 * Vague or unmeasurable terms from the rubric's list, in the summary and description prose, one
 * finding per distinct term. Found by the shared term scan (see term-scan.ts); a term that is also a
 * placeholder ("TBD") is reported once, as a placeholder.
 */
export const textVague: Check = (ticket, rules) => {
  let found: Finding[] | null = null;
  for (const hit of ticket.terms) {
    if (hit.kind !== 'vague') continue;
    found ??= [];
    found.push(
      finding(
        'text.vague',
        rules,
        `Vague term "${hit.term}": it cannot be measured or tested.`,
        hit.evidence,
        `Replace "${hit.term}" with something measurable (a number, a limit, a named case).`,
      ),
    );
  }
  return found ?? NO_FINDINGS;
};
