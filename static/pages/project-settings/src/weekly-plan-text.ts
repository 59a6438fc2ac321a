/**
 * The budget's optional week-by-week plan as text, one week per line ("2026-W48 40"), so a plan can be
 * pasted from a spreadsheet. Every line is checked: the week must exist (W53 only in 53-week years), the
 * hours must be 0 or more, and a week is planned once.
 */
import { parseIsoWeek } from '../../../../src/domain/weeks/iso-week';

export const PLAN_LIMITS = { weeks: 520, hours: 100_000 } as const;

const LINE = /^(\d{4})-?W(\d{1,2})\s*[\s:;,=\t]\s*(\d+(?:[.,]\d+)?)\s*(?:h|hours?)?$/iu;

/** The stored plan as lines, in week order. */
export function weeklyPlanText(plan: Readonly<Record<string, number>> | undefined): string {
  return Object.entries(plan ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, hours]) => `${week} ${hours}`)
    .join('\n');
}

export type PlanCheck = { ok: true; plan: Record<string, number> | undefined } | { ok: false; error: string };

/** The plan the text describes; undefined when it is empty (the budget is then spread evenly). */
export function parseWeeklyPlan(text: string): PlanCheck {
  const plan: Record<string, number> = {};
  const lines = text.split(/\r?\n/u);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const where = `Line ${index + 1} ("${line.slice(0, 30)}")`;
    const match = LINE.exec(line);
    if (!match) return { ok: false, error: `${where}: write a week and its hours, such as 2026-W48 40.` };
    const week = `${match[1]}-W${(match[2] ?? '').padStart(2, '0')}`;
    const parsed = parseIsoWeek(week);
    if (!parsed.ok) return { ok: false, error: `${where}: ${parsed.error.message}` };
    const hours = Number((match[3] ?? '').replace(',', '.'));
    if (hours > PLAN_LIMITS.hours) return { ok: false, error: `${where}: plan at most ${PLAN_LIMITS.hours.toLocaleString('en-US')} hours in a week.` };
    if (week in plan) return { ok: false, error: `${where}: ${week} is planned twice; keep one line per week.` };
    plan[week] = hours;
  }
  const weeks = Object.keys(plan).length;
  if (weeks > PLAN_LIMITS.weeks) return { ok: false, error: `The plan has ${weeks} weeks; plan at most ${PLAN_LIMITS.weeks}.` };
  return { ok: true, plan: weeks === 0 ? undefined : plan };
}
