/**
 * Which lines open an acceptance-criteria section and which open some other section.
 *
 * Accepted AC labels (any case, with or without a trailing colon, leading emoji or numbering,
 * hyphens as spaces): "Acceptance criteria", "Acceptance criterion", "Acceptance tests",
 * "Acceptance conditions", "AC", "ACs", "A/C", "A.C.", "Acceptance criteria (AC)", and the
 * German, French and Spanish equivalents seen in Jira sites.
 *
 * "Definition of done" is deliberately NOT an AC label: it is the team's shared checklist,
 * not this ticket's criteria, and importing it would repeat the same items on every ticket.
 * It ends an AC section instead, like "Notes" or "Out of scope".
 */
const AC_LABEL =
  /^(?:acceptance (?:criteria|criterion|criterias|tests?|conditions?)|acs?|a\/c|a\.c\.?|akzeptanzkriterien|crit[eè]res? d'acceptation|criterios de aceptaci[oó]n)(?: \((?:acs?|a\/c)\))?$/u;

const OTHER_SECTION =
  /^(?:out of scope|not in scope|non goals?|notes?|technical notes?|implementation notes?|tech notes?|dev notes?|design|designs|mockups?|ux|dependencies|open questions|questions|assumptions|risks?|links|resources|references|attachments|definition of (?:done|ready)|dod|dor|user story|story|description|summary|context|background|scope|tasks|sub ?tasks|test notes|qa notes|testing notes|how to test|steps to reproduce|expected (?:result|behaviou?r)|actual (?:result|behaviou?r)|environment|estimate|estimation|rollout|release notes|success metrics|metrics)$/u;

export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‐-―_-]/gu, ' ')
    .replace(/^[^\p{L}\p{N}(]+/u, '') // leading emoji, bullets, "**", "#"
    .replace(/^\d+[.)]\s*/u, '') // "3. Acceptance criteria"
    .replace(/[^\p{L}\p{N}).]+$/u, '') // trailing colon, "**", emoji
    .replace(/\s+/gu, ' ')
    .trim();
}

export function isAcceptanceLabel(text: string): boolean {
  return AC_LABEL.test(normaliseLabel(text));
}

export function isOtherSectionLabel(text: string): boolean {
  return OTHER_SECTION.test(normaliseLabel(text));
}

/**
 * A line that opens an AC section: the bare label ("Acceptance Criteria:") gives rest = '',
 * a label, colon and text on one line ("AC: exports are CSV") gives that text. A sentence that
 * merely mentions acceptance criteria gives null.
 */
export function acceptanceLabelLine(line: string): { rest: string } | null {
  // Every label starts with an "a" or a "c" after any emoji, bullet or numbering: most lines stop here.
  if (!MAY_BE_LABEL.test(line)) return null;
  const trimmed = line.trim();
  if (isAcceptanceLabel(trimmed) && !/:\s*\S/u.test(trimmed)) return { rest: '' };
  const colon = trimmed.indexOf(':');
  if (colon < 0) return null;
  if (!isAcceptanceLabel(trimmed.slice(0, colon))) return null;
  const rest = trimmed.slice(colon + 1).replace(/^[\s*_]+/u, '').trim();
  return { rest: FILLER.test(rest) ? '' : rest };
}

const MAY_BE_LABEL = /^[^\p{L}]{0,12}[ac]/iu;

// "Acceptance criteria: see below" announces the list; it is not a criterion.
const FILLER = /^(?:(?:see |as )?(?:below|follows|following)|tbd|n\/a|none)?[.:]?$/iu;
