/**
 * How well the user-story checks agree with people: `npx tsx bench/story-agreement.ts`.
 * Runs the readiness checker on each story of the UStAI dev set (../shared/datasets/ustai-dev.csv,
 * labelled with the Quality User Story framework) and prints, per check and per naive baseline,
 * the confusion counts, precision, recall and F1, on the whole set and on its two halves by abstract
 * (A1-A19 and A21-A41: a large gap between them would mean a rule fits some texts only), with a few
 * disagreements to read. The data stays in ../shared; without it the benchmark says so and skips.
 */
import { readFileSync } from 'node:fs';
import { plainTextToAdf } from '../src/domain/adf';
import { checkReadiness, defaultRubric, DEFAULT_VAGUE_TERMS, type CheckId, type Finding } from '../src/domain/readiness';
import { agreement, type Agreement } from './_lib/agreement';
import { csvRecords } from './_lib/csv';
import { datasetFile, missingDataset } from './_lib/datasets';
import { formatTable, printBenchLine, round } from './_lib/stats';

const DATASET = 'ustai-dev.csv';
const SAMPLE = 3;

interface Story {
  id: string;
  abstract: number;
  text: string;
  labels: Record<string, string>;
  findings: readonly Finding[];
}

/** What people said, per QUS criterion, as "this story has the defect"; null where they gave no label. */
const LABELS: Record<string, (story: Story) => boolean | null> = {
  /** QUS atomic: labelled "conjunctions" (more than one feature). */
  nonAtomic: (story: Story) => story.labels['atomic'] === 'conjunctions',
  /** QUS minimal: anything but "minimal" (brackets, example, punctuation, not minimal). */
  nonMinimal: (story: Story) => story.labels['minimal'] !== 'minimal',
  /**
   * QUS unambiguous: "Vagueness" or "General" (too general to tell what is wanted). The 82 stories
   * people judged to have no feature at all carry no label here; they are left out, not counted as clear.
   */
  ambiguous: (story: Story) => (story.labels['Unambiguous'] === '' ? null : story.labels['Unambiguous'] === 'Vagueness' || story.labels['Unambiguous'] === 'General'),
  /**
   * "Vagueness" alone: what a word check can find. Stories labelled "General" (too general, 122 of the
   * 171 vague or general ones) are left out, as are those without a label.
   */
  vagueWords: (story: Story) => (story.labels['Unambiguous'] === '' || story.labels['Unambiguous'] === 'General' ? null : story.labels['Unambiguous'] === 'Vagueness'),
  /** The data set has no well-formedness label; the nearest is QUS conceptually sound (valid role and a feature). */
  unsound: (story: Story) => story.labels['Conceptually sound'] !== 'Conceptually sound',
};

const has = (check: CheckId) => (story: Story) => story.findings.some((item) => item.check === check);
const CONJUNCTION = /(?<![\w-])(?:and|or)(?![\w-])|&/i;
const vagueWord = new RegExp(`(?<![\\w-])(?:${DEFAULT_VAGUE_TERMS.map((term) => term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![\\w-])`, 'i');

interface Row {
  name: string;
  label: 'nonAtomic' | 'nonMinimal' | 'ambiguous' | 'vagueWords' | 'unsound';
  predict: (story: Story) => boolean;
  /** A check of the product (with disagreements printed), not a baseline. */
  check?: CheckId;
  /** Name of a combination of checks in the summary line. */
  combined?: string;
}

const ROWS: Row[] = [
  { name: 'story.format', label: 'unsound', predict: has('story.format'), check: 'story.format' },
  { name: 'story.atomic', label: 'nonAtomic', predict: has('story.atomic'), check: 'story.atomic' },
  { name: '  baseline: any and/or', label: 'nonAtomic', predict: (story) => CONJUNCTION.test(story.text) },
  { name: '  baseline: flag every story', label: 'nonAtomic', predict: () => true },
  { name: 'story.minimal', label: 'nonMinimal', predict: has('story.minimal'), check: 'story.minimal' },
  { name: 'story.observable', label: 'ambiguous', predict: has('story.observable'), check: 'story.observable' },
  { name: 'text.vague', label: 'ambiguous', predict: has('text.vague'), check: 'text.vague' },
  // The finding that names a goal too general to test (story.observable) beside the vague words: the
  // label covers both ("Vagueness" and "General").
  { name: 'text.vague or story.observable', label: 'ambiguous', predict: (story) => has('text.vague')(story) || has('story.observable')(story), combined: 'text.vague|story.observable' },
  { name: '  baseline: flag every story', label: 'ambiguous', predict: () => true },
  { name: '  baseline: any and/or', label: 'ambiguous', predict: (story) => CONJUNCTION.test(story.text) },
  { name: '  baseline: any vague-list word', label: 'ambiguous', predict: (story) => vagueWord.test(story.text) },
  { name: 'text.vague', label: 'vagueWords', predict: has('text.vague') },
  { name: '  baseline: flag every story', label: 'vagueWords', predict: () => true },
  { name: '  baseline: any vague-list word', label: 'vagueWords', predict: (story) => vagueWord.test(story.text) },
];

function readStories(file: string): Story[] {
  return csvRecords(readFileSync(file, 'utf8')).map((labels) => {
    const text = labels['User story']!.trim();
    // The story is the description; the summary is the story too, as a backlog export would have it.
    const result = checkReadiness({ summary: text, description: plainTextToAdf(text), issueType: 'Story' }, defaultRubric);
    return { id: labels['ID']!, abstract: Number(labels['Abstract']!.replace(/\D/g, '')), text, labels, findings: result.findings };
  });
}

const labelled = (stories: Story[], row: Row) => stories.filter((story) => LABELS[row.label]!(story) !== null);
const figures = (a: Agreement): string[] => [String(a.tp), String(a.fp), String(a.fn), String(a.tn), a.precision.toFixed(2), a.recall.toFixed(2), a.f1.toFixed(2)];

function main(): void {
  const file = datasetFile(DATASET);
  if (file === null) {
    console.log(missingDataset(DATASET));
    return;
  }
  const stories = readStories(file);
  const halves: [string, (story: Story) => boolean][] = [
    ['A1-A19', (story) => story.abstract <= 20],
    ['A21-A41', (story) => story.abstract > 20],
  ];
  console.log(`${stories.length} labelled stories (${halves.map(([name, inHalf]) => `${name}: ${stories.filter(inHalf).length}`).join(', ')})\n`);
  const summary: Record<string, unknown> = {};
  const table: string[][] = [];
  for (const row of ROWS) {
    const judge = (subset: Story[]) => agreement(labelled(subset, row).map((story) => ({ predicted: row.predict(story), labelled: LABELS[row.label]!(story) === true })));
    const all = judge(stories);
    const parts = halves.map(([, inHalf]) => judge(stories.filter(inHalf)));
    table.push([row.name, row.label, ...figures(all), ...parts.map((part) => part.f1.toFixed(2))]);
    const key = row.check ?? row.combined;
    if (key !== undefined) {
      summary[key] = { precision: round(all.precision, 3), recall: round(all.recall, 3), f1: round(all.f1, 3), f1Halves: parts.map((part) => round(part.f1, 3)) };
    }
  }
  const byAbstract = new Map<number, { stories: number; nonAtomic: number }>();
  for (const story of stories) {
    const counts = byAbstract.get(story.abstract) ?? { stories: 0, nonAtomic: 0 };
    counts.stories++;
    if (LABELS['nonAtomic']!(story) === true) counts.nonAtomic++;
    byAbstract.set(story.abstract, counts);
  }
  // How often people used a label drifts between abstracts (annotators): it bounds any rule's agreement.
  console.log(`stories labelled non-atomic, per abstract: ${[...byAbstract].map(([abstract, counts]) => `A${abstract} ${counts.nonAtomic}/${counts.stories}`).join(', ')}\n`);
  console.log(formatTable(['check or baseline', 'label', 'TP', 'FP', 'FN', 'TN', 'P', 'R', 'F1', ...halves.map(([name]) => `F1 ${name}`)], table));

  for (const row of ROWS) {
    if (row.check === undefined) continue;
    const clipped = (text: string) => (text.length > 150 ? `${text.slice(0, 147)}...` : text);
    const wrong = labelled(stories, row).filter((story) => row.predict(story) !== LABELS[row.label]!(story));
    const flagged = wrong.filter((story) => row.predict(story)).slice(0, SAMPLE);
    const missed = wrong.filter((story) => !row.predict(story)).slice(0, SAMPLE);
    console.log(`\n${row.check}: ${wrong.length} disagreements; the first ${flagged.length} flagged but labelled fine, ${missed.length} labelled but not flagged`);
    for (const story of flagged) {
      const reason = story.findings.find((item) => item.check === row.check);
      console.log(`  + ${story.id}: ${clipped(story.text)}\n      -> ${reason?.message ?? ''}`);
    }
    for (const story of missed) console.log(`  - ${story.id} (${story.labels[{ nonAtomic: 'atomic', nonMinimal: 'minimal', ambiguous: 'Unambiguous', vagueWords: 'Unambiguous', unsound: 'Conceptually sound' }[row.label]]}): ${clipped(story.text)}`);
  }
  printBenchLine({ bench: 'story-agreement', stories: stories.length, ...summary });
}

main();
