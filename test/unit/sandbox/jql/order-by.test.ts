import { describe, expect, it } from 'vitest';
import { compileJql } from '../../../../sandbox/jira/jql';
import { ctx, issues, matching, search } from './fixture';

describe('ORDER BY', () => {
  it('orders newest issue first (id descending) when the query has no ORDER BY', () => {
    expect(search('project = OPS')).toEqual(['OPS-4', 'OPS-3', 'OPS-2', 'OPS-1']);
  });

  it('orders by key: project, then issue number (not text order)', () => {
    expect(search('project = OPS ORDER BY key ASC')).toEqual(['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4']);
    expect(search('key in (OPS-1, ACC-10, ACC-9) ORDER BY key')).toEqual(['ACC-9', 'ACC-10', 'OPS-1']);
    expect(search('key in (OPS-1, ACC-10, ACC-9) ORDER BY issuekey DESC')).toEqual(['OPS-1', 'ACC-10', 'ACC-9']);
  });

  it('uses the field default direction: created descending unless ASC is written', () => {
    expect(search('project = OPS ORDER BY created')).toEqual(['OPS-4', 'OPS-3', 'OPS-2', 'OPS-1']);
    expect(search('project = OPS ORDER BY created ASC')).toEqual(['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4']);
  });

  it('puts EMPTY last when ascending and first when descending', () => {
    const some = 'key in (ACC-1, ACC-3, ACC-5, ACC-8)';
    expect(search(`${some} ORDER BY priority DESC`)).toEqual(['ACC-5', 'ACC-8', 'ACC-3', 'ACC-1']);
    expect(search(`${some} ORDER BY priority ASC`)).toEqual(['ACC-1', 'ACC-8', 'ACC-3', 'ACC-5']);
    expect(search(`${some} ORDER BY duedate`)).toEqual(['ACC-1', 'ACC-3', 'ACC-5', 'ACC-8']);
  });

  it('orders dates, numbers and aliases by value', () => {
    expect(search('duedate is not EMPTY ORDER BY duedate ASC')).toEqual(['ACC-7', 'ACC-1', 'ACC-3', 'ACC-4', 'ACC-6', 'ACC-11', 'ACC-5']);
    expect(search('"Story Points" is not EMPTY ORDER BY "Story Points" DESC')).toEqual(
      ['ACC-10', 'ACC-4', 'ACC-2', 'ACC-6', 'ACC-1', 'ACC-5', 'ACC-7', 'ACC-12'],
    );
    expect(search('accordReadiness is not EMPTY ORDER BY accordReadiness DESC')).toEqual(['ACC-7', 'ACC-1', 'ACC-6', 'ACC-2', 'ACC-5']);
  });

  it('sorts by several keys in turn', () => {
    expect(search('project = ACC AND sprint = 2 ORDER BY status ASC, key DESC')).toEqual(['ACC-12', 'ACC-2', 'ACC-6', 'ACC-3']);
  });

  it('sorts users by display name', () => {
    expect(search('project = OPS AND assignee is not EMPTY ORDER BY assignee')).toEqual(['OPS-2', 'OPS-3', 'OPS-1']);
  });

  it('refuses fields Jira cannot sort by, and those the sandbox cannot sort faithfully', () => {
    expect(() => search('project = ACC ORDER BY labels')).toThrow("Field 'labels' does not support sorting.");
    expect(() => search('project = ACC ORDER BY description')).toThrow("Field 'description' does not support sorting.");
    expect(() => search('project = ACC ORDER BY sprint')).toThrow("Sorting by 'sprint' is not supported by the Accord sandbox.");
    expect(() => search('project = ACC ORDER BY rating')).toThrow("Field 'rating' does not exist or you do not have permission to view it.");
  });

  it('orders by Rank (backlog order), unranked issues last; Rank cannot be searched', () => {
    const ranked = issues.map((issue) => ({ ...issue, rank: ({ 'OPS-3': '0|a', 'OPS-1': '0|b', 'OPS-4': '0|c' } as Record<string, string>)[issue.key] ?? null }));
    const compiled = compileJql('project = OPS ORDER BY Rank', ctx);
    expect(ranked.filter(compiled.matches).sort(compiled.compare).map((issue) => issue.key)).toEqual(['OPS-3', 'OPS-1', 'OPS-4', 'OPS-2']);
    expect(() => search('rank > x')).toThrow("The operator '>' is not supported by the 'rank' field.");
  });

  it('does not change which issues match', () => {
    expect(search('project = OPS ORDER BY summary').sort()).toEqual(matching('project = OPS'));
  });
});
