import { adfToBlocks, type AdfBlock } from '../adf/adf-blocks';
import { canonicalText } from './canonical-text';
import { criterionKind, type CriterionKind } from './gherkin';
import { classifyGherkinLine } from './gherkin-lines';
import { stripListMarker, tidyText } from './item-lines';
import { listItems } from './list-items';
import { ScenarioCollector, type Scenario } from './scenario-collector';
import { acceptanceLabelLine, isOtherSectionLabel } from './section-labels';

export interface ImportedCriterion {
  readonly text: string;
  readonly kind: CriterionKind;
}

export interface DescriptionImport {
  /** How many AC sections were found; 1+ with no criteria means "a heading with nothing under it". */
  readonly sectionsFound: number;
  readonly criteria: readonly ImportedCriterion[];
}

// A bold line or "AC:" paragraph opens a section below every real heading level.
const LABEL_LINE_LEVEL = 7;
const GHERKIN_LANGUAGES = new Set(['gherkin', 'cucumber', 'feature']);
// Cheap test before looking for loose scenarios in a whole description: could any line start one?
const SCENARIO_ANYWHERE = /^\s*(?:scenario|example|background|given|when)\b/imu;

/** The acceptance criteria written in a description's ADF (see `criteriaInBlocks`). */
export function importCriteriaFromDescription(description: unknown): DescriptionImport {
  return criteriaInBlocks(adfToBlocks(description));
}

/**
 * The one reader of acceptance criteria in a description, for the panel's import, the readiness check, the
 * scan and the command line. It reads the description's blocks (`adfToBlocks`), so a caller that already has
 * them reads the document once. Rules (see also section-labels.ts and README.md):
 * - A section opens at a heading, a bold line or a plain "AC:" line naming acceptance criteria, and closes at
 *   the next heading of the same or higher level. A section opened by a line closes at any heading, at
 *   another bold line, at a known other section ("Notes", "Out of scope", "Definition of done"...), or at
 *   prose after its list.
 * - Inside a section: each bullet, numbered or task-list item is one criterion (nested items fold into their
 *   parent as sub-points); typed "- item" lines count as items; Gherkin lines, in paragraphs, list items or
 *   code blocks, are gathered into one criterion per scenario; other sentences are criteria too, except
 *   introductions ending in ":" and notes. Tables and non-Gherkin code are not criteria.
 * - Every section found is read, in order; repeated criteria are kept once.
 * - Without any section, Gherkin scenarios are still criteria when they are plainly meant as such: with a
 *   "Scenario:" line, in a gherkin code block, or complete (Given or When ... Then on separate lines).
 * Task-list check marks are not verification: ticking a box in the description is not a Product Owner's.
 */
export function criteriaInBlocks(blocks: readonly AdfBlock[]): DescriptionImport {
  const reader = new SectionReader();
  for (let i = 0; i < blocks.length; ) {
    const block = blocks[i]!;
    if (block.list !== null && block.list !== 'decision' && block.container !== 'table') {
      let end = i + 1;
      while (end < blocks.length && blocks[end]!.list !== null && blocks[end]!.container !== 'table') end += 1;
      // Most lists are outside any criteria section: their items are not worth building then.
      if (reader.inSection) reader.list(listItems(blocks.slice(i, end)));
      i = end;
      continue;
    }
    if (block.container !== 'table' && block.list === null) reader.read(block);
    i += 1;
  }
  const texts = reader.finish();
  const found = reader.sectionsFound > 0 ? texts : looseScenarios(blocks);
  return { sectionsFound: reader.sectionsFound, criteria: unique(found).map((text) => ({ text, kind: criterionKind(text) })) };
}

class SectionReader {
  sectionsFound = 0;
  private section: { level: number; seenItems: boolean } | null = null;
  private readonly texts: string[] = [];
  private readonly scenarios = new ScenarioCollector((s) => this.push(s.text));

  read(block: AdfBlock): void {
    switch (block.kind) {
      case 'heading':
        return this.heading(block.headingLevel, block.text);
      case 'paragraph':
        return this.paragraph(block.text, block.allStrong);
      case 'codeBlock':
        return this.code(block.text, block.language);
      default:
        return;
    }
  }

  finish(): string[] {
    this.close();
    return this.texts;
  }

  private heading(level: number, text: string): void {
    const label = acceptanceLabelLine(text);
    if (label !== null) {
      this.open(level);
      this.lines([label.rest]);
      return;
    }
    if (this.section === null) return;
    if (level <= this.section.level || isOtherSectionLabel(text)) {
      this.close();
      return;
    }
    // A sub-heading inside the section groups criteria; "Scenario: ..." starts a scenario.
    if (!this.scenarios.take(text)) this.scenarios.flush();
  }

  private paragraph(text: string, boldOnly: boolean): void {
    const lines = text.split('\n');
    const firstIndex = lines.findIndex((l) => l.trim() !== '');
    const first = (lines[firstIndex] ?? '').trim();
    const label = acceptanceLabelLine(first);
    if (label !== null) {
      // A label line inside a heading section ("## AC" then "**AC:**") does not start another.
      if (this.section === null || this.section.level === LABEL_LINE_LEVEL) this.open(LABEL_LINE_LEVEL);
      this.lines([label.rest, ...lines.slice(firstIndex + 1)]);
      return;
    }
    if (this.section === null || first === '') return;
    if (this.endsSection(first, lines.length, boldOnly)) {
      this.close();
      return;
    }
    this.lines(lines);
  }

  private endsSection(first: string, lineCount: number, boldOnly: boolean): boolean {
    if (this.section === null) return false;
    const item = stripListMarker(first);
    if (item.marked || classifyGherkinLine(first) !== null) return false;
    const beforeColon = first.includes(':') ? first.slice(0, first.indexOf(':')) : first;
    if (isOtherSectionLabel(first) || isOtherSectionLabel(beforeColon)) return true;
    if (this.section.level !== LABEL_LINE_LEVEL) return false;
    return (boldOnly && lineCount === 1) || this.section.seenItems;
  }

  private lines(lines: readonly string[]): void {
    for (const line of lines.flatMap(splitJoinedSteps)) {
      const item = stripListMarker(line);
      if (item.text === '') continue;
      if (this.scenarios.take(item.text)) {
        this.markItems();
        continue;
      }
      this.scenarios.flush();
      if (item.marked) {
        this.markItems();
        this.push(item.text);
      } else if (!isIntroduction(item.text)) {
        this.push(item.text);
      }
    }
  }

  /** Whether a criteria section is open, so that a list is read as criteria. */
  get inSection(): boolean {
    return this.section !== null;
  }

  list(items: readonly string[]): void {
    if (this.section === null) return;
    this.markItems();
    for (const item of items) {
      const [first = '', ...rest] = item.split('\n');
      if (this.scenarios.take(first)) {
        rest.forEach((line) => this.scenarios.take(line, true));
      } else {
        this.scenarios.flush();
        this.push(item);
      }
    }
  }

  private code(text: string, language: string): void {
    if (this.section === null) return;
    const lines = text.split('\n');
    if (!GHERKIN_LANGUAGES.has(language) && !lines.some((l) => classifyGherkinLine(l)?.kind === 'step')) return;
    this.scenarios.flush();
    lines.forEach((line) => this.scenarios.take(line, true));
    this.scenarios.flush();
    this.markItems();
  }

  private open(level: number): void {
    this.close();
    this.section = { level, seenItems: false };
    this.sectionsFound += 1;
  }

  private close(): void {
    this.scenarios.flush();
    this.section = null;
  }

  private markItems(): void {
    if (this.section !== null) this.section.seenItems = true;
  }

  private push(text: string): void {
    const tidy = tidyText(text);
    if (tidy !== '') this.texts.push(tidy);
  }
}

const JOINED_STEP = /\s+(?=(?:Given|When|Then|And|But)\s)/u;

/**
 * Markdown joins soft-wrapped lines, so a scenario typed on several lines can arrive as one: a step line
 * is split again before each capitalised step keyword (lower-case "and"/"then" are ordinary words).
 */
function splitJoinedSteps(line: string): string[] {
  if (!JOINED_STEP.test(line) || classifyGherkinLine(line)?.kind !== 'step') return [line];
  return line.split(JOINED_STEP);
}

// "The following must hold:" introduces the list; "Note: ..." comments on it.
function isIntroduction(line: string): boolean {
  return /:$/u.test(line) || /^(?:notes?|nb|n\.b\.)\s*:/iu.test(line);
}

/** Scenarios written without any AC section: only those plainly meant as criteria count. */
function looseScenarios(blocks: readonly AdfBlock[]): string[] {
  if (!blocks.some((b) => b.list === null && (SCENARIO_ANYWHERE.test(b.text) || GHERKIN_LANGUAGES.has(b.language)))) return [];
  const texts: string[] = [];
  let inGherkinCode = false;
  const scenarios = new ScenarioCollector((s: Scenario) => {
    if (s.hasHeader || s.complete || inGherkinCode) texts.push(tidyText(s.text));
  });
  for (const block of blocks) {
    if (block.list !== null || block.container === 'table') {
      scenarios.flush();
    } else if (block.kind === 'codeBlock') {
      scenarios.flush();
      inGherkinCode = GHERKIN_LANGUAGES.has(block.language);
      block.text.split('\n').forEach((line) => scenarios.take(line, true));
      scenarios.flush();
      inGherkinCode = false;
    } else if (block.kind === 'paragraph') {
      for (const line of block.text.split('\n').flatMap(splitJoinedSteps)) {
        if (!scenarios.take(line)) scenarios.flush();
      }
    } else {
      scenarios.flush();
    }
  }
  scenarios.flush();
  return texts;
}

function unique(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((text) => {
    const key = canonicalText(text);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
