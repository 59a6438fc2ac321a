import { tagWords, type TaggedWord } from './pos-tags';

/** Two actions joined by a conjunction, e.g. "export grades" and "print report cards". */
export interface CoordinatedActions {
  conjunction: string;
  /** The first action as written (its verb and what follows up to the conjunction), or "" if unknown. */
  first: string;
  /** The second action as written after the conjunction: its verb (with "to", "then" ...) and up to four words after it. */
  second: string;
  /** Both actions have words of their own after the verb ("save time and reduce costs"), not one shared object. */
  separateObjects: boolean;
}

/** Quick test before tagging: most goals have no conjunction at all. */
export const MAY_COORDINATE = /(?<![\w-])(?:and|or|nor|as well as)(?![\w-])|&/i;

const CONJUNCTIONS = new Set(['and', 'or', 'nor', '&', 'and/or']);
// Between a conjunction and the verb it introduces: "and then export", "and to print", "or be able to".
const BRIDGE = new Set(['to', 'also', 'then', 'be', 'is', 'are', 'was', 'were', 'been', 'get', 'gets', 'able', 'can', 'could', 'should', 'will', 'would', 'must', 'may', 'might', 'shall', 'either', 'both']);
const SUBJECTS = new Set(['i', 'we', 'they', 'you', 'it', 'he', 'she']);
// Words that end the phrase of the verb before a conjunction: the conjunction then joins something else.
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', 'that', 'which', 'who', 'when', 'while', 'where', 'if', 'because', 'so', 'whether']);
const SUBORDINATORS = new Set(['if', 'when', 'whenever', 'while', 'because', 'although', 'unless', 'until', 'once', 'since', 'whether']);
const MODALS = new Set(['can', 'could', 'should', 'will', 'would', 'must', 'may', 'might', 'shall']);
/** Fixed pairs that name one action (binomials): "drag and drop" is one feature, not two. */
const BINOMIALS = new Set(['drag drop', 'copy paste', 'cut paste', 'search replace', 'find replace', 'plug play', 'pick place', 'check in', 'log in', 'sign in', 'trial error', 'read write']);

/**
 * The first pair of actions joined by a conjunction within `[from, to)` of a tagged sentence: two verb
 * phrases ("optimise traffic flow and reduce congestion"), or two verbs sharing an object ("design and
 * build a bridge"). Two objects or modifiers of one action ("preferred and blocked domains", "logs and
 * metrics") are not two actions. Parts of speech come from the tagger; where it reads a verb after a
 * conjunction as a noun ("export grades and print cards"), the conjunct is read again on its own, as
 * the infinitive it parallels ("to print cards").
 */
export function findCoordinatedActions(words: readonly TaggedWord[], from: number, to: number): CoordinatedActions | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.start < from || word.end > to) continue;
    // A condition or a time ("even if the data has been moved or removed") is not what is asked for.
    if (SUBORDINATORS.has(word.lower)) return null;
    let next = i + 1;
    if (word.lower === 'as' && words[i + 1]?.lower === 'well' && words[i + 2]?.lower === 'as') next = i + 3;
    else if (!CONJUNCTIONS.has(word.lower) || (word.pos !== 'CCONJ' && word.lower !== '&' && word.lower !== 'and/or')) continue;
    const head = secondHead(words, next, to);
    if (head === null) continue;
    const before = words[i - 1];
    const right = words[head]!;
    if (before !== undefined && BINOMIALS.has(`${before.lemma} ${right.lemma}`)) continue;
    const leftVerb = verbBefore(words, i, from);
    if (!isAction(words, head, to, before, leftVerb)) continue;
    const after = words[head + 1];
    const rightHasObject = after !== undefined && after.end <= to && after.pos !== 'PUNCT' && !CONJUNCTIONS.has(after.lower);
    const leftHasObject = leftVerb !== null && leftVerb < i - 1;
    return {
      conjunction: words.slice(i, next).map((item) => item.text).join(' '),
      first: leftVerb === null ? '' : phrase(words, leftVerb, i),
      second: phrase(words, next, Math.min(head + 5, wordsUpTo(words, to))),
      separateObjects: leftHasObject && rightHasObject,
    };
  }
  return null;
}

/** Two things joined in what a goal asks for: "clear explanations and visualizations", "secure and compliant". */
export interface CoordinatedThings {
  conjunction: string;
  first: string;
  second: string;
}

// Where the phrase a goal asks for ends and a dependent phrase begins: what follows a preposition,
// a relative pronoun or a subordinating conjunction describes the thing asked for, it is not a second one.
const DEPENDENT_START = new Set(['that', 'which', 'who', 'whose', 'where', 'when', 'while', 'such', 'including', 'like', 'with', 'without', ',', ';', ':', '(']);
const NOUNS = new Set(['NOUN', 'PROPN']);
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const COPULAS = new Set(['be', 'is', 'are', 'remain', 'stay', 'become']);

/**
 * Two things in the phrase the goal asks for, before any dependent phrase: coordinated nouns
 * ("I want clear regulations and safety standards"; "to track the location and status of ...") or
 * coordinated qualities after "be" ("to be secure and compliant"). Coordination inside a dependent
 * phrase ("a car that uses AI and real-time data", "the use of preferred and undesired terms") and
 * nouns sharing one head ("blood and urine samples") are one thing.
 */
export function findCoordinatedThings(words: readonly TaggedWord[], from: number, to: number): CoordinatedThings | null {
  let verbs = 0;
  let objectAfterVerb = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.start < from) continue;
    if (word.end > to || DEPENDENT_START.has(word.lower) || word.pos === 'SCONJ') return null;
    const infinitive = (word.lower === 'to' && words[i + 1]?.pos === 'VERB') || (word.lower === 'to' && words[i + 1]?.pos === 'AUX');
    if (word.pos === 'ADP' && !infinitive) return null;
    // After a verb and its object, "to <verb>" says what for and an -ing verb how ("..., using AI and IoT").
    if (objectAfterVerb && (infinitive || (word.pos === 'VERB' && word.lower.endsWith('ing')))) return null;
    if (word.pos === 'VERB') verbs++;
    else if (verbs > 0 && NOUNS.has(word.pos)) objectAfterVerb = true;
    if (word.pos !== 'CCONJ' || words[i - 1] === undefined || words[i - 1]!.start < from) continue;
    const left = words[i - 1]!;
    let head = i + 1;
    while (words[head] !== undefined && words[head]!.end <= to && (words[head]!.pos === 'DET' || words[head]!.pos === 'ADV' || (words[head]!.pos === 'ADJ' && NOUNS.has(left.pos)))) head++;
    const right = words[head];
    if (right === undefined || right.end > to) return null;
    if (NOUNS.has(left.pos) && NOUNS.has(right.pos)) {
      const bareLeft = !NOUN_PHRASE.has(words[i - 2]?.pos ?? '') || (words[i - 2]?.start ?? -1) < from;
      const compoundRight = NOUNS.has(words[head + 1]?.pos ?? '') && head === i + 1;
      if (bareLeft && compoundRight) continue; // "blood and urine samples": two modifiers of one noun
      const rightEnd = nounEnd(words, head, to);
      if (words[rightEnd - 1]!.lemma === left.lemma) continue; // "preferred terms and undesired terms": kinds of one thing
      return { conjunction: word.text, first: phrase(words, phraseStart(words, i - 1, from), i), second: phrase(words, i + 1, rightEnd) };
    }
    if (left.pos === 'ADJ' && right.pos === 'ADJ' && !NOUNS.has(words[head + 1]?.pos ?? '')) {
      let k = i - 2;
      while (words[k]?.pos === 'ADV') k--;
      if (words[k] !== undefined && COPULAS.has(words[k]!.lower)) return { conjunction: word.text, first: left.text, second: right.text };
    }
  }
  return null;
}

function phraseStart(words: readonly TaggedWord[], index: number, from: number): number {
  let start = index;
  while (start > 0 && words[start - 1]!.start >= from && (NOUN_PHRASE.has(words[start - 1]!.pos) || words[start - 1]!.text === '-')) start--;
  return start;
}

function nounEnd(words: readonly TaggedWord[], head: number, to: number): number {
  let end = head + 1;
  while (words[end] !== undefined && words[end]!.end <= to && (NOUNS.has(words[end]!.pos) || words[end]!.text === '-')) end++;
  return end;
}

/** The word after a conjunction that heads the second conjunct, past "then", "to", "be able to", a subject. */
function secondHead(words: readonly TaggedWord[], start: number, to: number): number | null {
  let index = start;
  while (index < words.length && words[index]!.end <= to) {
    const word = words[index]!;
    const following = words[index + 1];
    const subject = SUBJECTS.has(word.lower) && following !== undefined && (following.pos === 'AUX' || following.pos === 'VERB');
    if (!BRIDGE.has(word.lower) && word.pos !== 'ADV' && !subject) return index;
    index++;
  }
  return null;
}

/** The nearest verb before the conjunction in the same phrase (no comma, relative pronoun or "so" between). */
function verbBefore(words: readonly TaggedWord[], conjunction: number, from: number): number | null {
  for (let k = conjunction - 1; k >= 0 && words[k]!.start >= from; k--) {
    const word = words[k]!;
    if (CLAUSE_BREAK.has(word.lower) || CONJUNCTIONS.has(word.lower)) return null;
    if (word.pos === 'VERB') return k;
  }
  return null;
}

function isAction(words: readonly TaggedWord[], head: number, to: number, before: TaggedWord | undefined, leftVerb: number | null): boolean {
  const word = words[head]!;
  const after = words[head + 1];
  if (after?.lower === 'of') return false; // "and tracking of parcels": a noun
  if (after?.text === '-') return false; // "and drug-target data": the first part of a compound word
  // A capitalised word inside the sentence is a name the tagger took for a verb: "via GitHub or Google".
  if (word.pos === 'VERB' && /^[A-Z]/.test(word.text) && word.start > 0) return false;
  if (word.pos === 'VERB') {
    // A word before a noun, joined to an adjective or a participle, modifies that noun ("authentic and
    // counterfeit products", "repurposed or combined drugs"); a participle joined to a noun does too
    // ("AI and connected vehicles").
    const modifies = after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ');
    if (modifies && before !== undefined && (before.pos === 'ADJ' || isParticiple(before))) return false;
    if (modifies && isParticiple(word) && before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN')) return false;
    return true;
  }
  if (word.pos === 'ADJ' && after?.pos === 'DET') return true; // "and alert the doctor": no adjective takes a determiner after it
  if (word.pos !== 'NOUN' || leftVerb === null || before === undefined) return false;
  // A verb without its own object joins another verb: "scan and catalogue books", "detect and report".
  if (before.pos === 'VERB' && before.lemma === before.lower) return true;
  // Otherwise a noun in base form after the object of a verb ("to export grades and print cards") may
  // be a verb the tagger missed; a plural noun is not. A singular noun after a verb's object reads either
  // way ("forecast demand and schedule deliveries", "see homework and school events"): the reading as
  // an infinitive is taken.
  if (word.lemma !== word.lower || word.lower.endsWith('ing')) return false; // plurals; "and billing": a noun
  if (!(before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON' || before.pos === 'NUM')) return false;
  // Only a base-form verb before the conjunction makes a second verb likely enough to read the
  // conjunct again as the infinitive it would parallel.
  const verb = words[leftVerb]!;
  const introducer = words[leftVerb - 1];
  const infinitive = verb.lemma === verb.lower && introducer !== undefined && (introducer.lower === 'to' || MODALS.has(introducer.lower));
  if (!infinitive) return false;
  const rest = words.slice(head, wordsUpTo(words, to)).map((item) => item.text).join(' ');
  const reread = tagWords(`I want to ${rest}`);
  return reread[3]?.pos === 'VERB';
}

/** A past participle or -ing form ("blocked", "known", "built", "changing"): inflected, but not a third-person -s. */
function isParticiple(word: TaggedWord): boolean {
  return word.lemma !== word.lower && !word.lower.endsWith('s');
}

function wordsUpTo(words: readonly TaggedWord[], to: number): number {
  let index = 0;
  while (index < words.length && words[index]!.end <= to) index++;
  return index;
}

function phrase(words: readonly TaggedWord[], from: number, to: number): string {
  return words
    .slice(from, to)
    .map((word) => word.text)
    .join(' ')
    .replace(/ ([,.;:!?)])/g, '$1');
}
