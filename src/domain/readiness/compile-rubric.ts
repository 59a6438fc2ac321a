import { PLACEHOLDER_SOURCE } from './placeholder-pattern';
import type { Rubric } from './rubric';

/** A rubric turned into what checks use per ticket: regexes and lookup sets, built once per rubric. */
export interface CompiledRubric {
  rubric: Rubric;
  /** Global, case-insensitive; matches any vague term as a whole word. Null when the list is empty. */
  vagueTerms: RegExp | null;
  /** Global; group 1 = a placeholder, group 2 = a vague term. See term-scan.ts. */
  termScan: RegExp;
  storyIssueTypes: ReadonlySet<string>;
  blockingRelations: ReadonlySet<string>;
}

// Rubrics are plain objects reused across a scan; compiling per rubric object makes the per-ticket
// path free of regex construction. A WeakMap lets unused rubrics be collected.
const cache = new WeakMap<Rubric, CompiledRubric>();

export function compileRubric(rubric: Rubric): CompiledRubric {
  let compiled = cache.get(rubric);
  if (compiled === undefined) {
    const vagueTerms = termsPattern(rubric.vagueTerms);
    compiled = {
      rubric,
      vagueTerms,
      termScan: new RegExp(`(${PLACEHOLDER_SOURCE})|(${vagueTerms === null ? String.raw`\b\B` : vagueTerms.source})`, 'gi'),
      storyIssueTypes: lowerSet(rubric.storyIssueTypes),
      blockingRelations: lowerSet(rubric.blockingRelations),
    };
    cache.set(rubric, compiled);
  }
  return compiled;
}

function lowerSet(values: readonly string[]): Set<string> {
  return new Set(values.map((value) => value.trim().toLowerCase()));
}

/** One alternation of whole-word terms; spaces and hyphens inside a term match either form. */
export function termsPattern(terms: readonly string[]): RegExp | null {
  const sources = new Set<string>();
  for (const raw of terms) {
    const trimmed = raw.trim().toLowerCase();
    if (trimmed === '') continue;
    const parts = trimmed.split(/[\s-]+/).map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    sources.add(parts.join('[-\\s]?'));
  }
  if (sources.size === 0) return null;
  // Longest first so "as soon as possible" wins over "possible" and "etc." over "etc".
  const alternation = [...sources].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![\\w-])(?:${alternation})(?![\\w-])`, 'gi');
}
