import { describe, expect, it } from 'vitest';
import { compileJql, type JqlContext, type JqlIssueView } from '../../../../sandbox/jira/jql';
import { ctx, issues } from './fixture';

const versions: NonNullable<JqlContext['versions']> = [
  { id: 100, name: 'Prototype', projectId: '10000', released: true, archived: true, sequence: 1 },
  { id: 101, name: '1.0', projectId: '10000', released: true, archived: false, sequence: 2 },
  { id: 102, name: '1.1', projectId: '10000', released: false, archived: false, sequence: 3 },
  { id: 103, name: '2.0', projectId: '10000', released: false, archived: false, sequence: 4 },
  { id: 200, name: '1.0', projectId: '10001', released: false, archived: false, sequence: 1 },
];

const withVersions: JqlContext = { ...ctx, versions };

/** The fixture's first issues with fix versions and parents set. */
const views: JqlIssueView[] = issues.slice(0, 6).map((issue, index) => ({
  ...issue,
  fixVersionIds: [[100], [101], [101, 102], [102], [], [200]][index] ?? [],
  parentId: index === 1 || index === 2 ? '9' : null,
  parentKey: index === 1 || index === 2 ? 'ACC-9' : null,
}));

function keys(jql: string, context: JqlContext = withVersions): string[] {
  const compiled = compileJql(jql, context);
  return views.filter((view) => compiled.matches(view)).map((view) => view.key);
}

describe('fixVersion', () => {
  it('matches by name (every project\'s version of that name) or id, multi-valued', () => {
    expect(keys('fixVersion = "1.0"')).toEqual(['ACC-2', 'ACC-3', 'ACC-6']);
    expect(keys('fixVersion = 102')).toEqual(['ACC-3', 'ACC-4']);
    expect(keys('fixVersion in (Prototype, "2.0")')).toEqual(['ACC-1']);
    expect(keys('fixVersion != 102')).toEqual(['ACC-1', 'ACC-2', 'ACC-6']);
    expect(keys('fixVersion is EMPTY')).toEqual(['ACC-5']);
  });

  it('evaluates the version functions, leaving archived versions out', () => {
    expect(keys('fixVersion in releasedVersions()')).toEqual(['ACC-2', 'ACC-3']);
    expect(keys('fixVersion in unreleasedVersions()')).toEqual(['ACC-3', 'ACC-4', 'ACC-6']);
    expect(keys('fixVersion in unreleasedVersions(OPS)')).toEqual(['ACC-6']);
    expect(keys('fixVersion = earliestUnreleasedVersion(ACC)')).toEqual(['ACC-3', 'ACC-4']);
    expect(keys('fixVersion = latestReleasedVersion(10000)')).toEqual(['ACC-2', 'ACC-3']);
    expect(() => keys('fixVersion in releasedVersions(NOPE)')).toThrow(/could not find the project 'NOPE'/);
    expect(() => keys('fixVersion < "1.1"')).toThrow("Operator '<' is not supported by the Accord sandbox for field 'fixVersion'.");
    expect(() => keys('project = ACC ORDER BY fixVersion')).toThrow(/Sorting by 'fixVersion' is not supported by the Accord sandbox/);
  });
});

describe('parent', () => {
  it('matches by the parent key or id, through the context when it can resolve keys', () => {
    expect(keys('parent = ACC-9')).toEqual(['ACC-2', 'ACC-3']);
    expect(keys('parent = 9')).toEqual(['ACC-2', 'ACC-3']);
    expect(keys('parent is EMPTY')).toEqual(['ACC-1', 'ACC-4', 'ACC-5', 'ACC-6']);
    const resolving: JqlContext = { ...withVersions, issueIdOf: (ref) => (ref === 'ACC-9' || ref === '9' ? '9' : undefined) };
    expect(keys('parent in (ACC-9, ACC-1)', { ...resolving, issueIdOf: (ref) => (ref === 'ACC-1' ? '1' : resolving.issueIdOf?.(ref)) })).toEqual(['ACC-2', 'ACC-3']);
    expect(() => keys('parent = ACC-77', resolving)).toThrow("An issue with key 'ACC-77' does not exist for field 'parent'.");
    expect(() => keys('parent = banana')).toThrow(/issue key 'banana'/);
  });
});
