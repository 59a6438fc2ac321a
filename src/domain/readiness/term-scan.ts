import { around } from './text-snippet';

export type TermKind = 'placeholder' | 'vague';

/** One placeholder or vague term found in a ticket's summary or description. */
export interface TermHit {
  kind: TermKind;
  /** The matched text as written. */
  term: string;
  /** Where it was found. */
  source: 'summary' | 'description';
  /** The term with the words around it. */
  evidence: string;
}

/** Distinct terms reported per kind: enough to act on, bounded for storage and display. */
const MAX_HITS_PER_KIND = 10;

/**
 * One regex pass per text for both placeholder and vague terms (group 1 = placeholder,
 * group 2 = vague): scanning the prose once is what keeps a scan of thousands of tickets fast.
 * Each distinct term (case-insensitive) is reported once per kind, at its first occurrence.
 */
export function scanTerms(
  summary: string,
  blocks: readonly { prose: string }[],
  pattern: RegExp,
  isPlaceholder: (match: string) => boolean,
): TermHit[] {
  const hits: TermHit[] = [];
  let seen: Set<string> | null = null;
  let placeholders = 0;
  let vague = 0;
  for (let index = -1; index < blocks.length; index++) {
    const text = index < 0 ? summary : blocks[index]!.prose;
    if (text === '') continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const kind: TermKind = match[1] !== undefined ? 'placeholder' : 'vague';
      const term = match[0];
      if (kind === 'placeholder' ? placeholders >= MAX_HITS_PER_KIND || !isPlaceholder(term) : vague >= MAX_HITS_PER_KIND) continue;
      const key = `${kind}:${term.toLowerCase()}`;
      seen ??= new Set();
      if (seen.has(key)) continue;
      seen.add(key);
      if (kind === 'placeholder') placeholders++;
      else vague++;
      hits.push({
        kind,
        term,
        source: index < 0 ? 'summary' : 'description',
        evidence: around(text, match.index, match.index + term.length),
      });
    }
  }
  return hits;
}
