import { describe, expect, it } from 'vitest';
import { compileJql, JqlError } from '../../../../sandbox/jira/jql';
import { ctx, issues, matching, NOW } from './fixture';

describe('compiling once, evaluating many times', () => {
  it('shares parsed JQL but never the context it was compiled with', () => {
    expect(matching('assignee = currentUser()')).toHaveLength(5);
    expect(matching('assignee = currentUser()', { ...ctx, currentUser: 'u-pm' })).toEqual(['ACC-12']);
    const tomorrow = { ...ctx, now: new Date(NOW.getTime() + 86_400_000) };
    expect(matching('duedate = now()')).toEqual(['ACC-4']);
    expect(matching('duedate = now()', tomorrow)).toEqual(['ACC-6']);
  });

  it('refuses the same bad JQL every time', () => {
    expect(() => compileJql('status = ', ctx)).toThrow(JqlError);
    expect(() => compileJql('status = ', ctx)).toThrow(JqlError);
  });

  it('gives the same answer when a compiled query is reused', () => {
    const compiled = compileJql('labels = frontend ORDER BY key DESC', ctx);
    const first = issues.filter(compiled.matches).sort(compiled.compare).map((issue) => issue.key);
    const second = issues.filter(compiled.matches).sort(compiled.compare).map((issue) => issue.key);
    expect(first).toEqual(['ACC-10', 'ACC-2', 'ACC-1']);
    expect(second).toEqual(first);
  });
});
