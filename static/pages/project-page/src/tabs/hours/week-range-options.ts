/** The spans of recent weeks the hours table and chart offer: a month, two, a quarter, half a year, or every week. */
export interface WeekRangeOption {
  label: string;
  /** Null: every week. */
  value: number | null;
}

const SPANS = [4, 8, 13, 26] as const;

export function weekRangeOptions(available: number): WeekRangeOption[] {
  const spans: WeekRangeOption[] = SPANS.filter((n) => n < available).map((n) => ({ label: `Last ${n} weeks`, value: n }));
  return [...spans, { label: `All ${available} week${available === 1 ? '' : 's'}`, value: null }];
}

/** A quarter by default: enough weeks to see a trend, few enough to read each number. */
export function defaultWeekRange(available: number): number | null {
  return available > 13 ? 13 : null;
}

