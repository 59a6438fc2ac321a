/**
 * The tickets the main thread sends to a checking thread arrive as they were read: every field of every
 * text block, the keys in the same order, ADF descriptions and tickets without blocks untouched, after the
 * copy between threads (v8's serializer, as postMessage uses it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { parseLines } from '../../../src/cli/check-lines';
import { packTickets, unpackTickets, type PackedTickets } from '../../../src/cli/ticket-transfer';
import { markdownCases } from '../../fixtures/descriptions/markdown-cases';

const repoRoot = path.resolve(__dirname, '../../..');

function lines(): string[] {
  const backlog = readFileSync(path.join(repoRoot, 'test/fixtures/stories/backlog.jsonl'), 'utf8').split('\n');
  const cases = markdownCases.map((c, i) => JSON.stringify({ id: `MD-${i}`, summary: c.name, description: c.markdown, storyPoints: i % 3 === 0 ? null : i }));
  const corners = [
    JSON.stringify({ id: 1, summary: 'code and prose differ', description: 'Run `npm test` and **bold `code`**\n\n```gherkin\nGiven x\n```\n\n> - [ ] quoted task' }),
    JSON.stringify({ id: 2, summary: 'no description' }),
    JSON.stringify({ id: 3, summary: 'empty', description: '' }),
  ];
  return [...backlog, ...cases, ...corners];
}

describe('packTickets and unpackTickets', () => {
  it('give back every ticket as read, keys in order, after the copy between threads', () => {
    const read = parseLines({ firstLine: 1, lines: lines() }).tickets;
    expect(read.length).toBeGreaterThan(60);
    const blocks = read.reduce((sum, ticket) => sum + (ticket.snapshot.descriptionBlocks?.length ?? 0), 0);
    expect(blocks).toBeGreaterThan(150);
    const expected = JSON.stringify(read);
    const copied = deserialize(serialize(packTickets(read))) as PackedTickets;
    const back = unpackTickets(copied);
    expect(back).toEqual(read);
    expect(JSON.stringify(back)).toBe(expected);
    // The blocks that carry what the text alone does not: code (prose differs), headings, lists, quotes.
    const all = back.flatMap((ticket) => ticket.snapshot.descriptionBlocks ?? []);
    expect(all.some((block) => block.prose !== block.text)).toBe(true);
    expect(all.some((block) => block.kind === 'codeBlock' && block.language === 'gherkin')).toBe(true);
    expect(all.some((block) => block.container === 'blockquote' && block.list === 'task')).toBe(true);
    expect(all.some((block) => block.headingLevel > 0 && block.allStrong === false)).toBe(true);
  });
});
