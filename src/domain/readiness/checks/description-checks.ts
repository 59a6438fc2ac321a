import { finding, NO_FINDINGS, type Check } from './check';
import type { Finding } from '../types';

export const descriptionMissing: Check = (ticket, rules) =>
  ticket.descriptionLength > 0
    ? NO_FINDINGS
    : [
        finding(
          'description.missing',
          rules,
          'The ticket has no description.',
          '',
          'Describe who needs what and why, and how the team will know it is done.',
        ),
      ];

/** Placeholders found by the shared term scan (see term-scan.ts), one finding per distinct text. */
export const descriptionPlaceholder: Check = (ticket, rules) => {
  let found: Finding[] | null = null;
  for (const hit of ticket.terms) {
    if (hit.kind !== 'placeholder') continue;
    found ??= [];
    found.push(
      finding(
        'description.placeholder',
        rules,
        `Placeholder text left in the ${hit.source}: "${hit.term}".`,
        hit.evidence,
        'Replace the placeholder with the real content, or remove it.',
      ),
    );
  }
  return found ?? NO_FINDINGS;
};

export const descriptionTooShort: Check = (ticket, rules) => {
  const length = ticket.descriptionLength;
  const minimum = rules.rubric.minDescriptionLength;
  if (length === 0 || length >= minimum) return NO_FINDINGS;
  return [
    finding(
      'description.too-short',
      rules,
      `The description has ${length} characters of text; at least ${minimum} are expected.`,
      ticket.blocks.map((block) => block.text).join(' '),
      'Add the context a developer needs: who needs it, what should happen, and how to verify it.',
    ),
  ];
};
