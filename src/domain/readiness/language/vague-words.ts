import type { TaggedWord } from './pos-tags';

/**
 * Comparatives and superlatives ("faster", "more efficient", "highest", "better") in tagged words:
 * ISO/IEC/IEEE 29148 (5.2.7) names both as unbounded terms, since they need a baseline and a measure
 * to be tested. Found from the parts of speech, so no word list has to name them.
 */
export function comparatives(words: readonly TaggedWord[], from = 0, to = Number.POSITIVE_INFINITY): TaggedWord[][] {
  const found: TaggedWord[][] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.start < from || word.end > to) continue;
    const next = words[i + 1];
    if (DEGREE.has(word.lower) && next !== undefined && (next.pos === 'ADJ' || next.pos === 'ADV') && next.end <= to) {
      if (!boundedAfter(words, i + 2)) found.push([word, next]);
      i++;
    } else if ((word.pos === 'ADJ' || word.pos === 'ADV') && word.lemma !== word.lower && INFLECTED.test(word.lower) && !NOT_DEGREE.has(word.lower)) {
      if (!boundedAfter(words, i + 1)) found.push([word]);
    }
  }
  return found;
}

/**
 * "than" with a number after it ("cheaper than 5 euros", "more accurate than 95 %"): the comparison
 * names its bound, so it can be tested. "than last year's" names a baseline but no measure.
 */
function boundedAfter(words: readonly TaggedWord[], index: number): boolean {
  if (words[index]?.lower !== 'than') return false;
  for (let k = index + 1; k <= index + 3 && k < words.length; k++) if (words[k]!.pos === 'NUM' || /\d/.test(words[k]!.text)) return true;
  return false;
}

/**
 * Adverbs of manner ("operate safely", "deliver meals accurately"): ISO 29148's ambiguous adverbs, a
 * quality with no measure. Adverbs that say when, how often or by which means something happens are
 * checkable and not reported ("automatically", "daily", "immediately", "alphabetically"), as are those
 * that say in what order, for how long or in relation to what ("incrementally", "temporarily", "independently").
 */
export function mannerAdverbs(words: readonly TaggedWord[]): TaggedWord[] {
  return words.filter((word) => word.pos === 'ADV' && /[a-z]{3}ly$/.test(word.lower) && !CHECKABLE_ADVERBS.has(word.lower));
}

const CHECKABLE_ADVERBS = new Set(
  (
    'only early daily weekly monthly yearly annually quarterly hourly nightly automatically manually immediately ' +
    'directly exactly newly currently previously recently initially finally publicly privately anonymously ' +
    'simultaneously separately individually jointly alphabetically chronologically numerically digitally ' +
    'electronically physically remotely locally globally online offline twice already really actually ' +
    // In what order, how long or in relation to what: a tester can tell whether it holds.
    'continuously incrementally sequentially concurrently independently explicitly accordingly respectively ' +
    'randomly temporarily permanently internally externally ' +
    // By what means or in which respect: "search semantically", "plot geographically", "run autonomously".
    'autonomously semantically visually graphically geographically statistically programmatically mathematically ' +
    'algorithmically verbally textually orally legally clinically medically spatially demographically'
  ).split(' '),
);

const DEGREE = new Set(['more', 'most', 'less', 'least']);
const INFLECTED = /[a-z]{2}(?:er|est)$/;
// Inflected forms that compare nothing measurable about the product: order in time or in a list.
const NOT_DEGREE = new Set(['later', 'earlier', 'latest', 'former', 'latter', 'further', 'other', 'older', 'oldest', 'newer', 'newest']);

/**
 * Verbs that name no observable behaviour when they head a goal: "improve patient care" says what
 * should get better, not what someone can do or see. From the requirements literature: verbs of
 * improvement without a measure (maximise, minimise, optimise in Alexander and Stevens' vague verbs;
 * improve, enhance, ensure, facilitate, promote) and verbs of knowing or feeling that nobody can observe
 * (understand, know, learn, explore, appreciate, benefit, enjoy). Their other vague verbs (handle,
 * process, support, manage) are left out: in stories they usually name a feature ("support dark mode").
 */
export const UNOBSERVABLE_VERBS: ReadonlySet<string> = new Set(
  (
    'maximize maximise minimize minimise optimize optimise improve enhance ensure facilitate promote ' +
    'understand know learn explore appreciate benefit enjoy'
  ).split(' '),
);

/**
 * Verbs that name a means when they head a goal: "leverage the forecasting model" says what the user
 * would use, not what they do with it or what they see, so nobody can tell when it is done. "Use" is
 * left out: in stories it is nearly always followed by what for ("use the search to find an invoice").
 */
export const MEANS_VERBS: ReadonlySet<string> = new Set('leverage utilize utilise harness adopt employ'.split(' '));

/**
 * Nouns that name no output when they are what a goal asks for: "insights from the sales data" is
 * whatever a reader concludes, not a list, chart or figure a tester could look for.
 */
export const UNOBSERVABLE_OUTPUTS: ReadonlySet<string> = new Set(['insight', 'insights']);
