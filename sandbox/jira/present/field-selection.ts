/**
 * Jira's `fields` parameter: a comma list of field ids with `*all`, `*navigable` and `-field`
 * exclusions. `id` and `key` are always in the issue bean, so asking only for them selects no field.
 */
import { ALL_FIELDS, FIELD_NAMES, NAVIGABLE_FIELDS } from '../model/catalog';

const NAME_TO_ID = new Map(Object.entries(FIELD_NAMES).map(([id, name]) => [name.toLowerCase(), id]));

export function parseFieldList(value: string | string[] | undefined | null): string[] {
  if (value === undefined || value === null) return [];
  const parts = Array.isArray(value) ? value.flatMap((item) => String(item).split(',')) : value.split(',');
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

export function selectFields(requested: string[], defaults: readonly string[]): Set<string> {
  const list = requested.length > 0 ? requested : [...defaults];
  const selected = new Set<string>();
  const excluded = new Set<string>();
  for (const entry of list) {
    if (entry === '*all') ALL_FIELDS.forEach((field) => selected.add(field));
    else if (entry === '*navigable') NAVIGABLE_FIELDS.forEach((field) => selected.add(field));
    else if (entry.startsWith('-')) excluded.add(resolveField(entry.slice(1)));
    else if (entry !== 'id' && entry !== 'key') selected.add(resolveField(entry));
  }
  for (const field of excluded) selected.delete(field);
  return selected;
}

/** Accepts ids (customfield_10020) and display names (Sprint), as Jira does. */
function resolveField(entry: string): string {
  if (FIELD_NAMES[entry] !== undefined) return entry;
  return NAME_TO_ID.get(entry.toLowerCase()) ?? entry;
}

/** True when the selection carries more than id and key (the search page size cap drops to 100). */
export function asksForFields(requested: string[]): boolean {
  return requested.some((entry) => entry !== 'id' && entry !== 'key');
}
