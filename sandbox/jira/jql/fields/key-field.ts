import { jqlErrors } from '../errors';
import { compareScalars, type FieldDefinition, type Operator, type Scalar } from '../field-definition';
import type { JqlContext } from '../types';
import { literalOf } from './literal';

const ISSUE_KEY = /^([A-Z][A-Z0-9_]*)-(\d+)$/;

function splitKey(value: Scalar): { project: string; number: number } | null {
  const match = ISSUE_KEY.exec(String(value));
  return match ? { project: match[1]!, number: Number(match[2]) } : null;
}

function isId(value: Scalar): boolean {
  return /^\d+$/.test(String(value));
}

/**
 * key / issuekey / id: Jira treats them as one field taking either keys or numeric ids. Keys
 * compare only within their project (`key > ACC-5` means later issues of ACC).
 */
export function keyField(name: string, sortBy: 'key' | 'id', ctx: JqlContext): FieldDefinition {
  // Sort keys are read once per issue: "ACC-7" becomes "ACC 000000000007" so plain text order is key order.
  const sortKey =
    sortBy === 'id'
      ? { key: (issue: { id: string }) => Number(issue.id), compare: compareScalars }
      : {
          key: (issue: { key: string }) => {
            const parts = splitKey(issue.key.toUpperCase());
            return parts ? `${parts.project} ${String(parts.number).padStart(12, '0')}` : issue.key.toUpperCase();
          },
          compare: compareScalars,
        };
  return {
    name,
    operators: new Set<Operator>(['=', '!=', 'in', 'not in', '<', '>', '<=', '>=']),
    values: (issue) => [issue.key.toUpperCase(), issue.id],
    resolve: (term) => {
      const value = literalOf(term, name).trim();
      const normalised = isId(value) ? value : value.toUpperCase();
      if (!isId(value) && !splitKey(normalised)) throw jqlErrors.invalidIssueKey(value, name);
      if (ctx.issueExists && !ctx.issueExists(normalised)) throw jqlErrors.issueDoesNotExist(value, name);
      return [normalised];
    },
    compare: (a, b) => {
      if (isId(a) && isId(b)) return Number(a) - Number(b);
      const left = splitKey(a);
      const right = splitKey(b);
      return left && right && left.project === right.project ? left.number - right.number : null;
    },
    sort: { ...sortKey, defaultDirection: 'asc' },
  };
}
