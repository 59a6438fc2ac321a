/**
 * readLines cuts a stream into the lines node's readline gives with `crlfDelay: Infinity`, wherever the
 * chunks end: "\n", "\r\n" and lone "\r" endings, blank lines, no ending at the end, multi-byte characters
 * cut between chunks.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/cli/read-lines';

async function viaReadline(chunks: (string | Buffer)[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) lines.push(line);
  return lines;
}

async function viaReadLines(chunks: (string | Buffer)[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const some of readLines(Readable.from(chunks))) lines.push(...some);
  return lines;
}

const TEXTS = [
  '',
  '\n',
  '\r',
  '\r\n',
  'one',
  'one\ntwo\n',
  'one\r\ntwo\r\nthree',
  'a\rb\r\rc\r',
  '\n\na\n\n',
  'x\r\n\r\ny\n\r',
  '{"id": 1, "summary": "é ü 漢字 😀"}\r\n{"id": 2}\n\n{"id": 3}',
];

describe('readLines', () => {
  it('gives the lines readline gives, for every cut into two and three chunks', async () => {
    for (const text of TEXTS) {
      const bytes = Buffer.from(text, 'utf8');
      const expected = await viaReadline([bytes]);
      expect(await viaReadLines([text]), JSON.stringify(text)).toEqual(expected);
      for (let i = 0; i <= bytes.length; i++) {
        // Buffers, as standard input gives them, cut anywhere (inside a character too), and strings.
        expect(await viaReadLines([bytes.subarray(0, i), bytes.subarray(i)]), `${JSON.stringify(text)} at byte ${i}`).toEqual(expected);
        for (let j = i; j <= bytes.length; j++) {
          expect(await viaReadLines([bytes.subarray(0, i), bytes.subarray(i, j), bytes.subarray(j)])).toEqual(expected);
        }
      }
      for (let i = 0; i <= text.length; i++) expect(await viaReadLines([text.slice(0, i), text.slice(i)])).toEqual(expected);
    }
  });
});
