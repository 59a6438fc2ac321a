import { describe, expect, it } from 'vitest';
import { compileJql } from '../../../../sandbox/jira/jql';
import { allKeysExcept, ctx, issues, matching } from './fixture';

describe('AND, OR, NOT and parentheses', () => {
  it('combines clauses with Jira precedence (AND binds tighter than OR)', () => {
    expect(matching('project = OPS AND status = Done')).toEqual(['OPS-2']);
    expect(matching('project = OPS OR labels = ux')).toEqual(['ACC-6', 'OPS-1', 'OPS-2', 'OPS-3', 'OPS-4']);
    expect(matching('labels = ux OR project = OPS AND status = Done')).toEqual(['ACC-6', 'OPS-2']);
    expect(matching('(labels = ux OR project = OPS) AND status = Done')).toEqual(['OPS-2']);
    expect(matching('project = OPS AND (status = Done OR assignee is EMPTY)')).toEqual(['OPS-2', 'OPS-4']);
  });

  it('pushes NOT down to the clauses as Jira does, so negations skip EMPTY values', () => {
    expect(matching('NOT status = Done')).toEqual(allKeysExcept('ACC-1', 'ACC-7', 'ACC-8', 'OPS-2'));
    expect(matching('NOT assignee = currentUser()')).toEqual(matching('assignee != currentUser()'));
    expect(matching('NOT assignee = currentUser()')).not.toContain('ACC-3');
    expect(matching('NOT NOT status = Done')).toEqual(matching('status = Done'));
    expect(matching('NOT assignee is EMPTY')).toEqual(matching('assignee is not EMPTY'));
    expect(matching('NOT created < "2026-11-20"')).toEqual(['ACC-4', 'ACC-5', 'ACC-6', 'ACC-8', 'ACC-10', 'ACC-11', 'ACC-16']);
  });

  it("applies De Morgan's laws to NOT over a group", () => {
    // assignee != me AND labels != frontend: both skip EMPTY values.
    expect(matching('NOT (assignee = currentUser() OR labels = frontend)')).toEqual(['OPS-1']);
    expect(matching('NOT (project = ACC AND statusCategory != Done)')).toEqual(
      ['ACC-1', 'ACC-7', 'ACC-8', 'OPS-1', 'OPS-2', 'OPS-3', 'OPS-4'],
    );
  });
});

describe('negative operators and EMPTY', () => {
  it('!= and NOT IN skip issues whose field is EMPTY', () => {
    const assignedNotMine = ['ACC-2', 'ACC-7', 'ACC-10', 'ACC-12', 'ACC-13', 'ACC-14', 'OPS-1', 'OPS-3'];
    expect(matching('assignee != currentUser()')).toEqual(assignedNotMine);
    expect(matching('assignee not in (currentUser())')).toEqual(assignedNotMine);
    expect(matching('assignee not in (EMPTY, currentUser())')).toEqual(assignedNotMine);
    expect(matching('duedate != "2026-11-26"')).toEqual(['ACC-1', 'ACC-3', 'ACC-5', 'ACC-6', 'ACC-7', 'ACC-11']);
  });

  it('= EMPTY, != EMPTY, IS EMPTY and IS NOT EMPTY', () => {
    const assigned = matching('assignee is not EMPTY');
    expect(assigned).toHaveLength(13);
    expect(matching('assignee != EMPTY')).toEqual(assigned);
    expect(matching('assignee not in (EMPTY)')).toEqual(assigned);
    expect(matching('assignee = EMPTY')).toEqual(allKeysExcept(...assigned));
  });
});

describe('bounded and empty queries', () => {
  it('is bounded when the query has a WHERE clause', () => {
    expect(compileJql('project = ACC', ctx).bounded).toBe(true);
    expect(compileJql('ORDER BY key', ctx).bounded).toBe(false);
    expect(compileJql('', ctx).bounded).toBe(false);
  });

  it('matches everything without a WHERE clause', () => {
    const compiled = compileJql('ORDER BY key', ctx);
    expect(issues.every((issue) => compiled.matches(issue))).toBe(true);
  });
});

describe('functions as operands', () => {
  it('accepts a list-valued function with = (any of its values)', () => {
    expect(matching('sprint = openSprints()')).toEqual(matching('sprint in openSprints()'));
  });

  it('accepts a function directly after IN', () => {
    expect(matching('assignee in currentUser()')).toEqual(matching('assignee = currentUser()'));
  });
});
