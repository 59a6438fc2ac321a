import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../sandbox/jira/emulator-types';
import { searchIssues } from '../../../../sandbox/jira/jql-search';
import type { ParsedManifestBits } from '../../../../sandbox/jira/manifest-bits';
import { ROLE_IDS } from '../../../../sandbox/jira/model/permission-scheme';
import { Permissions } from '../../../../sandbox/jira/permissions';
import type { Site } from '../../../../sandbox/jira/present/site';
import { JiraStore, type IssueRecord } from '../../../../sandbox/jira/store';

function issue(id: number, summary: string): IssueRecord {
  return {
    id, key: `ONE-${id}`, projectId: 1, issueType: 'Story', summary, description: null, status: 'To Do', assignee: null,
    reporter: null, priority: 'Medium', labels: [], duedate: null, created: '2026-01-01T00:00:00.000Z',
    updated: '2026-01-01T00:00:00.000Z', resolutiondate: null, storyPoints: null, sprintIds: [], originalEstimateSeconds: null,
    remainingEstimateSeconds: null, fixVersionIds: [], parentId: null,
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

describe('a search answered again for its next page', () => {
  function searchSite() {
    const { db, store } = setUp();
    store.directory.addUser({ accountId: 'po', displayName: 'P O', email: null, timeZone: 'UTC', active: true });
    store.directory.addRoleMember(1, ROLE_IDS.productOwners, 'po');
    let now = new Date('2026-01-01T12:00:00.000Z');
    const site: Site = {
      store,
      permissions: new Permissions(store, { appId: 'ari:cloud:ecosystem::app/abc', environmentId: 'env', projectPermissions: [] }),
      baseUrl: 'https://example.atlassian.net',
      now: () => now,
    };
    const manifest: ParsedManifestBits = { searchAliases: { accordReady: { propertyKey: 'accord-readiness', path: 'ready', type: 'string' } }, projectPermissions: [] };
    const po = { kind: 'user', accountId: 'po' } as const;
    const keys = (jql: string, actor: Actor = po) => searchIssues(site, manifest, actor, jql).map((i) => i.key);
    return { db, store, keys, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
  }

  it('follows property changes when the query reads properties', () => {
    const { store, keys } = searchSite();
    store.properties.set(1, 'accord-readiness', JSON.stringify({ ready: 'false' }));
    expect(keys('project = ONE AND accordReady = "false"')).toEqual(['ONE-1']);
    store.properties.set(2, 'accord-readiness', JSON.stringify({ ready: 'false' }));
    store.properties.set(1, 'accord-readiness', JSON.stringify({ ready: 'true' }));
    expect(keys('project = ONE AND accordReady = "false"')).toEqual(['ONE-2']);
  });

  it('follows issue changes, also for a query that reads no property', () => {
    const { db, keys } = searchSite();
    expect(keys('project = ONE ORDER BY key ASC')).toEqual(['ONE-1', 'ONE-2', 'ONE-3']);
    db.prepare('DELETE FROM jira_issues WHERE id = 2').run();
    expect(keys('project = ONE ORDER BY key ASC')).toEqual(['ONE-1', 'ONE-3']);
  });

  it('answers for the time of the search when the query is relative to now', () => {
    const { keys, advance } = searchSite();
    expect(keys('project = ONE AND created > "-1d"')).toHaveLength(3);
    advance(2 * 86_400_000);
    expect(keys('project = ONE AND created > "-1d"')).toEqual([]);
  });

  it('answers for who is searching now: a searcher who lost access sees nothing', () => {
    const { db, keys } = searchSite();
    expect(keys('project = ONE')).toHaveLength(3);
    db.prepare('DELETE FROM jira_role_members WHERE account_id = ?').run('po');
    expect(() => keys('project = ONE')).toThrow();
    expect(keys('issuetype = Story')).toEqual([]);
  });
});
