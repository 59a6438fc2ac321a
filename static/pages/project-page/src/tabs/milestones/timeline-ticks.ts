/**
 * The timeline's scale: a span of calendar days (as day numbers) wide enough for today, the release dates and
 * the forecasts, and ticks on month, quarter or year starts depending on how long the span is.
 */
import { dayNumber, dayOfNumber } from '../../common/calendar-dates';

export interface TimelineScale {
  from: number;
  to: number;
  ticks: number[];
}

/** Month starts from the month of `from` to `to`, every `step` months. */
function monthStarts(from: number, to: number, step: number): number[] {
  const start = dayOfNumber(from);
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7)) - 1;
  month = Math.ceil(month / step) * step;
  const ticks: number[] = [];
  for (;;) {
    year += Math.floor(month / 12);
    month %= 12;
    const tick = dayNumber(`${year}-${String(month + 1).padStart(2, '0')}-01`);
    if (tick > to) return ticks;
    if (tick >= from) ticks.push(tick);
    month += step;
  }
}

/** The scale for these days (day numbers); a week of room before and two after. */
export function timelineScale(days: readonly number[]): TimelineScale {
  const from = Math.min(...days) - 7;
  const to = Math.max(...days) + 14;
  const span = to - from;
  const step = span <= 240 ? 1 : span <= 730 ? 3 : span <= 1_460 ? 6 : 12;
  return { from, to, ticks: monthStarts(from, to, step) };
}
