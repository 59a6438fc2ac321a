import { around } from '../text-snippet';
import { finding, MAX_FINDINGS_PER_CHECK, NO_FINDINGS, type Check } from './check';
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

// Left-over template text. Upper-case markers only: "todo list" is a feature, "TODO" is a gap.
const PLACEHOLDER_MARKERS = /(?<![\w-])(?:TODO|FIXME|TBC|XXX+)(?![\w-])/g;
const PLACEHOLDER_PHRASES = new RegExp(
  [
    String.raw`(?<![\w-])(?:tbd|t\.b\.d\.|lorem ipsum(?: dolor)?|to be (?:defined|determined|decided|confirmed|completed|clarified|added|written|specified|discussed)|(?:description|details|text|content|summary) (?:goes|to go) here|fill (?:this |me )?in(?: later)?|placeholder)(?![\w-])`,
    // "<describe here>", "As a <role>": a word in angle brackets, not a comparison or generic type.
    String.raw`(?<![\w])<[A-Za-z][^<>\n]{0,60}>`,
    String.raw`\[(?:insert|describe|add|enter|your|fill|write|provide|link to|todo|tbd|type)\b[^\]\n]{0,60}\]`,
    String.raw`\{\{[^{}\n]{1,60}\}\}`,
  ].join('|'),
  'gi',
);

export const descriptionPlaceholder: Check = (ticket, rules) => {
  let found: Finding[] | null = null;
  const seen = new Set<string>();
  // The summary first: a story sentence with "<role>" left in the title is the same gap.
  for (let index = -1; index < ticket.blocks.length; index++) {
    const text = index < 0 ? ticket.summary : ticket.blocks[index]!.prose;
    if (text === '') continue;
    for (const pattern of [PLACEHOLDER_MARKERS, PLACEHOLDER_PHRASES]) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        const key = match[0].toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        found ??= [];
        if (found.length >= MAX_FINDINGS_PER_CHECK) return found;
        found.push(
          finding(
            'description.placeholder',
            rules,
            `Placeholder text left in the ${index < 0 ? 'summary' : 'description'}: "${match[0]}".`,
            around(text, match.index, match.index + match[0].length),
            'Replace the placeholder with the real content, or remove it.',
          ),
        );
      }
    }
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
