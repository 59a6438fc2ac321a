import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { settingsRecords } from '../../../src/app/settings/settings-record';
import { defaultProjectSettings } from '../../../src/domain/settings/project-settings';
import { recordKind, UnreadableRecordError } from '../../../src/ports/store';
import { InMemoryRecordStore } from '../../fakes/in-memory-record-store';

const notes = recordKind('note', z.object({ text: z.string().max(10) }));

describe('record kinds', () => {
  it('decodes what it encoded', () => {
    expect(notes.decode(notes.encode({ text: 'hello' }), { id: 'n1', version: 1 })).toEqual({ text: 'hello' });
  });

  it('names the record, its version and the problem when a stored value does not parse', () => {
    const error = (() => {
      try {
        notes.decode({ text: 42 }, { id: 'n1', version: 3 });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(UnreadableRecordError);
    expect(error).toMatchObject({ kind: 'note', id: 'n1', version: 3 });
    expect((error as Error).message).toMatch(/^The stored note record n1 \(version 3\) could not be read: .*text/s);
  });

  it('refuses to store a value its schema does not accept', () => {
    expect(() => notes.encode({ text: 'far too long for a note' })).toThrow(/Refusing to store a note record/);
  });

  it('refuses kind names that would not make good storage keys', () => {
    expect(() => recordKind('Issue Record', z.string())).toThrow(/lower-case/);
    expect(() => recordKind('', z.string())).toThrow();
  });

  it('a store lists a kind without the records that do not parse, and reports those', async () => {
    const store = new InMemoryRecordStore();
    await store.save(notes.key('a', 'p1'), { text: 'first' }, null, 1);
    store.putRaw('note', 'b', 'p1', { text: 99 }, 2, 2);
    await store.save(notes.key('c', 'p2'), { text: 'other' }, null, 3);
    const page = await store.list(notes, 'p1');
    expect(page.records.map((r) => r.id)).toEqual(['a']);
    expect(page.unreadable.map((e) => [e.id, e.version])).toEqual([['b', 2]]);
  });
});

describe('stored settings', () => {
  it('reads settings saved before a setting existed with that setting at its default', () => {
    const saved = { rubric: { threshold: 60 }, commentOnDecision: false };
    const settings = settingsRecords.decode(saved, { id: 'p1', version: 1 });
    expect(settings).toEqual({ ...defaultProjectSettings(), rubric: { ...defaultProjectSettings().rubric, threshold: 60 }, commentOnDecision: false });
  });

  it('stores complete settings, and refuses a stored value with unknown fields', () => {
    const encoded = settingsRecords.encode(defaultProjectSettings());
    expect(settingsRecords.decode(encoded, { id: 'p1', version: 1 })).toEqual(defaultProjectSettings());
    expect(() => settingsRecords.decode({ colour: 'blue' }, { id: 'p1', version: 1 })).toThrow(UnreadableRecordError);
  });
});
