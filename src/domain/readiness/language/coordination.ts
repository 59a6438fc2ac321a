import { tagWords, type TaggedWord } from './pos-tags';
import { MEANS_VERBS } from './vague-words';

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
// Conditions, times and reasons, and content clauses ("understand how the app plans routes and avoids
// tolls"): what follows them is not what is asked for.
const SUBORDINATORS = new Set(['if', 'when', 'whenever', 'while', 'because', 'although', 'unless', 'until', 'once', 'since', 'whether', 'how', 'what', 'why']);
const PERSONAL_SUBJECTS = new Set(['i', 'we', 'they', 'you', 'he', 'she', 'it']);
const MODALS = new Set(['can', 'could', 'should', 'will', 'would', 'must', 'may', 'might', 'shall']);
/** Fixed pairs that name one action (binomials): "drag and drop" is one feature, not two. */
const BINOMIALS = new Set(['drag drop', 'compare contrast', 'track trace', 'mix match', 'copy paste', 'cut paste', 'search replace', 'find replace', 'plug play', 'pick place', 'check in', 'log in', 'sign in', 'trial error', 'read write']);

/**
 * The first pair of actions joined by a conjunction within `[from, to)` of a tagged sentence: two verb
 * phrases ("optimise traffic flow and reduce congestion"), or two verbs sharing an object ("design and
 * build a bridge"). Two objects or modifiers of one action ("preferred and blocked domains", "logs and
 * metrics") are not two actions. Parts of speech come from the tagger; where it reads a verb after a
 * conjunction as a noun ("export grades and print cards"), the conjunct is read again on its own, as
 * the infinitive it parallels ("to print cards").
 */
export function findCoordinatedActions(words: readonly TaggedWord[], from: number, to: number): CoordinatedActions | null {
  const clause: PurposeState = { acted: false, objectAfterVerb: false };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.start < from || word.end > to) continue;
    // A condition or a time ("even if the data has been moved or removed") is not what is asked for.
    if (SUBORDINATORS.has(word.lower)) return null;
    // "the models used to plan and price orders": a participle after a noun and before an infinitive
    // describes that noun (a relative clause without "which are"); what follows is its use.
    if (describesNounBefore(words, i)) return null;
    // "..., so drivers can find and help each other": a result clause, the benefit without "that".
    if (word.lower === 'so' && words[i + 1] !== undefined && (NOUN_PHRASE.has(words[i + 1]!.pos) || words[i + 1]!.pos === 'PRON')) return null;
    // "..., ensuring that the models are trained and tested": after a comma, an -ing clause says what the
    // action brings about or how, as a benefit does.
    if (word.text === ',' && words[i + 1]?.pos === 'VERB' && words[i + 1]!.lower.endsWith('ing')) return null;
    // A purpose clause ("to save time and avoid errors" after "print the bed list") says why, as a
    // benefit does: the actions it joins are reasons for the one asked for, not further features.
    if (startsPurpose(words, i, clause)) return null;
    let next = i + 1;
    if (word.lower === 'as' && words[i + 1]?.lower === 'well' && words[i + 2]?.lower === 'as') next = i + 3;
    else if (!CONJUNCTIONS.has(word.lower) || (word.pos !== 'CCONJ' && word.lower !== '&' && word.lower !== 'and/or')) continue;
    const head = secondHead(words, next, to);
    if (head === null) continue;
    const before = words[i - 1];
    const right = words[head]!;
    if (before !== undefined && BINOMIALS.has(`${before.lemma} ${right.lemma}`)) continue;
    // "quickly and safely load the van": two adverbs of one verb, nothing but adverbs up to it.
    if (before?.pos === 'ADV' && head > next && words.slice(next, head).every((item) => item.pos === 'ADV')) continue;
    // "must not share or sell my data": what a negation excludes is one rule, whichever verbs it lists.
    if ((word.lower === 'or' || word.lower === 'nor') && negatedBefore(words, i, from)) continue;
    const leftVerb = verbBefore(words, i, from);
    // "the posts members have flagged or hidden": verbs with a subject of their own describe a thing.
    if (leftVerb !== null && hasOwnSubject(words, leftVerb, from)) continue;
    if (!isAction(words, head, to, before, leftVerb)) continue;
    const after = words[head + 1];
    const rightHasObject = after !== undefined && after.end <= to && after.pos !== 'PUNCT' && !CONJUNCTIONS.has(after.lower);
    const leftHasObject = leftVerb !== null && leftVerb < i - 1;
    return {
      conjunction: words.slice(i, next).map((item) => item.text).join(' '),
      first: leftVerb === null ? '' : phrase(words, parallelVerb(words, i, from, head) ?? leftVerb, i),
      second: phrase(words, next, Math.min(head + 5, wordsUpTo(words, to))),
      separateObjects: leftHasObject && rightHasObject,
    };
  }
  return null;
}

/**
 * The action a second infinitive parallels, for the message: the nearest verb before the conjunction at
 * `conjunction` that is itself an infinitive or follows a modal or a subject ("to analyse the factors that
 * add to credit card default and identify ..." pairs "identify" with "analyse", not with "add" or with
 * "default", a noun the tagger may read as a verb). Null when the second verb is not in its base form, or
 * no such verb comes first: the nearest verb is then named.
 */
function parallelVerb(words: readonly TaggedWord[], conjunction: number, from: number, second: number): number | null {
  if (!isBaseForm(words[second]!)) return null;
  for (let k = conjunction - 1; k > 0 && words[k]!.start >= from; k--) {
    const word = words[k]!;
    if (word.text === ';' || word.text === ':') return null;
    if (word.pos === 'VERB' && isBaseForm(word) && introduced(words, k) && !modifiesNoun(words, k)) return k;
  }
  return null;
}

/**
 * Whether the base-form verb at `index` is an action of its own: after "to", a modal or a subject ("can
 * easily access", adverbs between), or after the object of a verb like "help" or "let" ("help my clients
 * make ...").
 */
function introduced(words: readonly TaggedWord[], index: number): boolean {
  let k = index - 1;
  while (words[k]?.pos === 'ADV') k--;
  const before = words[k];
  if (before === undefined) return false;
  if (before.lower === 'to' || MODALS.has(before.lower) || PERSONAL_SUBJECTS.has(before.lower)) return true;
  while (words[k] !== undefined && (NOUN_PHRASE.has(words[k]!.pos) || words[k]!.pos === 'PRON')) k--;
  return k < index - 1 && words[k]?.pos === 'VERB' && OBJECT_CONTROL.has(words[k]!.lemma);
}

/**
 * Whether words[i] is the "to" of a purpose clause: an infinitive after a verb and its object, in the
 * goal's own clause ("print the bed list | to save time", "use sales figures | to plan orders"). An
 * infinitive after the goal's subject ("the planner to group orders") or after "be able" is the action
 * itself. `clause` carries what was seen so far, word by word.
 */
function startsPurpose(words: readonly TaggedWord[], i: number, clause: PurposeState): boolean {
  const word = words[i]!;
  const next = words[i + 1];
  if (word.lower === 'to' && clause.objectAfterVerb && next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX')) return true;
  // A participle before a noun ("the seized products") describes it; any other verb acts. After a verb
  // that takes an object and an infinitive ("allow members to renew books", "the app to plan routes"
  // after "want"), the infinitive is what the object is to do: the action asked for, not a purpose.
  if (word.pos === 'VERB' && !(isParticiple(word) && next !== undefined && NOUNS.has(next.pos))) {
    // A means verb heads the goal only before any other action: "deliver items using the robot | to save
    // time" still gives a reason for delivering.
    const means = USES.has(word.lemma) && !clause.acted;
    clause.acted = clause.acted ? !OBJECT_CONTROL.has(word.lemma) : !OBJECT_CONTROL.has(word.lemma) && !means;
    clause.objectAfterVerb = false;
  } else if (clause.acted && (NOUNS.has(word.pos) || word.pos === 'PRON')) clause.objectAfterVerb = true;
  return false;
}

interface PurposeState {
  /** A verb of the goal's own clause was seen (one whose object is what it acts on). */
  acted: boolean;
  /** ... and a noun or pronoun after it: an infinitive from here on says what for. */
  objectAfterVerb: boolean;
}

/**
 * Verbs of using a means: what follows their object ("use the platform | to collect and analyse answers",
 * "a system that uses road sensors | to optimise flow and cut queues") is what the means is for, the
 * action asked for, not a reason for it. The means verbs of story.observable, with "use" and "apply".
 */
const USES: ReadonlySet<string> = new Set([...MEANS_VERBS, 'use', 'apply']);

/** Verbs whose object is followed by its own infinitive ("let users export", "help me find"). */
const OBJECT_CONTROL = new Set(['allow', 'enable', 'let', 'help', 'ask', 'want', 'need', 'permit', 'require', 'get', 'tell', 'invite', 'remind', 'encourage', 'force', 'teach', 'train', 'assist', 'empower', 'prompt', 'expect', 'like', 'prefer']);

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
/** The parts of speech a noun phrase is made of. */
export const NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
// Verbs whose object is what the user is given: "receive alerts and reports" asks for two things, as
// "alerts and reports" alone would; "export alerts and reports" is one action on both.
const RECEIVING = new Set(['have', 'get', 'receive', 'access', 'obtain', 'gain']);
const COPULAS = new Set(['be', 'is', 'are', 'remain', 'stay', 'become']);

/**
 * Two things in the phrase the goal asks for, before any dependent phrase: coordinated nouns that the
 * goal asks for without a verb ("I want clear regulations and safety standards") or coordinated
 * qualities after "be" ("to be secure and compliant"). Nouns after a verb are the object of one action
 * ("to track the location and status of ..."); coordination inside a dependent phrase ("a car that uses
 * AI and real-time data", "the use of preferred and undesired terms") and nouns sharing one head
 * ("blood and urine samples") are one thing too.
 */
export function findCoordinatedThings(words: readonly TaggedWord[], from: number, to: number): CoordinatedThings | null {
  let verbs = 0;
  let objectAfterVerb = false;
  let causative = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.start < from) continue;
    if (word.end > to || DEPENDENT_START.has(word.lower) || word.pos === 'SCONJ') return null;
    const infinitive = (word.lower === 'to' && words[i + 1]?.pos === 'VERB') || (word.lower === 'to' && words[i + 1]?.pos === 'AUX');
    // "access to live prices and alerts": what access is asked to is the thing asked for.
    const accessTo = word.lower === 'to' && words[i - 1]?.lower === 'access';
    if (word.pos === 'ADP' && !infinitive && !accessTo) return null;
    // After a verb and its object, "to <verb>" says what for and an -ing verb how ("..., using AI and IoT").
    if (objectAfterVerb && (infinitive || (word.pos === 'VERB' && word.lower.endsWith('ing')))) return null;
    const modifier = isParticiple(word) && NOUNS.has(words[i + 1]?.pos ?? ''); // "anonymised data": no action
    const acts = word.pos === 'VERB' && !modifier;
    if (acts && !RECEIVING.has(word.lemma)) verbs++;
    else if (!acts && verbs > 0 && NOUNS.has(word.pos)) objectAfterVerb = true;
    if (word.pos === 'VERB' || word.pos === 'AUX') causative ||= word.lemma === 'have' || word.lemma === 'get';
    if (word.pos !== 'CCONJ' || words[i - 1] === undefined || words[i - 1]!.start < from) continue;
    const left = words[i - 1]!;
    let head = i + 1;
    while (words[head] !== undefined && words[head]!.end <= to && (words[head]!.pos === 'DET' || words[head]!.pos === 'ADV' || (words[head]!.pos === 'ADJ' && NOUNS.has(left.pos)))) head++;
    const right = words[head];
    if (right === undefined || right.end > to) return null;
    // Nouns joined after a verb are its object: one action on several things ("export invoices and
    // credit notes", "compare the cost and duration"), one feature. Without a verb, the goal asks for
    // the things themselves ("weekly reports and training plans"): two of them.
    if (NOUNS.has(left.pos) && NOUNS.has(right.pos) && verbs === 0) {
      const bareLeft = !NOUN_PHRASE.has(words[i - 2]?.pos ?? '') || (words[i - 2]?.start ?? -1) < from;
      const compoundRight = NOUNS.has(words[head + 1]?.pos ?? '') && head === i + 1;
      if (bareLeft && compoundRight) continue; // "blood and urine samples": two modifiers of one noun
      const rightEnd = nounEnd(words, head, to);
      if (words[rightEnd - 1]!.lemma === left.lemma) continue; // "preferred terms and undesired terms": kinds of one thing
      // "have the rules and the syntax checked": "have" makes someone act on both; one action, not two things.
      const done = words[rightEnd];
      if (causative && done !== undefined && done.end <= to && done.pos === 'VERB' && isParticiple(done)) continue;
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
    if (word.pos === 'VERB' && !modifiesNoun(words, k)) return k;
  }
  return null;
}

/** A participle directly before a noun ("archived records", "graph-based models") describes that noun. */
function modifiesNoun(words: readonly TaggedWord[], index: number): boolean {
  const next = words[index + 1];
  return isParticiple(words[index]!) && next !== undefined && (NOUNS.has(next.pos) || next.pos === 'ADJ');
}

/**
 * Whether the verb at `index` heads a relative clause without a relative pronoun, describing the noun
 * before it: "the posts | members have flagged", "the products | I viewed". Its subject (a noun or a
 * pronoun before the verb, past auxiliaries and adverbs) follows a noun directly; a noun before a noun
 * subject must be plural, since the first noun of a compound is singular ("the PAWS platform can ...",
 * "search engine results").
 */
function hasOwnSubject(words: readonly TaggedWord[], index: number, from: number): boolean {
  let k = index - 1;
  while (k >= 0 && words[k]!.start >= from && (words[k]!.pos === 'AUX' || words[k]!.pos === 'ADV')) k--;
  const subject = words[k];
  const head = words[k - 1];
  if (subject === undefined || head === undefined || head.start < from || !NOUNS.has(head.pos)) return false;
  if (subject.pos === 'PRON') return PERSONAL_SUBJECTS.has(subject.lower);
  return NOUNS.has(subject.pos) && head.lemma !== head.lower && head.lower.endsWith('s');
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
    // ... also through an adjective ("informed and engaged public debate").
    const modifies = after !== undefined && (NOUNS.has(after.pos) || (after.pos === 'ADJ' && NOUNS.has(words[head + 2]?.pos ?? '')));
    if (modifies && before !== undefined && (before.pos === 'ADJ' || isParticiple(before)) && !predicative(words, words.indexOf(before))) return false;
    if (modifies && isParticiple(word) && before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN')) return false;
    return true;
  }
  if (word.pos === 'ADJ' && after?.pos === 'DET') return true; // "and alert the doctor": no adjective takes a determiner after it
  if (word.pos !== 'NOUN' || leftVerb === null || before === undefined) return false;
  // A verb without its own object joins another verb: "scan and catalogue books", "detect and report".
  if (before.pos === 'VERB' && isBaseForm(before)) return true;
  // Otherwise a noun in base form after the object of a verb ("to export grades and print cards") may
  // be a verb the tagger missed; a plural noun is not. A singular noun after a verb's object reads either
  // way ("forecast demand and schedule deliveries", "see homework and school events"): the reading as
  // an infinitive is taken.
  if (word.lemma !== word.lower || word.lower.endsWith('ing')) return false; // plurals; "and billing": a noun
  if (after?.lower.endsWith('ing')) return false; // "and machine learning": a compound noun
  if (!(before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON' || before.pos === 'NUM')) return false;
  // After a preposition's object ("the correlation between gender and race", "the use of models and
  // machine learning") a noun joins that object, unless a determiner, number, pronoun or adjective
  // follows it, as a verb's object starts ("group orders by street and print one route sheet", "go
  // beyond the numbers and gain deeper insight"); a noun is followed by none of them.
  const objectFollows = after !== undefined && (after.pos === 'DET' || after.pos === 'NUM' || after.pos === 'PRON' || after.pos === 'ADJ');
  for (let k = leftVerb + 1; k < head && !objectFollows; k++) if (words[k]!.pos === 'ADP') return false;
  // Only a base-form verb before the conjunction makes a second verb likely enough to read the
  // conjunct again as the infinitive it would parallel.
  const verb = words[leftVerb]!;
  const introducer = words[leftVerb - 1];
  const infinitive = isBaseForm(verb) && introducer !== undefined && (introducer.lower === 'to' || MODALS.has(introducer.lower));
  if (!infinitive) return false;
  const rest = words.slice(head, wordsUpTo(words, to)).map((item) => item.text).join(' ');
  const reread = tagWords(`I want to ${rest}`);
  return reread[3]?.pos === 'VERB';
}

/**
 * A past participle or -ing form ("blocked", "known", "built", "changing"): inflected, but not a
 * third-person -s. A word the tagger does not know keeps itself as lemma ("repurposed", "pseudonymised"):
 * its ending tells then.
 */
function isParticiple(word: TaggedWord): boolean {
  if (word.lemma !== word.lower) return !word.lower.endsWith('s');
  return UNKNOWN_PARTICIPLE.test(word.lower);
}

/** A verb form in -ed (not -eed: "proceed") or -ing, long enough not to be a base form ("bring", "shed"). */
const UNKNOWN_PARTICIPLE = /^[a-z]{4,}(?:[^e]ed|ing)$/;

/** A verb in its base form: its own lemma, and not a participle the tagger did not know. */
function isBaseForm(word: TaggedWord): boolean {
  return word.lemma === word.lower && !UNKNOWN_PARTICIPLE.test(word.lower);
}

function wordsUpTo(words: readonly TaggedWord[], to: number): number {
  let index = 0;
  while (index < words.length && words[index]!.end <= to) index++;
  return index;
}

/** The words from `from` to `to` as written: spaced where the text has space between them ("session-based" stays whole). */
function phrase(words: readonly TaggedWord[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to && k < words.length; k++) {
    const word = words[k]!;
    out += k > from && word.start > words[k - 1]!.end ? ` ${word.text}` : word.text;
  }
  return out;
}

/**
 * A past participle right after a noun and before an infinitive ("the models used to plan"): the
 * infinitive and what is joined to it say what the thing is for. Before a preposition ("the data
 * collected by the app and ...") the phrase may end anywhere, so it is not read as one.
 */
function describesNounBefore(words: readonly TaggedWord[], index: number): boolean {
  const word = words[index]!;
  const before = words[index - 1];
  const after = words[index + 1];
  if (word.pos !== 'VERB' || before === undefined || after === undefined || !NOUNS.has(before.pos)) return false;
  if (!word.lower.endsWith('ed') && word.lemma === word.lower) return false; // a past participle, regular or known to the tagger
  if (word.lower.endsWith('ing') || word.lower.endsWith('s')) return false;
  return after.lower === 'to' && (words[index + 2]?.pos === 'VERB' || words[index + 2]?.pos === 'AUX');
}

/** A negation ("not", "never", "n't", "without") earlier in the same phrase as the conjunction at `index`. */
function negatedBefore(words: readonly TaggedWord[], index: number, from: number): boolean {
  for (let k = index - 1; k >= 0 && words[k]!.start >= from; k--) {
    const word = words[k]!;
    if (CLAUSE_BREAK.has(word.lower) && word.lower !== 'that') return false;
    if (NEGATIONS.has(word.lower)) return true;
  }
  return false;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'without', 'no']);

/**
 * Whether the adjective before a conjunction follows "be" ("to be searchable and alert the owner"): it
 * then says what something is, and the verb after the conjunction is a second action, not a modifier.
 */
function predicative(words: readonly TaggedWord[], adjective: number): boolean {
  if (words[adjective]?.pos !== 'ADJ') return false;
  let k = adjective - 1;
  while (words[k]?.text === '-') k -= 2; // "user-friendly" is tagged as "user", "-", "friendly"
  while (words[k]?.pos === 'ADV') k--;
  return words[k] !== undefined && COPULAS.has(words[k]!.lower);
}
