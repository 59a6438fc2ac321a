/**
 * The report's headline numbers read from its JSON (which the contract leaves untyped: it is the command
 * line's document format): total hours and hours per person, checked field by field, never trusted.
 */
export interface ReportHighlights {
  totalHours: number;
  people: Array<{ name: string; hours: number }>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function reportHighlights(json: unknown): ReportHighlights | null {
  if (!isRecord(json) || typeof json.totalHours !== 'number' || !Array.isArray(json.hoursByPerson)) return null;
  const people = json.hoursByPerson.flatMap((entry: unknown) => {
    if (!isRecord(entry) || typeof entry.hours !== 'number') return [];
    const name = typeof entry.displayName === 'string' ? entry.displayName : typeof entry.accountId === 'string' ? entry.accountId : 'Unknown person';
    return [{ name, hours: entry.hours }];
  });
  return { totalHours: json.totalHours, people };
}
