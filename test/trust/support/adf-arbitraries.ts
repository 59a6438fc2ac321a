/**
 * fast-check generators of Atlassian Document Format: documents valid per @atlaskit/adf-schema (checked against
 * its published JSON schema with ajv, so "valid" is the schema's word, not ours), and malformed ones of every
 * kind a reader may meet (wrong types, missing parts, unknown nodes, cycles of nesting, huge text).
 */
import fc from 'fast-check';
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type AdfNode = { type: string; text?: string; attrs?: Record<string, Json>; marks?: Array<{ type: string; attrs?: Record<string, Json> }>; content?: AdfNode[] };

const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../../../node_modules/@atlaskit/adf-schema/json-schema/v1/full.json'), 'utf8')) as Record<string, unknown>;
delete schema['$schema'];
const validate = new Ajv({ strict: false, allErrors: false }).compile(schema);

/** Whether @atlaskit/adf-schema's JSON schema accepts the document; the errors when it does not. */
export function adfSchemaErrors(doc: unknown): string | null {
  return validate(doc) ? null : JSON.stringify(validate.errors?.slice(0, 3));
}

const word = fc.constantFrom('invoice', 'export', 'the', 'user', 'fast', 'Given', 'When', 'Then', 'and/or', 'TBD', 'Acceptance criteria', 'AC:', '<script>alert(1)</script>', '\u200b', 'Ünïcödé', '日本語', '🙂', 'x'.repeat(300));
const text = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const localId = fc.uuid();

const mark = fc.oneof(
  fc.constantFrom({ type: 'strong' }, { type: 'em' }, { type: 'strike' }, { type: 'underline' }, { type: 'code' }),
  fc.webUrl().map((href) => ({ type: 'link', attrs: { href } })),
  fc.constantFrom('sub', 'sup').map((type) => ({ type: 'subsup', attrs: { type } })),
  fc.constantFrom('#ff5630', '#36b37e').map((color) => ({ type: 'textColor', attrs: { color } })),
);
// One mark of a kind (the schema allows code only alone, so it is kept alone).
const marks = fc.uniqueArray(mark, { maxLength: 3, selector: (m) => m.type }).map((list) => (list.some((m) => m.type === 'code') ? list.filter((m) => m.type === 'code' || m.type === 'link') : list));

const textNode: fc.Arbitrary<AdfNode> = fc.tuple(text, marks).map(([t, m]) => (m.length > 0 ? { type: 'text', text: t, marks: m } : { type: 'text', text: t }));
const plainText: fc.Arbitrary<AdfNode> = text.map((t) => ({ type: 'text', text: t }));
const inline: fc.Arbitrary<AdfNode> = fc.oneof(
  { weight: 6, arbitrary: textNode },
  { weight: 1, arbitrary: fc.record({ id: fc.stringMatching(/^[0-9a-f]{6,24}$/u), text: text }).map((attrs) => ({ type: 'mention', attrs: { id: attrs.id, text: `@${attrs.text}` } })) },
  { weight: 1, arbitrary: fc.constant({ type: 'emoji', attrs: { shortName: ':smile:', text: '😄' } }) },
  { weight: 1, arbitrary: fc.constant({ type: 'hardBreak' }) },
  { weight: 1, arbitrary: fc.webUrl().map((url) => ({ type: 'inlineCard', attrs: { url } })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => ({ type: 'date', attrs: { timestamp: String(ms) } })) },
  { weight: 1, arbitrary: fc.tuple(text, fc.constantFrom('neutral', 'green', 'red')).map(([t, color]) => ({ type: 'status', attrs: { text: t, color } })) },
);
const paragraph = fc.array(inline, { maxLength: 5 }).map((content): AdfNode => (content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }));
const plainParagraph = fc.array(plainText, { minLength: 1, maxLength: 3 }).map((content): AdfNode => ({ type: 'paragraph', content }));
const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(inline, { minLength: 1, maxLength: 3 })).map(([level, content]): AdfNode => ({ type: 'heading', attrs: { level }, content }));
const acHeading = fc.constantFrom('Acceptance criteria', 'AC', 'Acceptance tests', 'Akzeptanzkriterien').map((t): AdfNode => ({ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: t }] }));
const codeBlock = fc.tuple(fc.option(fc.constantFrom('gherkin', 'js'), { nil: undefined }), text).map(([language, t]): AdfNode => ({ type: 'codeBlock', ...(language ? { attrs: { language } } : {}), content: [{ type: 'text', text: t }] }));
const taskList = fc.tuple(localId, fc.array(fc.tuple(localId, fc.constantFrom('TODO', 'DONE'), fc.array(plainText, { minLength: 1, maxLength: 2 })), { minLength: 1, maxLength: 4 })).map(
  ([id, items]): AdfNode => ({ type: 'taskList', attrs: { localId: id }, content: items.map(([itemId, state, content]) => ({ type: 'taskItem', attrs: { localId: itemId, state }, content })) }),
);
const decisionList = fc.tuple(localId, fc.array(fc.tuple(localId, fc.array(plainText, { minLength: 1, maxLength: 2 })), { minLength: 1, maxLength: 3 })).map(
  ([id, items]): AdfNode => ({ type: 'decisionList', attrs: { localId: id }, content: items.map(([itemId, content]) => ({ type: 'decisionItem', attrs: { localId: itemId, state: 'DECIDED' }, content })) }),
);

const { list } = fc.letrec<{ list: AdfNode }>((tie) => ({
  list: fc.tuple(fc.constantFrom('bulletList', 'orderedList'), fc.array(fc.tuple(plainParagraph, fc.option(tie('list'), { nil: undefined, depthSize: 'small' })), { minLength: 1, maxLength: 4 })).map(
    ([type, items]): AdfNode => ({ type, content: items.map(([p, nested]) => ({ type: 'listItem', content: nested ? [p, nested] : [p] })) }),
  ),
}));
const cell = fc.tuple(fc.constantFrom('tableHeader', 'tableCell'), plainParagraph).map(([type, p]): AdfNode => ({ type, attrs: {}, content: [p] }));
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map((rows): AdfNode => ({ type: 'table', attrs: { isNumberColumnEnabled: false, layout: 'default' }, content: rows.map((cells) => ({ type: 'tableRow', content: cells })) }));
const panel = fc.tuple(fc.constantFrom('info', 'note', 'warning', 'success', 'error'), fc.array(fc.oneof(plainParagraph, list), { minLength: 1, maxLength: 3 })).map(([panelType, content]): AdfNode => ({ type: 'panel', attrs: { panelType }, content }));
const blockquote = fc.array(plainParagraph, { minLength: 1, maxLength: 2 }).map((content): AdfNode => ({ type: 'blockquote', content }));
const expand = fc.tuple(text, fc.array(fc.oneof(plainParagraph, list, codeBlock), { minLength: 1, maxLength: 3 })).map(([title, content]): AdfNode => ({ type: 'expand', attrs: { title }, content }));

const block: fc.Arbitrary<AdfNode> = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 2, arbitrary: heading },
  { weight: 2, arbitrary: acHeading },
  { weight: 3, arbitrary: list },
  { weight: 1, arbitrary: codeBlock },
  { weight: 1, arbitrary: taskList },
  { weight: 1, arbitrary: decisionList },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: panel },
  { weight: 1, arbitrary: blockquote },
  { weight: 1, arbitrary: expand },
  { weight: 1, arbitrary: fc.constant({ type: 'rule' }) },
);

/** A document @atlaskit/adf-schema accepts (the suite asserts that it does). */
export const validAdf: fc.Arbitrary<AdfNode & { version: number }> = fc.array(block, { maxLength: 10 }).map((content) => ({ type: 'doc', version: 1, content }));

/** Every node of a document, depth first. */
export function nodesOf(node: AdfNode): AdfNode[] {
  return [node, ...(node.content ?? []).flatMap(nodesOf)];
}

/** Nesting far deeper than any reader walks, written as text (a builder would overflow the stack itself). */
export function deeplyNestedJson(depth: number, inner = '{"type":"text","text":"deep"}'): string {
  return `{"type":"doc","version":1,"content":[${'{"type":"paragraph","content":['.repeat(depth)}${inner}${']}'.repeat(depth)}]}`;
}

const junk: fc.Arbitrary<unknown> = fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.boolean(), fc.string(), fc.constant([]), fc.constant({}), fc.array(fc.anything(), { maxLength: 3 }), fc.object({ maxDepth: 2 }));

/** A valid document broken in one place, or something that only looks like a document, or nothing like one. */
export const malformedAdf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(validAdf, fc.nat(), fc.constantFrom('type', 'text', 'content', 'marks', 'attrs', 'drop-type', 'drop-content', 'unknown-type', 'huge-text', 'proto'), junk).map(([doc, at, what, value]) => breakAt(doc, at, what, value)) },
  { weight: 1, arbitrary: junk },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 40, max: 900 }).map((depth) => JSON.parse(deeplyNestedJson(depth)) as unknown) },
  { weight: 1, arbitrary: fc.constant({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(300_000) }] }] }) },
);

function breakAt(doc: AdfNode, at: number, what: string, value: unknown): unknown {
  const copy = structuredClone(doc);
  const nodes = nodesOf(copy);
  const node = nodes[at % nodes.length] as Record<string, unknown>;
  if (what === 'drop-type') delete node['type'];
  else if (what === 'drop-content') delete node['content'];
  else if (what === 'unknown-type') node['type'] = 'notANodeType';
  else if (what === 'huge-text') node['text'] = '\u200b'.repeat(50_000);
  else if (what === 'proto') Object.assign(node, JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as object);
  else node[what] = value;
  return copy;
}
