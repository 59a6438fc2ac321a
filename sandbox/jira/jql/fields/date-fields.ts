import { evaluateDateFunction, isDateFunction, parseDateValue, startOfUtcDay } from '../dates';
import { jqlErrors } from '../errors';
import { refuseFunction } from '../functions';
import { compareScalars, operatorSets, type FieldDefinition, type Scalar } from '../field-definition';
import type { SingleTerm } from '../operand-term';
import type { JqlContext, JqlIssueView } from '../types';

/** Resolves a date operand (literal, period or date function) to epoch ms; ISO date-times are accepted too. */
export function dateResolver(ctx: JqlContext, field: string): (term: SingleTerm) => number {
  const options = { now: ctx.now, weekStartsOn: ctx.weekStartsOn === 'monday' ? 1 : 0 };
  return (term) => {
    if (term.kind === 'function') {
      if (!isDateFunction(term.name)) refuseFunction(term, field);
      const result = evaluateDateFunction(term.name, term.args, options);
      if (typeof result === 'string') throw jqlErrors.badFunctionArguments(term.name, result);
      return result;
    }
    const parsed = parseDateValue(term.value, ctx.now);
    if (parsed !== null) return parsed;
    // Property aliases of type date also take ISO date-times with an offset.
    if (/^\d{4}-\d{2}-\d{2}T/.test(term.value)) {
      const iso = Date.parse(term.value);
      if (!Number.isNaN(iso)) return iso;
    }
    throw jqlErrors.invalidDate(term.value, field);
  };
}

export function parseStoredDate(value: string | null): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * created, updated, resolved, duedate. Date-only fields (duedate) compare calendar days: the
 * operand is cut to its day, as Jira does for local dates, so `duedate < now()` excludes today.
 * Date-time fields compare instants, so `created = "2026-11-28"` means exactly midnight (Jira's
 * behaviour too).
 */
export function dateField(
  name: string,
  ctx: JqlContext,
  read: (issue: JqlIssueView) => string | null,
  options: { dateOnly: boolean; defaultDirection: 'asc' | 'desc' },
): FieldDefinition {
  const resolveDate = dateResolver(ctx, name);
  const key = (issue: JqlIssueView): number | null => parseStoredDate(read(issue));
  return {
    name,
    operators: operatorSets.ordered,
    values: (issue) => {
      const ms = key(issue);
      return ms === null ? [] : [ms];
    },
    resolve: (term) => {
      const ms = resolveDate(term);
      return [options.dateOnly ? startOfUtcDay(ms) : ms];
    },
    compare: (a: Scalar, b: Scalar) => compareScalars(a, b),
    sort: { key, compare: compareScalars, defaultDirection: options.defaultDirection },
  };
}
