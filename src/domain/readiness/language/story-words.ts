import type { UserStory } from '../user-story';
import { tagWords, type TaggedWord } from './pos-tags';

// Several checks read the story sentence's parts of speech; it is tagged once per parsed story.
const cache = new WeakMap<UserStory, TaggedWord[]>();

/** The tagged words of the story sentence (tagged on first use, then kept with the story). */
export function storyWords(story: UserStory): TaggedWord[] {
  let words = cache.get(story);
  if (words === undefined) {
    words = tagWords(story.sentence);
    cache.set(story, words);
  }
  return words;
}

/** Where `part` (the goal or benefit as parsed) sits in the story sentence, searching from `from`. */
export function spanOf(sentence: string, part: string, from = 0): [number, number] {
  const start = sentence.indexOf(part, from);
  return start < 0 ? [0, sentence.length] : [start, start + part.length];
}
