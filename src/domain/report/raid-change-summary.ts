import type { HistoryValue, RaidHistoryEntry } from '../raid';

/** Free-text fields: a report says they changed, not what they say (they can run to pages). */
const LONG_TEXT_FIELDS = new Set(['description', 'cause', 'actions', 'trigger', 'rationale', 'resolution']);
/** Fields holding an accountId, shown by name. */
const PERSON_FIELDS = new Set(['owner', 'decidedBy']);
const MAX_VALUE_CHARACTERS = 60;

/** "nextReviewDate" -> "next review date". */
export function fieldWords(field: string): string {
  return field.replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase();
}

/**
 * A history entry in words for a report cell: "created (status open, score 12)" or "status open →
 * mitigating; score 12 → 6; description changed".
 */
export function raidChangeSummary(entry: RaidHistoryEntry, name: (accountId: string) => string): string {
  const shown = (field: string, value: HistoryValue): string => {
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return 'none';
    if (Array.isArray(value)) return shortened(value.join(', '));
    if (typeof value === 'string' && PERSON_FIELDS.has(field)) return name(value);
    return shortened(String(value));
  };
  if (entry.action === 'created') {
    const parts = entry.changes.filter((c) => c.field === 'status' || c.field === 'score').map((c) => `${fieldWords(c.field)} ${shown(c.field, c.to)}`);
    return parts.length === 0 ? 'created' : `created (${parts.join(', ')})`;
  }
  if (entry.changes.length === 0) return 'no field changed';
  return entry.changes
    .map((c) => (LONG_TEXT_FIELDS.has(c.field) ? `${fieldWords(c.field)} changed` : `${fieldWords(c.field)} ${shown(c.field, c.from)} → ${shown(c.field, c.to)}`))
    .join('; ');
}

function shortened(text: string): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(oneLine);
  return chars.length <= MAX_VALUE_CHARACTERS ? oneLine : `${chars.slice(0, MAX_VALUE_CHARACTERS - 1).join('')}…`;
}
