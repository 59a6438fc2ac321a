import { adfToBlocks, type AdfBlock } from '../adf/adf-blocks';

// "Acceptance criteria", "Acceptance Criteria:", "AC", "ACs", "A/C", with an optional colon; the
// inline form "Acceptance criteria: <first criterion>" needs the colon.
const LABEL = String.raw`(?:acceptance[\s-]*criteri(?:a|on|as)|a\.?\/?c\.?s?(?![\w]))`;
const HEADER_ONLY = new RegExp(String.raw`^\s*(?:#{1,6}\s*)?${LABEL}\s*[:.\-–]?\s*$`, 'i');
const HEADER_INLINE = new RegExp(String.raw`^\s*${LABEL}\s*:\s*(?<rest>\S.*)$`, 'i');
const GHERKIN_STEP = /^\s*(?:given|when|then|and|but)\b/i;
const INLINE_STEP = /\s+(?=(?:Given|When|Then|And|But)\s)/;
const SCENARIO = /^\s*scenario(?:\s+outline)?\b/i;
const STARTS_SCENARIO = /^\s*(?:given|scenario)\b/i;
// Cheap test before splitting a whole description into lines: is any line a scenario start?
const SCENARIO_ANYWHERE = /^\s*(?:[-*•+]\s+|\d{1,3}[.)]\s+)?(?:given|scenario)\b/im;
const HAS_THEN = /^\s*then\b/im;
// Bullets, numbers and check boxes typed as text (plain-text descriptions have no list nodes).
const LINE_MARKER = /^\s*(?:[-*•+]\s+|\d{1,3}[.)]\s+|[a-z][.)]\s+)?(?:\[[ xX]?\]\s*)?/;
/** Headers are short; longer blocks are never tested against the header pattern. */
const MAX_HEADER_LENGTH = 40;

/**
 * Acceptance criteria written in a description: the items under an "Acceptance criteria" heading
 * (or bold line, or "AC:" line), as list items, Given/When/Then scenarios or, failing those, lines;
 * without such a heading, Given/When/Then scenarios anywhere. Null when there are none.
 */
export function findCriteriaText(doc: unknown): string[] | null {
  return findCriteriaInBlocks(adfToBlocks(doc));
}

export function findCriteriaInBlocks(blocks: readonly AdfBlock[]): string[] | null {
  const items: string[] = [];
  let index = 0;
  while (index < blocks.length) {
    const header = headerAt(blocks[index]!);
    if (header === null) {
      index++;
      continue;
    }
    const section: string[] = header.inline === '' ? [] : [header.inline];
    index = collectSection(blocks, index + 1, header.level, section);
    items.push(...section);
  }
  if (items.length === 0) {
    if (!blocks.some(mayHoldScenario)) return null;
    const lines: string[] = [];
    for (const block of blocks) if (block.kind !== 'codeBlock') pushLines(block.prose, lines);
    const scenarios = groupScenarios(lines).filter((item) => STARTS_SCENARIO.test(item) && HAS_THEN.test(item));
    return scenarios.length > 0 ? scenarios : null;
  }
  return items;
}

interface Header {
  /** Heading level 1..6; 7 for a bold or plain label line (ends at any heading). */
  level: number;
  inline: string;
}

function headerAt(block: AdfBlock): Header | null {
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return null;
  const text = block.prose;
  const first = firstVisibleChar(text);
  if (first !== 'a' && first !== 'A' && first !== '#') return null;
  const level = block.kind === 'heading' ? block.headingLevel : 7;
  const firstLine = text.split('\n', 1)[0]!;
  if (firstLine.length <= MAX_HEADER_LENGTH && HEADER_ONLY.test(firstLine)) {
    return { level, inline: text.slice(firstLine.length).trim() };
  }
  if (block.list !== null) return null;
  const inline = HEADER_INLINE.exec(text)?.groups?.['rest'];
  return inline === undefined ? null : { level, inline: inline.trim() };
}

/** Collects criteria after a header until the section ends; returns the index where it ended. */
function collectSection(blocks: readonly AdfBlock[], start: number, level: number, out: string[]): number {
  const listed: string[] = [];
  const loose: string[] = [];
  let index = start;
  for (; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind === 'heading' && block.headingLevel <= level) break;
    if (block.kind === 'heading' || block.kind === 'codeBlock') continue;
    if (block.list === null && block.allStrong) break; // the next bold "heading"
    if (headerAt(block) !== null) break;
    if (block.list !== null) {
      if (block.itemStart || block.kind === 'taskItem') pushLines(block.prose, listed);
    } else {
      pushLines(block.prose, loose);
    }
  }
  const loosePlusListed = listed.length > 0 ? [...listed, ...loose.filter((line) => GHERKIN_STEP.test(line) || SCENARIO.test(line))] : loose;
  out.push(...groupScenarios(loosePlusListed));
  return index;
}

function pushLines(text: string, out: string[]): void {
  for (const raw of text.split('\n')) {
    const line = raw.replace(LINE_MARKER, '').trim();
    if (line === '') continue;
    if (GHERKIN_STEP.test(line)) {
      // Markdown joins soft-wrapped lines, so a scenario can arrive as one line: split it at each
      // capitalised step keyword (lower-case "and"/"then" stay, they are ordinary words).
      for (const step of line.split(INLINE_STEP)) if (step.trim() !== '') out.push(step.trim());
    } else {
      out.push(line);
    }
  }
}

/** Merges consecutive Given/When/Then/And/But lines into one criterion per scenario. */
function groupScenarios(lines: readonly string[]): string[] {
  const grouped: string[] = [];
  let scenario: string[] = [];
  let sawThen = false;
  const flush = (): void => {
    if (scenario.length > 0) grouped.push(scenario.join('\n'));
    scenario = [];
    sawThen = false;
  };
  for (const line of lines) {
    if (SCENARIO.test(line)) {
      flush();
      scenario.push(line);
    } else if (GHERKIN_STEP.test(line)) {
      if (sawThen && /^\s*(?:given|when)\b/i.test(line)) flush();
      if (/^\s*then\b/i.test(line)) sawThen = true;
      scenario.push(line);
    } else {
      flush();
      grouped.push(line);
    }
  }
  flush();
  return grouped;
}

function firstVisibleChar(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char !== ' ' && char !== '\t' && char !== '\n') return char;
  }
  return '';
}

/** Only blocks whose first line (or any line) could start a scenario get the regex. */
function mayHoldScenario(block: AdfBlock): boolean {
  const text = block.prose;
  const first = firstVisibleChar(text);
  const candidate = first === 'G' || first === 'g' || first === 'S' || first === 's' || block.list !== null || text.includes('\n');
  return candidate && SCENARIO_ANYWHERE.test(text);
}
