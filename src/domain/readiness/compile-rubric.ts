import { PLACEHOLDER_WORDS } from './placeholder-pattern';
import type { Rubric } from './rubric';

/** A rubric turned into what checks use per ticket: regexes and lookup sets, built once per rubric. */
export interface CompiledRubric {
  rubric: Rubric;
  /** Global, case-insensitive; matches any vague term as a whole word. Null when the list is empty. */
  vagueTerms: RegExp | null;
  /**
   * Global, case-insensitive, anchored at word starts: group 1 = a word placeholder, group 2 = a vague
   * term. Callers skip matches preceded by "-" (see term-scan.ts).
   */
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
    const alternation = termsAlternation(rubric.vagueTerms);
    compiled = {
      rubric,
      vagueTerms: alternation === null ? null : new RegExp(`(?<![\\w-])${alternation}(?![\\w-])`, 'gi'),
      // \b is much cheaper than a lookbehind at every position; the trie keeps alternatives few.
      termScan: new RegExp(`\\b(?:(${PLACEHOLDER_WORDS})|(${alternation ?? String.raw`\b\B`}))(?![\\w-])`, 'gi'),
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

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

/**
 * The terms as one regex alternation, factored into a trie ("fast|faster|flexible" becomes
 * "f(?:ast(?:er)?|lexible)") because V8 tries every alternative at every position otherwise.
 * Spaces and hyphens inside a term match either form ("user friendly", "user-friendly", "userfriendly").
 */
export function termsAlternation(terms: readonly string[]): string | null {
  const root: TrieNode = { children: new Map(), end: false };
  let count = 0;
  for (const raw of terms) {
    const words = raw.trim().toLowerCase().split(/[\s-]+/).filter((word) => word !== '');
    if (words.length === 0) continue;
    let node = root;
    words.forEach((word, index) => {
      const units = [...word].map((char) => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
      if (index > 0) units.unshift('[-\\s]?');
      for (const unit of units) {
        let next = node.children.get(unit);
        if (next === undefined) {
          next = { children: new Map(), end: false };
          node.children.set(unit, next);
        }
        node = next;
      }
    });
    node.end = true;
    count++;
  }
  return count === 0 ? null : emit(root);
}

function emit(node: TrieNode): string {
  const branches = [...node.children].map(([unit, child]) => unit + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 && !node.end ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `${body}?` : body;
}
