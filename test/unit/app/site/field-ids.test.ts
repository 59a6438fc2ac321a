import { describe, expect, it, vi } from 'vitest';
import { FakeJira } from '../../../fakes/fake-jira';
import { InMemoryRecordStore } from '../../../fakes/in-memory-record-store';
import { DEFAULT_FIELD_IDS, FIELD_IDS_MAX_AGE_MS, fieldIdsFrom, fieldIdsKey, siteFieldIds } from '../../../../src/app/site/field-ids';
import type { JiraField } from '../../../../src/ports/jira';

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

function jiraListing(fields: JiraField[]) {
  const jira = new FakeJira();
  jira.fields.splice(0, jira.fields.length, ...fields);
  return { jira: jira.asApp(), listed: () => jira.count('listFields'), down: () => jira.failNext('listFields', () => new Error('Jira is down'), 10) };
}

describe('siteFieldIds', () => {
  const NOW = Date.parse('2026-03-10T09:00:00Z');

  it('asks Jira once and reuses the stored answer for a day', async () => {
    const store = new InMemoryRecordStore();
    const { jira, listed } = jiraListing([float('customfield_10028', 'Story Points'), sprint]);
    const expected = { storyPoints: 'customfield_10028', sprint: 'customfield_10020' };
    expect(await siteFieldIds(jira, store, NOW)).toEqual(expected);
    expect(await siteFieldIds(jira, store, NOW + FIELD_IDS_MAX_AGE_MS - 1)).toEqual(expected);
    expect(listed()).toBe(1);
    expect((await store.load(fieldIdsKey))?.value).toEqual(expected);
  });

  it('asks again when the stored answer is older than a day, and stores the new one', async () => {
    const store = new InMemoryRecordStore();
    await store.save(fieldIdsKey, DEFAULT_FIELD_IDS, null, NOW);
    const { jira, listed } = jiraListing([float('customfield_10028', 'Story Points'), sprint]);
    expect((await siteFieldIds(jira, store, NOW + FIELD_IDS_MAX_AGE_MS)).storyPoints).toBe('customfield_10028');
    expect(listed()).toBe(1);
    expect(await store.load(fieldIdsKey)).toMatchObject({ version: 2, updatedAt: NOW + FIELD_IDS_MAX_AGE_MS });
  });

  it('uses the defaults when Jira cannot list its fields, and stores nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = new InMemoryRecordStore();
    const { jira, down } = jiraListing([]);
    down();
    expect(await siteFieldIds(jira, store, NOW)).toEqual(DEFAULT_FIELD_IDS);
    expect(await store.load(fieldIdsKey)).toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('keeps the last known ids when a refresh fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = new InMemoryRecordStore();
    const known = { storyPoints: 'customfield_10028', sprint: 'customfield_10104' };
    await store.save(fieldIdsKey, known, null, NOW);
    const { jira, down } = jiraListing([]);
    down();
    expect(await siteFieldIds(jira, store, NOW + 2 * FIELD_IDS_MAX_AGE_MS)).toEqual(known);
    warn.mockRestore();
  });

  it('asks Jira when the stored record is not field ids, and replaces it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = new InMemoryRecordStore();
    store.putRaw('fields', 'site', 'site', { storyPoints: 42 }, 3, NOW);
    const { jira, listed } = jiraListing([storyPointEstimate, sprint]);
    expect(await siteFieldIds(jira, store, NOW)).toEqual(DEFAULT_FIELD_IDS);
    expect(listed()).toBe(1);
    expect((await store.load(fieldIdsKey))?.value).toEqual(DEFAULT_FIELD_IDS);
    expect(store.version('fields', 'site')).toBe(4);
    expect(warn.mock.calls.some((call) => String(call[1] ?? call[0]).includes('could not be read'))).toBe(true);
    warn.mockRestore();
  });
});
