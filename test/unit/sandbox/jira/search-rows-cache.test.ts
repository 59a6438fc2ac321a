import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { JiraStore, type IssueRecord } from '../../../../sandbox/jira/store';

function issue(id: number, summary: string): IssueRecord {
  return {
    id, key: `ONE-${id}`, projectId: 1, issueType: 'Story', summary, description: null, status: 'To Do', assignee: null,
    reporter: null, priority: 'Medium', labels: [], duedate: null, created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z', resolutiondate: null, storyPoints: null, sprintIds: [], originalEstimateSeconds: null,
    remainingEstimateSeconds: null,
  };
}

function setUp() {
  const db = new Database(':memory:');
  const store = new JiraStore(db);
  store.directory.addProject({ id: 1, key: 'ONE', name: 'One', description: '', leadAccountId: null });
  for (let id = 1; id <= 3; id += 1) store.issues.save(issue(id, `Ticket ${id}`));
  return { db, store };
}

const summaries = (store: JiraStore) => Object.fromEntries(store.issues.listSummaries().map((s) => [s.id, s.summary]));

describe('issue rows kept between searches', () => {
  it('sees writes made through another store object and straight in SQL', () => {
    const { db, store } = setUp();
    expect(summaries(store)).toEqual({ 1: 'Ticket 1', 2: 'Ticket 2', 3: 'Ticket 3' });
    new JiraStore(db).issues.save(issue(4, 'Added elsewhere'));
    db.prepare('UPDATE jira_issues SET summary = ? WHERE id = ?').run('Renamed in SQL', 2);
    db.prepare('DELETE FROM jira_issues WHERE id = ?').run(3);
    expect(summaries(store)).toEqual({ 1: 'Ticket 1', 2: 'Renamed in SQL', 4: 'Added elsewhere' });
  });

  it('hands out frozen summaries, so a caller cannot change what the next search sees', () => {
    const { store } = setUp();
    const [first] = store.issues.listSummaries();
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.sprintIds)).toBe(true);
  });

  it('forgets what it read inside a transaction that rolled back', () => {
    const { db, store } = setUp();
    expect(summaries(store)[1]).toBe('Ticket 1');
    expect(() =>
      store.transaction(() => {
        db.prepare('UPDATE jira_issues SET summary = ? WHERE id = ?').run('Never committed', 1);
        expect(summaries(store)[1]).toBe('Never committed');
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    expect(summaries(store)[1]).toBe('Ticket 1');
    // The change numbers the rollback took back are used again; the cache must still see the next change.
    db.prepare('UPDATE jira_issues SET summary = ? WHERE id = ?').run('Committed', 1);
    expect(summaries(store)[1]).toBe('Committed');
  });
});

describe('issue properties kept between searches', () => {
  it('follows sets and deletes, from any writer, and parses values as stored', () => {
    const { db, store } = setUp();
    store.properties.set(1, 'accord-readiness', JSON.stringify({ score: 40 }));
    expect(store.properties.forSearch()(1)).toEqual({ 'accord-readiness': { score: 40 } });
    expect(store.properties.forSearch()(2)).toEqual({});
    new JiraStore(db).properties.set(1, 'accord-readiness', JSON.stringify({ score: 90 }));
    db.prepare('INSERT INTO jira_issue_properties (issue_id, key, value) VALUES (?, ?, ?)').run(2, 'accord-signoff', '{"state":"approved"}');
    const after = store.properties.forSearch();
    expect(after(1)).toEqual({ 'accord-readiness': { score: 90 } });
    expect(after(2)).toEqual({ 'accord-signoff': { state: 'approved' } });
    store.properties.delete(1, 'accord-readiness');
    expect(store.properties.forSearch()(1)).toEqual({});
  });
});
