import { around } from '../text-snippet';
import type { Finding } from '../types';
import { finding, MAX_FINDINGS_PER_CHECK, NO_FINDINGS, type Check } from './check';

/** Vague or unmeasurable terms in the summary and description prose, one finding per distinct term. */
export const textVague: Check = (ticket, rules) => {
  const pattern = rules.vagueTerms;
  if (pattern === null) return NO_FINDINGS;
  let found: Finding[] | null = null;
  let seen: Set<string> | null = null;
  const scan = (text: string): boolean => {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const term = match[0].toLowerCase();
      seen ??= new Set();
      if (seen.has(term)) continue;
      seen.add(term);
      found ??= [];
      found.push(
        finding(
          'text.vague',
          rules,
          `Vague term "${match[0]}": it cannot be measured or tested.`,
          around(text, match.index, match.index + match[0].length),
          `Replace "${match[0]}" with something measurable (a number, a limit, a named case).`,
        ),
      );
      if (found.length >= MAX_FINDINGS_PER_CHECK) return false;
    }
    return true;
  };
  if (scan(ticket.summary)) {
    for (const block of ticket.blocks) {
      if (block.prose !== '' && !scan(block.prose)) break;
    }
  }
  return found ?? NO_FINDINGS;
};
