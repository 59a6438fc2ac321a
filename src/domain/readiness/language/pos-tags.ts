import type { ItsFunction, Model, WinkMethods } from 'wink-nlp';

type WinkFn = typeof import('wink-nlp').default;

/** One word of a sentence with its part of speech (Universal POS tags: VERB, NOUN, ADJ, CCONJ, ...). */
export interface TaggedWord {
  /** The word as written. */
  text: string;
  /** Lower case, for comparisons. */
  lower: string;
  pos: string;
  /** The dictionary form ("schedules" -> "schedule"); equal to `lower` for a base form. */
  lemma: string;
  /** Character offsets of the word in the tagged text. */
  start: number;
  end: number;
}

let nlp: WinkMethods | null = null;

/**
 * wink-nlp with its English light model, POS tagging only (no sentence splitting, entities or
 * sentiment). Loaded on first use: the model takes about a tenth of a second to load, which tickets
 * without a story (and processes that never check one) should not pay.
 */
function tagger(): WinkMethods {
  if (nlp === null) {
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded lazily, see above */
    const wink = require('wink-nlp') as WinkFn | { default: WinkFn };
    const model = require('wink-eng-lite-web-model') as Model;
    /* eslint-enable @typescript-eslint/no-require-imports */
    const winkNLP = typeof wink === 'function' ? wink : wink.default;
    nlp = winkNLP(model, ['pos']);
  }
  return nlp;
}

/** The words of `text` with their parts of speech and offsets. Pure computation (the model is data). */
export function tagWords(text: string): TaggedWord[] {
  const engine = tagger();
  const its = engine.its;
  const tokens = engine.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  // wink's typings declare its.lemma with another signature than the other its functions; it is one of them.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const words: TaggedWord[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const found = text.indexOf(value, at);
    const start = found < 0 ? at : found;
    at = found < 0 ? at : start + value.length;
    const lower = value.toLowerCase();
    words.push({ text: value, lower, pos: tags[i] ?? 'X', lemma: (lemmas[i] ?? lower).toLowerCase(), start, end: start + value.length });
  }
  return words;
}
