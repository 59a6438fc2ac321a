import { Lexer, marked, type Token } from 'marked';
import { adfToBlocks, collectBlocks, type AdfBlock, type AdfBlockKind, type BlockPosition, type BlockWalk } from './adf-blocks';
import type { AdfNode } from './adf-types';
import { prepareMarkdown } from './markdown-to-adf';
import { plainTextToAdf } from './plain-text-to-adf';
import { MAX_ADF_DEPTH } from './walk-adf';

/**
 * Markdown straight to the text blocks the checks read: the same records as
 * `adfToBlocks(markdownToAdf(md))`, without building the ADF document in between. It reads the tokens
 * of the same lexer (`marked`, the version marklassian uses) and follows marklassian's rules for turning
 * them into ADF nodes and adfToBlocks' rules for turning nodes into blocks, so both paths agree
 * (test/unit/adf/markdown-to-blocks.test.ts holds them to it). Never throws: like markdownToAdf, input
 * the converter rejects is read as plain paragraphs.
 */
export function markdownToBlocks(md: string): AdfBlock[] {
  if (typeof md !== 'string' || md.trim() === '') return [];
  try {
    const tokens = lex(prepareMarkdown(md));
    const walk: BlockWalk = { out: [], items: 0 };
    // The document is at depth 0, so its blocks are at depth 1, as adfToBlocks counts.
    blocksOf(tokens, { list: null, listDepth: 0, container: null, itemStart: false, item: -1 }, 1, walk);
    return walk.out;
  } catch {
    return adfToBlocks(plainTextToAdf(md));
  }
}

// Inline source the inline lexer returns as one text token equal to it: nothing an inline rule starts
// on (escapes, HTML and autolinks, links and images, emphasis, code, strike-through, URLs and e-mail
// addresses, hard breaks). Most lines of real descriptions are such text.
const INLINE_SYNTAX_CHAR = /[\\<[`*_~@]/;
const WWW = /www\./i;
const mayHoldInlineSyntax = (src: string): boolean =>
  INLINE_SYNTAX_CHAR.test(src) || src.includes('  \n') || src.includes('://') || WWW.test(src);

/** The lexer's queue of inline sources, filled by blockTokens (a field marked's typings keep private). */
type InlineQueue = { src: string; tokens: Token[] }[];

/** marked's tokenizer rules: `other` holds its helper patterns (a field its typings keep private). */
type TokenizerRules = { other: Record<string, unknown> };
/** The helper patterns marked's list tokenizer builds anew for every list item, from its bullet or indent. */
const PER_ITEM_PATTERNS = ['listItemRegex', 'nextBulletRegex', 'hrRegex', 'fencesBeginRegex', 'headingBeginRegex', 'htmlBeginRegex'];
let sharedPatterns: Record<string, unknown> | null = null;

/**
 * marked's helper patterns with the per-item ones made once per bullet or indent: building five regular
 * expressions per list item was a third of marked's list tokenizer on real descriptions. They have no
 * global or sticky flag, so one object serves every use (test and exec keep no state).
 */
function reusedPatterns(other: Record<string, unknown>): Record<string, unknown> {
  if (sharedPatterns !== null) return sharedPatterns;
  const patterns = { ...other };
  for (const name of PER_ITEM_PATTERNS) {
    const make = other[name];
    if (typeof make !== 'function') continue; // another marked version: leave its helpers as they are
    const made = new Map<string | number, RegExp>();
    patterns[name] = (key: string | number): RegExp => {
      let pattern = made.get(key);
      if (pattern === undefined) {
        pattern = (make as (key: string | number) => RegExp)(key);
        made.set(key, pattern);
      }
      return pattern;
    };
  }
  sharedPatterns = patterns;
  return patterns;
}

/**
 * marked.lexer(markdown) as marklassian calls it, except that plain inline text skips the inline
 * lexer (a third of lexing real descriptions) and list items reuse their patterns (reusedPatterns).
 * The equivalence tests hold this to marked's own result.
 */
function lex(markdown: string): MdToken[] {
  const lexer = new Lexer(marked.defaults);
  const rules = (lexer as unknown as { tokenizer: { rules: TokenizerRules } }).tokenizer.rules;
  rules.other = reusedPatterns(rules.other);
  const tokens = lexer.blockTokens(markdown, lexer.tokens);
  const queue = (lexer as unknown as { inlineQueue: InlineQueue }).inlineQueue;
  for (const pending of queue) {
    if (mayHoldInlineSyntax(pending.src)) lexer.inlineTokens(pending.src, pending.tokens);
    else if (pending.src !== '') pending.tokens.push({ type: 'text', raw: pending.src, text: pending.src, escaped: false });
  }
  return tokens as unknown as MdToken[];
}

/** The fields of marked's tokens this reader uses (marked types its generic token with `any`). */
interface MdToken {
  type: string;
  raw: string;
  text?: string;
  tokens?: MdToken[];
  depth?: number;
  lang?: string;
  ordered?: boolean;
  items?: MdListItem[];
  header?: MdCell[];
  rows?: MdCell[][];
}
interface MdListItem {
  task: boolean;
  tokens?: MdToken[];
}
interface MdCell {
  tokens: MdToken[];
}

/** Inline tokens that marklassian gathers into one paragraph inside a list item. */
const INLINE_IN_ITEM = new Set(['text', 'em', 'strong', 'del', 'link', 'codespan']);

/** marklassian's tokensToAdf, emitting blocks: `depth` is the ADF depth of the nodes it would make. */
function blocksOf(tokens: readonly MdToken[] | undefined, at: BlockPosition, depth: number, walk: BlockWalk): void {
  if (!tokens) return;
  for (const token of tokens) {
    switch (token.type) {
      case 'paragraph':
        paragraphs(token.tokens, at, walk);
        break;
      case 'heading':
        walk.out.push(inlineBlock('heading', token.tokens, at, token.depth ?? 1));
        at.itemStart = false;
        break;
      case 'list':
        listBlocks(token, at, depth, walk);
        break;
      case 'code':
        walk.out.push(codeBlock(token.text ?? '', token.lang, at));
        at.itemStart = false;
        break;
      case 'blockquote':
        if (depth < MAX_ADF_DEPTH) {
          blocksOf(token.tokens, { list: at.list, listDepth: at.listDepth, container: 'blockquote', itemStart: false, item: at.item }, depth + 1, walk);
        }
        break;
      case 'table':
        tableBlocks(token, at, depth, walk);
        break;
      case 'html': {
        // marklassian embeds ADF written as <adf>{...}</adf>; a malformed one makes the whole conversion fail.
        const embedded = parseAdfTag(token.raw);
        if (embedded !== null) for (const node of embedded) collectBlocks(node, at, depth, walk);
        break;
      }
      default:
        break; // space, hr, def: no text
    }
  }
}

/** A paragraph token: marklassian splits it at images (which carry no text) into paragraphs. */
function paragraphs(tokens: readonly MdToken[] | undefined, at: BlockPosition, walk: BlockWalk): void {
  if (!tokens || (tokens.length === 1 && tokens[0]?.type === 'image')) return;
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.type !== 'image') continue;
    if (i > start) {
      walk.out.push(inlineBlock('paragraph', tokens.slice(start, i), at, 0));
      at.itemStart = false;
    }
    start = i + 1;
  }
}

function listBlocks(token: MdToken, at: BlockPosition, depth: number, walk: BlockWalk): void {
  const items = token.items ?? [];
  const isTask = items.length > 0 && items.every((item) => item.task);
  if (depth >= MAX_ADF_DEPTH) return;
  const inner: BlockPosition = { list: isTask ? 'task' : token.ordered ? 'ordered' : 'bullet', listDepth: at.listDepth + 1, container: at.container, itemStart: false, item: at.item };
  for (const item of items) {
    inner.itemStart = true; // each child of a list starts an item
    if (at.listDepth === 0) inner.item = walk.items++;
    if (isTask) taskItem(item, inner, depth + 1, walk);
    else listItem(item, inner, depth + 1, walk);
  }
}

/** A list item: runs of inline tokens become paragraphs; other tokens become their own blocks. */
function listItem(item: MdListItem, at: BlockPosition, depth: number, walk: BlockWalk): void {
  if (depth >= MAX_ADF_DEPTH) return;
  const tokens = item.tokens ?? [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    if (token !== undefined && INLINE_IN_ITEM.has(token.type)) continue;
    if (i > start) {
      walk.out.push(inlineBlock('paragraph', tokens.slice(start, i), at, 0));
      at.itemStart = false;
    }
    start = i + 1;
    if (token === undefined) break;
    if (token.type === 'list') listBlocks(token, at, depth + 1, walk);
    else blocksOf([token], at, depth + 1, walk);
  }
}

/** A task item is itself a text block (its inline text, wherever it stands), followed by its nested blocks. */
function taskItem(item: MdListItem, at: BlockPosition, depth: number, walk: BlockWalk): void {
  const tokens = item.tokens ?? [];
  const inline = tokens.filter((token) => INLINE_IN_ITEM.has(token.type));
  walk.out.push(inlineBlock('taskItem', inline, at, 0));
  at.itemStart = false;
  if (depth >= MAX_ADF_DEPTH) return;
  for (const token of tokens) {
    if (INLINE_IN_ITEM.has(token.type)) continue;
    if (token.type === 'list') listBlocks(token, at, depth + 1, walk);
    else blocksOf([token], at, depth + 1, walk);
  }
}

function tableBlocks(token: MdToken, at: BlockPosition, depth: number, walk: BlockWalk): void {
  if (depth >= MAX_ADF_DEPTH) return;
  const inner: BlockPosition = { list: at.list, listDepth: at.listDepth, container: 'table', itemStart: false, item: at.item };
  const rows: { cells: MdCell[]; header: boolean }[] = [];
  if (token.header && token.header.length > 0) rows.push({ cells: token.header, header: true });
  for (const row of token.rows ?? []) rows.push({ cells: row, header: false });
  // table > row > cell > paragraph: a row at depth + 1, a cell at depth + 2.
  if (depth + 1 >= MAX_ADF_DEPTH) return;
  for (const row of rows) {
    for (const cell of row.cells) {
      if (depth + 2 >= MAX_ADF_DEPTH) continue;
      paragraphs(cell.tokens, inner, walk);
      // ADF needs content in a body cell: marklassian puts a paragraph with one space in an empty one.
      if (!row.header && cell.tokens.length === 0) {
        walk.out.push(emptyCellBlock(inner));
        inner.itemStart = false;
      }
    }
  }
}

/** Accumulates one block's text as adfToBlocks reads its inline nodes. */
interface Builder {
  text: string;
  prose: string;
  allStrong: boolean;
  sawText: boolean;
}

function inlineBlock(kind: AdfBlockKind, tokens: readonly MdToken[] | undefined, at: BlockPosition, level: number): AdfBlock {
  const builder: Builder = { text: '', prose: '', allStrong: true, sawText: false };
  if (tokens) addInline(tokens, builder);
  const headingLevel = kind === 'heading' ? (Number.isInteger(level) && level >= 1 && level <= 6 ? level : 1) : 0;
  return block(kind, builder.text, builder.prose, headingLevel, at, builder.sawText && builder.allStrong);
}

/** marklassian writes a code block's language as given, or "text". */
function codeBlock(text: string, lang: string | undefined, at: BlockPosition): AdfBlock {
  return { ...block('codeBlock', text, '', 0, at, false), language: (lang || 'text').toLowerCase() };
}

function emptyCellBlock(at: BlockPosition): AdfBlock {
  return block('paragraph', ' ', ' ', 0, at, false);
}

function block(kind: AdfBlockKind, text: string, prose: string, headingLevel: number, at: BlockPosition, allStrong: boolean): AdfBlock {
  return { kind, text, prose, headingLevel, list: at.list, listDepth: at.listDepth, itemStart: at.itemStart, container: at.container, allStrong, language: '', item: at.item };
}

/** marklassian's inlineToAdf, appending each text node to the builder instead of making it. */
function addInline(tokens: readonly MdToken[], into: Builder): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        if (token.tokens) addInline(token.tokens, into);
        else addText(into, safeText(token), false, false);
        break;
      case 'em':
      case 'strong':
      case 'del':
        for (const child of token.tokens ?? []) {
          const marks = marksOf(child, token.type === 'strong');
          addText(into, safeText(child), marks.code, marks.strong);
        }
        break;
      case 'link':
      case 'codespan': {
        const marks = marksOf(token, false);
        addText(into, safeText(token), marks.code, marks.strong);
        break;
      }
      case 'escape':
        addText(into, token.text ?? '', false, false);
        break;
      case 'br':
        into.text += '\n';
        into.prose += '\n';
        break;
      default:
        break; // images, inline HTML: no text
    }
  }
}

function addText(into: Builder, text: string, code: boolean, strong: boolean): void {
  if (text === '') return; // marklassian drops empty text nodes
  into.text += text;
  into.prose += code ? ' ' : text;
  if (text.trim() !== '') {
    into.sawText = true;
    if (!strong) into.allStrong = false;
  }
}

const UNEVEN_SPACE = /[^\S ]| {2}/;

/** marklassian's getSafeText: the text of a token (through single children), soft breaks and runs of space as one space. */
function safeText(token: MdToken): string {
  let current = token;
  while (current.tokens?.length === 1 && current.tokens[0] !== undefined && 'text' in current.tokens[0]) current = current.tokens[0];
  if (!('text' in current)) return '';
  const text = current.text as string; // a token with a non-string text fails in marklassian too (caught above)
  return UNEVEN_SPACE.test(text) ? text.replace(/\n$/, '').replace(/\n/g, ' ').replace(/\s+/g, ' ') : text;
}

/** marklassian's getMarks, reduced to what blocks need: code (which drops every mark but links) and strong. */
function marksOf(token: MdToken, strong: boolean): { code: boolean; strong: boolean } {
  let code = false;
  let bold = strong;
  let current: MdToken | undefined = token;
  while (current !== undefined) {
    if (current.type === 'strong') bold = true;
    if (current.type === 'codespan') code = true;
    current = current.tokens?.length === 1 ? current.tokens[0] : undefined;
  }
  return { code, strong: bold && !code };
}

/** marklassian's parseAdfTag: the ADF node(s) of an `<adf>...</adf>` HTML block, null for other HTML; throws when malformed. */
function parseAdfTag(raw: string): AdfNode[] | null {
  const match = /^<adf>([\s\S]*?)<\/adf>$/i.exec(raw.trim());
  if (!match) return null;
  const json = match[1]!.trim();
  if (json.length === 0) throw new Error('empty <adf> tag');
  const parsed: unknown = JSON.parse(json);
  const nodes = Array.isArray(parsed) ? (parsed as unknown[]) : [parsed];
  for (const node of nodes) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) throw new Error('an ADF node must be an object');
    const type = (node as { type?: unknown }).type;
    if (typeof type !== 'string' || type.length === 0) throw new Error('an ADF node needs a type');
  }
  return nodes as AdfNode[];
}
