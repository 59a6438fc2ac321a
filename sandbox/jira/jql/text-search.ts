import { jqlErrors } from './errors';

/**
 * A sane subset of Jira's text search (`~`): word-based and case-insensitive; English stop words
 * are ignored; plural forms match their singular (a small stand-in for Jira's stemming); a
 * trailing `*` matches word prefixes; a query wrapped in double quotes is a phrase (words in
 * order). Every remaining query word must occur in the text. Lucene syntax the sandbox does not
 * implement (boolean operators, fuzzy `~`, `?` wildcards, boosts, grouping) is refused.
 */

// Lucene's default English stop words, which Jira's index drops.
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);
const WORD = /[\p{L}\p{N}]+/gu;
const UNSUPPORTED = /[?~^(){}[\]\\:!]|(^|\s)[+-]|&&|\|\||(^|\s)(AND|OR|NOT)(\s|$)/;

interface QueryWord {
  /** Normalised form compared with normalised text words. */
  word: string;
  prefix: boolean;
}

function fold(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length > 4 && lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.length > 3 && /(ss|x|z|ch|sh)es$/.test(lower)) return lower.slice(0, -2);
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

export function textWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

function parseQuery(query: string, field: string): { words: QueryWord[]; phrase: boolean } {
  const trimmed = query.trim();
  const phrase = trimmed.length > 1 && trimmed.startsWith('"') && trimmed.endsWith('"');
  const body = phrase ? trimmed.slice(1, -1) : trimmed;
  if (UNSUPPORTED.test(body) || body.includes('"')) {
    throw jqlErrors.textQueryNotSupported(query, field, 'only words, a trailing * and "quoted phrases" are supported');
  }
  const words: QueryWord[] = [];
  for (const chunk of body.split(/\s+/).filter(Boolean)) {
    if (chunk.startsWith('*')) throw jqlErrors.leadingWildcard(query, field);
    const prefix = chunk.endsWith('*');
    if (chunk.slice(0, -1).includes('*')) {
      throw jqlErrors.textQueryNotSupported(query, field, 'a * wildcard is only supported at the end of a word');
    }
    const parts = textWords(chunk);
    parts.forEach((part, index) => {
      const isPrefix = prefix && index === parts.length - 1;
      if (!isPrefix && STOP_WORDS.has(part.toLowerCase())) return;
      words.push({ word: isPrefix ? part.toLowerCase() : fold(part), prefix: isPrefix });
    });
  }
  if (words.length === 0) throw jqlErrors.emptyTextSearch(field);
  return { words, phrase };
}

function wordMatches(query: QueryWord, lowerWord: string): boolean {
  return query.prefix ? lowerWord.startsWith(query.word) : fold(lowerWord) === query.word;
}

/** Compiles one `~` query into a matcher over plain text. Throws JqlError for queries it cannot honour. */
export function compileTextQuery(query: string, field: string): (text: string) => boolean {
  const { words, phrase } = parseQuery(query, field);
  // Cheap substring test first: most texts fail it and are never tokenised.
  const stems = words.map((w) => (w.prefix ? w.word : w.word.slice(0, Math.max(1, w.word.length - 1))));
  return (text) => {
    const lower = text.toLowerCase();
    if (!stems.every((stem) => lower.includes(stem))) return false;
    const tokens = textWords(lower);
    if (phrase) {
      const content = tokens.filter((t) => !STOP_WORDS.has(t));
      for (let start = 0; start + words.length <= content.length; start++) {
        if (words.every((w, i) => wordMatches(w, content[start + i]!))) return true;
      }
      return false;
    }
    return words.every((w) => tokens.some((token) => wordMatches(w, token)));
  };
}
