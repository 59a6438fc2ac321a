import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FIELD_IDS, FIELD_IDS_MAX_AGE_MS, fieldIdsFrom, fieldIdsKey, loadFieldIds } from '../../../src/app/jira-field-ids';
import type { JiraField, JiraPort } from '../../../src/ports/jira';
import type { RecordKey, RecordStore, Versioned } from '../../../src/ports/store';

const summary: JiraField = { id: 'summary', key: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } };
const storyPointEstimate: JiraField = {
  id: 'customfield_10016',
  name: 'Story point estimate',
  custom: true,
  schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points', customId: 10016 },
};
const sprint: JiraField = {
  id: 'customfield_10020',
  name: 'Sprint',
  custom: true,
  schema: { type: 'array', items: 'json', custom: 'com.pyxis.greenhopper.jira:gh-sprint', customId: 10020 },
};
const float = (id: string, name: string): JiraField => ({
  id,
  name,
  custom: true,
  schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: Number(id.split('_')[1]) },
});

describe('fieldIdsFrom', () => {
  it('finds the ids of a site with Jira Software defaults', () => {
    expect(fieldIdsFrom([summary, storyPointEstimate, sprint])).toEqual({ storyPoints: 'customfield_10016', sprint: 'customfield_10020' });
  });

  it('finds a company-managed "Story Points" number field and a sprint field with another id', () => {
    const otherSprint: JiraField = { ...sprint, id: 'customfield_10104', schema: { ...sprint.schema, type: 'array', customId: 10104 } };
    expect(fieldIdsFrom([summary, float('customfield_10028', 'Story Points'), otherSprint])).toEqual({ storyPoints: 'customfield_10028', sprint: 'customfield_10104' });
  });

  it('prefers the Jira Software story points type over a field that is only named so', () => {
    expect(fieldIdsFrom([float('customfield_10028', 'Story Points'), { ...storyPointEstimate, id: 'customfield_10090' }]).storyPoints).toBe('customfield_10090');
  });

  it('ignores a field named "Story Points" that does not hold a number', () => {
    const text: JiraField = { id: 'customfield_10050', name: 'Story Points', custom: true, schema: { type: 'string' } };
    expect(fieldIdsFrom([text]).storyPoints).toBe(DEFAULT_FIELD_IDS.storyPoints);
  });

  it('finds a sprint field by name when its type is unknown', () => {
    expect(fieldIdsFrom([{ id: 'customfield_10200', name: 'Sprint' }]).sprint).toBe('customfield_10200');
  });

  it('falls back to the defaults when the site has neither field', () => {
    expect(fieldIdsFrom([summary])).toEqual(DEFAULT_FIELD_IDS);
    expect(fieldIdsFrom([])).toEqual({ storyPoints: 'customfield_10016', sprint: 'customfield_10020' });
  });
});

/** A record store in memory, versioned like the real one. */
function memoryStore(): RecordStore & { rows: Map<string, Versioned<unknown>> } {
  const rows = new Map<string, Versioned<unknown>>();
  const id = (key: RecordKey) => `${key.kind}:${key.id}`;
  return {
    rows,
    async load<T>(key: RecordKey) {
      return rows.get(id(key)) as Versioned<T> | undefined;
    },
    async save<T>(key: RecordKey, value: T, expectedVersion: number | null, now: number) {
      const current = rows.get(id(key));
      if ((current?.version ?? null) !== expectedVersion) return { ok: false as const, reason: 'conflict' as const, currentVersion: current?.version ?? null };
      const version = (expectedVersion ?? 0) + 1;
      rows.set(id(key), { value, version, updatedAt: now });
      return { ok: true as const, version };
    },
    async remove(key: RecordKey) {
      rows.delete(id(key));
    },
    async list() {
      return { records: [] };
    },
  };
}

function jiraListing(fields: () => Promise<JiraField[]>) {
  const listFields = vi.fn(fields);
  return { jira: { listFields } as unknown as JiraPort, listFields };
}

describe('loadFieldIds', () => {
  const NOW = Date.parse('2026-03-10T09:00:00Z');

  it('asks Jira once and reuses the stored answer for a day', async () => {
    const store = memoryStore();
    const { jira, listFields } = jiraListing(async () => [float('customfield_10028', 'Story Points'), sprint]);
    const expected = { storyPoints: 'customfield_10028', sprint: 'customfield_10020' };
    expect(await loadFieldIds(jira, store, NOW)).toEqual(expected);
    expect(await loadFieldIds(jira, store, NOW + FIELD_IDS_MAX_AGE_MS - 1)).toEqual(expected);
    expect(listFields).toHaveBeenCalledTimes(1);
    expect((await store.load(fieldIdsKey))?.value).toEqual(expected);
  });

  it('asks again when the stored answer is older than a day, and stores the new one', async () => {
    const store = memoryStore();
    await store.save(fieldIdsKey, DEFAULT_FIELD_IDS, null, NOW);
    const { jira, listFields } = jiraListing(async () => [float('customfield_10028', 'Story Points'), sprint]);
    expect((await loadFieldIds(jira, store, NOW + FIELD_IDS_MAX_AGE_MS)).storyPoints).toBe('customfield_10028');
    expect(listFields).toHaveBeenCalledTimes(1);
    expect(await store.load(fieldIdsKey)).toMatchObject({ version: 2, updatedAt: NOW + FIELD_IDS_MAX_AGE_MS });
  });

  it('uses the defaults when Jira cannot list its fields, and stores nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = memoryStore();
    const { jira } = jiraListing(async () => {
      throw new Error('Jira is down');
    });
    expect(await loadFieldIds(jira, store, NOW)).toEqual(DEFAULT_FIELD_IDS);
    expect(store.rows.size).toBe(0);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('keeps the last known ids when a refresh fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = memoryStore();
    const known = { storyPoints: 'customfield_10028', sprint: 'customfield_10104' };
    await store.save(fieldIdsKey, known, null, NOW);
    const { jira } = jiraListing(async () => {
      throw new Error('Jira is down');
    });
    expect(await loadFieldIds(jira, store, NOW + 2 * FIELD_IDS_MAX_AGE_MS)).toEqual(known);
    warn.mockRestore();
  });

  it('asks Jira when the stored record is not field ids', async () => {
    const store = memoryStore();
    await store.save(fieldIdsKey, { storyPoints: 42 }, null, NOW);
    const { jira, listFields } = jiraListing(async () => [storyPointEstimate, sprint]);
    expect(await loadFieldIds(jira, store, NOW)).toEqual(DEFAULT_FIELD_IDS);
    expect(listFields).toHaveBeenCalledTimes(1);
    expect((await store.load(fieldIdsKey))?.value).toEqual(DEFAULT_FIELD_IDS);
  });
});
