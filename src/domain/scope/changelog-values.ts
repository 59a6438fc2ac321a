import { fail, ok, type Result } from '../criteria/result';

/**
 * The one reader of Jira changelog values for the scope ledger. Jira writes the Sprint field as the ids it
 * lists, "1619, 1647" (empty when in no sprint), and an estimate as text in fromString/toString ("5", "0.5",
 * "" for none).
 */
export function parseSprintIds(raw: string | null | undefined): Result<number[], 'invalid_change'> {
  if (raw === null || raw === undefined || raw.trim() === '') return ok([]);
  const ids: number[] = [];
  for (const part of raw.split(',')) {
    const text = part.trim();
    if (text === '') continue;
    if (!/^\d+$/u.test(text)) return fail('invalid_change', `A sprint value lists sprint ids such as "1619, 1647"; got ${JSON.stringify(raw)}.`);
    const id = Number(text);
    if (!ids.includes(id)) ids.push(id);
  }
  return ok(ids);
}

export function parseEstimate(raw: string | null | undefined): Result<number | null, 'invalid_change'> {
  if (raw === null || raw === undefined || raw.trim() === '') return ok(null);
  const n = Number(raw.trim());
  if (!Number.isFinite(n) || n < 0) return fail('invalid_change', `An estimate is a number of 0 or more; got ${JSON.stringify(raw)}.`);
  return ok(n);
}
