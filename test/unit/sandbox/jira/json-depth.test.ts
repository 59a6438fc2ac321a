import { describe, expect, it } from 'vitest';
import { depthBeyond, MAX_JSON_DEPTH, tooDeepMessage } from '../../../../sandbox/jira/http/json-depth';

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('depthBeyond', () => {
  it('lets JSON nested up to the limit through and names the first depth beyond it', () => {
    expect(depthBeyond(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(depthBeyond(nested(MAX_JSON_DEPTH + 1))).toBe(MAX_JSON_DEPTH + 1);
    expect(depthBeyond(nested(100_000))).toBe(MAX_JSON_DEPTH + 1);
    expect(depthBeyond('{"a":{"b":[1,{"c":2}]}}', 3)).toBe(4);
    expect(depthBeyond('{"a":{"b":[1,2]}}', 3)).toBeUndefined();
  });

  it('counts siblings once, not their sum', () => {
    expect(depthBeyond(`[${Array.from({ length: 5000 }, () => '[[]]').join(',')}]`, 3)).toBeUndefined();
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(depthBeyond(JSON.stringify({ text: '['.repeat(5000) }), 2)).toBeUndefined();
    expect(depthBeyond(JSON.stringify({ text: `say \\"[[[[" and {{{{` }), 1)).toBeUndefined();
    expect(depthBeyond(`{"a":"\\\\"}`, 1)).toBeUndefined();
    expect(depthBeyond(`{"a":"\\\\",${'['.repeat(3)}${']'.repeat(3)}}`, 3)).toBe(4);
  });

  it('says the limit in the message', () => {
    expect(tooDeepMessage()).toBe('The request body nests JSON more than 1,000 levels deep; the sandbox reads at most 1,000.');
  });
});
