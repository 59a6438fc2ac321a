import { mayHoldBracketPlaceholder, PLACEHOLDER_BRACKETS } from './placeholder-pattern';
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
const HYPHEN = 45;

/** Character ranges [start, end) of a text where vague terms are not reported. */
export type IgnoredRanges = (text: string) => readonly (readonly [number, number])[];

/**
 * Scans the summary and each block's prose once for word placeholders and vague terms together
 * (`pattern`: group 1 = placeholder, group 2 = vague, see compile-rubric.ts), and for bracket
 * placeholders only where a bracket occurs. Scanning the prose once is what keeps a scan of thousands
 * of tickets fast. Each distinct term (case-insensitive) is reported once per kind, at its first use.
 * `vagueIgnored` names the parts of a text where a vague term does not count (the role and benefit of
 * the story sentence); placeholders count everywhere.
 */
export function scanTerms(
  summary: string,
  blocks: readonly { prose: string }[],
  pattern: RegExp,
  isPlaceholder: (match: string) => boolean,
  vagueIgnored?: IgnoredRanges,
): TermHit[] {
  const hits: TermHit[] = [];
  const seen = new Set<string>();
  const counts = { placeholder: 0, vague: 0 };
  const record = (kind: TermKind, term: string, at: number, text: string, source: TermHit['source']): void => {
    if (counts[kind] >= MAX_HITS_PER_KIND || (kind === 'placeholder' && !isPlaceholder(term))) return;
    const key = `${kind}:${term.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    counts[kind]++;
    hits.push({ kind, term, source, evidence: around(text, at, at + term.length) });
  };
  for (let index = -1; index < blocks.length; index++) {
    const text = index < 0 ? summary : blocks[index]!.prose;
    if (text === '') continue;
    const source = index < 0 ? 'summary' : 'description';
    let ignored: readonly (readonly [number, number])[] | null = null;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match.index > 0 && text.charCodeAt(match.index - 1) === HYPHEN) continue; // inside a hyphenated word
      const kind = match[1] !== undefined ? 'placeholder' : 'vague';
      if (kind === 'vague' && vagueIgnored !== undefined) {
        ignored ??= vagueIgnored(text); // computed only for a text with a vague term in it
        const at = match.index;
        if (ignored.some(([start, end]) => at >= start && at < end)) continue;
      }
      record(kind, match[0], match.index, text, source);
    }
    if (mayHoldBracketPlaceholder(text)) {
      PLACEHOLDER_BRACKETS.lastIndex = 0;
      for (let match = PLACEHOLDER_BRACKETS.exec(text); match !== null; match = PLACEHOLDER_BRACKETS.exec(text)) {
        record('placeholder', match[0], match.index, text, source);
      }
    }
  }
  return hits;
}
