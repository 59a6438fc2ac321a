import { describe, expect, it } from 'vitest';
import { ctx, matching } from './fixture';

describe('search aliases from jira:entityProperty', () => {
  it('string aliases match exactly', () => {
    expect(matching('accordSignoff = approved')).toEqual(['ACC-1', 'ACC-7']);
    expect(matching('accordSignoff = Approved')).toEqual(['ACC-16']);
    expect(matching('ACCORDSIGNOFF = approved')).toEqual(['ACC-1', 'ACC-7']);
    expect(matching('accordSignoff in (pending, changes-requested)')).toEqual(['ACC-4', 'ACC-6']);
    expect(matching('accordSignoff != approved')).toEqual(['ACC-4', 'ACC-6', 'ACC-16']);
    expect(matching('accordSignoff is EMPTY')).toHaveLength(15);
  });

  it('booleans are indexed as the strings "true" and "false"', () => {
    expect(matching('accordReady = "false"')).toEqual(['ACC-2', 'ACC-5']);
    expect(matching("accordReady = 'true'")).toEqual(['ACC-1', 'ACC-7']);
    // Jira's grammar reserves true/false: unquoted they are a syntax error, as on a real site.
    expect(() => matching('accordReady = true')).toThrow(/Error in the JQL Query: mismatched input 'true'/);
  });

  it('number aliases compare numerically', () => {
    expect(matching('accordCriteria > 0')).toEqual(['ACC-1', 'ACC-6', 'ACC-7']);
    expect(matching('accordCriteria = 0')).toEqual(['ACC-4']);
    expect(matching('accordReadiness < 70')).toEqual(['ACC-2', 'ACC-5']);
    expect(matching('accordReadiness >= 75')).toEqual(['ACC-1', 'ACC-6', 'ACC-7']);
    expect(matching('accordReadiness >= 75.5')).toEqual(['ACC-1', 'ACC-7']);
  });

  it('text aliases take ~ and !~', () => {
    expect(matching('accordFindings ~ vague')).toEqual(['ACC-2']);
    expect(matching('accordFindings ~ placeholder')).toEqual(['ACC-5']);
    expect(matching('accordFindings !~ vague')).toEqual(['ACC-1', 'ACC-5']);
  });

  it('user aliases take account ids, names and currentUser()', () => {
    expect(matching('accordApprover = "Product Owner"')).toEqual(['ACC-1', 'ACC-7']);
    expect(matching('accordApprover = u-pm')).toEqual(['ACC-4']);
    expect(matching('accordApprover = currentUser()')).toEqual([]);
  });

  it('date aliases take Jira dates and ISO date-times', () => {
    expect(matching('accordSignedAt >= "2026-11-12"')).toEqual(['ACC-1']);
    expect(matching('accordSignedAt < "2026-11-12T10:00:00+00:00"')).toEqual(['ACC-1']);
    expect(matching('accordSignedAt > startOfDay()')).toEqual([]);
  });

  it('array values match element by element', () => {
    expect(matching('accordChecks = estimate')).toEqual(['ACC-2']);
    expect(matching('accordChecks is EMPTY')).toContain('ACC-1');
  });

  it('refuses operators and values the alias type does not allow', () => {
    expect(() => matching('accordSignoff > a')).toThrow("The operator '>' is not supported by the 'accordSignoff' field.");
    expect(() => matching('accordSignoff ~ approved')).toThrow(/operator '~' is not supported/);
    expect(() => matching('accordFindings = x')).toThrow("The operator '=' is not supported by the 'accordFindings' field.");
    expect(() => matching('accordReadiness > high')).toThrow("The value 'high' for field 'accordReadiness' is invalid");
  });
});

describe('issue.property[key].path', () => {
  it('is typed by the alias declared for the same property and path', () => {
    expect(matching('issue.property[accord-signoff].state = approved')).toEqual(['ACC-1', 'ACC-7']);
    expect(matching('issue.property["accord-signoff"].state = "Approved"')).toEqual(['ACC-16']);
    expect(matching('issue.property[accord-readiness].score < 70')).toEqual(['ACC-2', 'ACC-5']);
    expect(() => matching('issue.property[accord-signoff].state > x')).toThrow(/operator '>' is not supported/);
  });

  it('types an undeclared path by its JSON values', () => {
    const noAliases = { ...ctx, aliases: {} };
    expect(matching('issue.property[accord-readiness].score > 70', noAliases)).toEqual(['ACC-1', 'ACC-6', 'ACC-7']);
    expect(matching('issue.property[accord-readiness].ready = "false"', noAliases)).toEqual(['ACC-2', 'ACC-5']);
    expect(matching('issue.property[accord-signoff].state = approved', noAliases)).toEqual(['ACC-1', 'ACC-7']);
    expect(matching('issue.property[accord-criteria].count is EMPTY', noAliases)).toHaveLength(16);
  });

  it('reads nested paths and treats a missing path as EMPTY', () => {
    expect(matching('issue.property[accord-signoff].nothing.here is EMPTY')).toHaveLength(20);
    expect(matching('issue.property[missing].x = 1')).toEqual([]);
  });
});
