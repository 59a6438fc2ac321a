import { jqlErrors } from '../errors';
import { operatorSets, type FieldDefinition } from '../field-definition';
import type { JqlContext } from '../types';
import { literalOf } from './literal';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-\d+$/;

/**
 * parent: the parent issue by key or id (`parent = ACC-12`, `parent in (ACC-1, 10005)`). Keys resolve to ids
 * through the context when it can (a missing issue is refused, as Jira does), else they compare with the
 * view's parent key.
 */
export function parentField(name: string, ctx: JqlContext): FieldDefinition {
  return {
    name,
    operators: operatorSets.equality,
    values: (issue) => {
      const values: string[] = [];
      if (issue.parentId) values.push(issue.parentId);
      if (issue.parentKey) values.push(issue.parentKey.toUpperCase());
      return values;
    },
    resolve: (term) => {
      const value = literalOf(term, name).trim();
      const normalised = /^\d+$/.test(value) ? value : value.toUpperCase();
      if (!/^\d+$/.test(normalised) && !ISSUE_KEY.test(normalised)) throw jqlErrors.invalidIssueKey(value, name);
      if (!ctx.issueIdOf) return [normalised];
      const id = ctx.issueIdOf(normalised);
      if (id === undefined) throw jqlErrors.issueDoesNotExist(value, name);
      return [id];
    },
    // Jira sorts by the parent's key; the sandbox refuses rather than guess its tie-breaks.
    sortUnsupportedBySandbox: true,
  };
}
