// ISO weeks in a time zone, and calendar dates: the one place the domain turns instants into days and weeks.
export { DEFAULT_TIME_ZONE, validTimeZone } from './time-zone';
export { addDaysToDate, daysBetween, isLocalDate, localDateOf, validLocalDate, type LocalDate } from './local-date';
export {
  addIsoWeeks,
  formatIsoWeek,
  isoWeek,
  isoWeekOf,
  isoWeekOfDate,
  parseIsoWeek,
  weeksInIsoYear,
  type IsoWeek,
  type WeekError,
} from './iso-week';
export { MAX_WEEKS_IN_RANGE, weekRange, weeksBetween, type WeekRangeError } from './weeks-between';
export { weekInstants } from './week-instants';
