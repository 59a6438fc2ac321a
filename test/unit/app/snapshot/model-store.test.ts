/** Read models of any size: kept whole when they fit one record, in parts when not, never written unchanged. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadModel, removeModel, saveModel } from '../../../../src/app/snapshot/model-store';
import { splitForStorage } from '../../../../src/app/snapshot/storage-parts';
import { MAX_RECORD_BYTES, recordKind, UnreadableRecordError } from '../../../../src/ports/store';
import { InMemoryRecordStore } from '../../../fakes/in-memory-record-store';

const lines = recordKind<{ lines: string[] }>('test-lines', z.object({ lines: z.array(z.string()) }));
const key = lines.key('p1:7', 'p1');
const big = (n: number, text = 'ticket "ACC-1" with a quote\\ and ü') => ({ lines: Array.from({ length: n }, (_, i) => `${i} ${text}`) });
const rows = (store: InMemoryRecordStore, kind: string) => store.calls.filter((c) => c.op !== 'load' && c.key.startsWith(`${kind}:`));

describe('a read model', () => {
  it('that fits is one record, read back as it was written', async () => {
    const store = new InMemoryRecordStore();
    expect(await saveModel(store, key, { lines: ['a', 'b'] }, 1)).toBe(true);
    expect((await loadModel(store, key))?.value).toEqual({ lines: ['a', 'b'] });
    expect(rows(store, 'pm-model-part')).toEqual([]);
  });

  it('larger than a storage record (here 4 of them) is kept in parts that each fit, and read back whole', async () => {
    const store = new InMemoryRecordStore();
    const value = big(20_000);
    expect(JSON.stringify(value).length).toBeGreaterThan(3 * MAX_RECORD_BYTES);
    await saveModel(store, key, value, 1);
    expect((await loadModel(store, key))?.value).toEqual(value);
    const written = rows(store, 'pm-model-part');
    expect(written.length).toBeGreaterThanOrEqual(4);
  });

  it('unchanged is not written again, changed replaces its parts and leaves none of the old ones', async () => {
    const store = new InMemoryRecordStore();
    await saveModel(store, key, big(20_000), 1);
    const before = store.calls.length;
    expect(await saveModel(store, key, big(20_000), 2)).toBe(false);
    expect(store.calls.slice(before).every((c) => c.op === 'load')).toBe(true);

    await saveModel(store, key, big(20_000, 'other text'), 3);
    expect((await loadModel(store, key))?.value).toEqual(big(20_000, 'other text'));
    const parts = [...new Set(store.calls.filter((c) => c.key.startsWith('pm-model-part:')).map((c) => c.key))];
    const left = parts.filter((k) => store.raw('pm-model-part', k.slice('pm-model-part:'.length)) !== undefined);
    expect(new Set(left.map((k) => k.split(':').slice(-2, -1)[0])).size).toBe(1);

    await saveModel(store, key, { lines: ['small again'] }, 4);
    expect(parts.every((k) => store.raw('pm-model-part', k.slice('pm-model-part:'.length)) === undefined)).toBe(true);
  });

  it('with a part missing is reported unreadable, never read half', async () => {
    const store = new InMemoryRecordStore();
    await saveModel(store, key, big(20_000), 1);
    const part = store.calls.find((c) => c.op === 'save' && c.key.startsWith('pm-model-part:'))!.key;
    await store.remove(recordKind('pm-model-part', z.object({ text: z.string() })).key(part.slice('pm-model-part:'.length), 'p1'));
    await expect(loadModel(store, key)).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it('is forgotten with its parts', async () => {
    const store = new InMemoryRecordStore();
    await saveModel(store, key, big(20_000), 1);
    await removeModel(store, key);
    expect(await loadModel(store, key)).toBeUndefined();
    expect(store.calls.filter((c) => c.op === 'save').every((c) => store.raw(c.key.split(':')[0]!, c.key.slice(c.key.indexOf(':') + 1)) === undefined)).toBe(true);
  });
});

describe('cutting text into storage parts', () => {
  it('rejoins to the text, and each part stored as a JSON string fits, whatever the characters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 3_000 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 1_000 })), fc.integer({ min: 8, max: 400 }), (text, maxBytes) => {
        const parts = splitForStorage(text, maxBytes);
        expect(parts.join('')).toBe(text);
        // A part holds at least one character even if that one alone is larger than the budget.
        for (const part of parts) expect(part.length <= 2 || Buffer.byteLength(JSON.stringify(part), 'utf8') - 2 <= maxBytes).toBe(true);
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });

  it('counts a quote, a backslash and a control character by what they take once escaped', () => {
    expect(splitForStorage('""""', 4)).toEqual(['""', '""']);
    expect(splitForStorage('\u0001\u0001', 6)).toEqual(['\u0001', '\u0001']);
    expect(splitForStorage('😀😀', 4)).toEqual(['😀', '😀']);
    // A lone surrogate is stored as \uXXXX: six bytes.
    expect(splitForStorage('\ud800\ud800', 6)).toEqual(['\ud800', '\ud800']);
  });
});
