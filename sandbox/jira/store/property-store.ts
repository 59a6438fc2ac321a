/** Issue entity properties, kept as the JSON text the caller sent. */
import type { Database, Statement } from 'better-sqlite3';
import { parseJsonColumn } from './json-column';

export class PropertyStore {
  private readonly keysOf: Statement<[number], { key: string }>;
  private readonly one: Statement<[number, string], { value: string }>;
  private readonly upsert: Statement<[number, string, string]>;
  private readonly remove: Statement<[number, string]>;
  private readonly everything: Statement<[], { issue_id: number; key: string; value: string }>;
  private readonly ofIssue: Statement<[number], { key: string; value: string }>;

  constructor(db: Database) {
    this.keysOf = db.prepare('SELECT key FROM jira_issue_properties WHERE issue_id = ? ORDER BY key');
    this.one = db.prepare('SELECT value FROM jira_issue_properties WHERE issue_id = ? AND key = ?');
    this.upsert = db.prepare('INSERT OR REPLACE INTO jira_issue_properties (issue_id, key, value) VALUES (?, ?, ?)');
    this.remove = db.prepare('DELETE FROM jira_issue_properties WHERE issue_id = ? AND key = ?');
    this.everything = db.prepare('SELECT issue_id, key, value FROM jira_issue_properties');
    this.ofIssue = db.prepare('SELECT key, value FROM jira_issue_properties WHERE issue_id = ?');
  }

  keys(issueId: number): string[] {
    return this.keysOf.all(issueId).map((row) => row.key);
  }

  get(issueId: number, key: string): unknown {
    const row = this.one.get(issueId, key);
    return row ? parseJsonColumn<unknown>(row.value, null) : undefined;
  }

  has(issueId: number, key: string): boolean {
    return this.one.get(issueId, key) !== undefined;
  }

  /** Stores the value; answers true when it was created, false when it replaced one. */
  set(issueId: number, key: string, valueJson: string): boolean {
    const existed = this.has(issueId, key);
    this.upsert.run(issueId, key, valueJson);
    return !existed;
  }

  delete(issueId: number, key: string): boolean {
    return this.remove.run(issueId, key).changes > 0;
  }

  ofOneIssue(issueId: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const row of this.ofIssue.all(issueId)) result[row.key] = parseJsonColumn<unknown>(row.value, null);
    return result;
  }

  /** Every property of every issue in one statement, for search. */
  byIssue(): Map<number, Record<string, unknown>> {
    const result = new Map<number, Record<string, unknown>>();
    for (const row of this.everything.all()) {
      let properties = result.get(row.issue_id);
      if (!properties) {
        properties = {};
        result.set(row.issue_id, properties);
      }
      properties[row.key] = parseJsonColumn<unknown>(row.value, null);
    }
    return result;
  }
}
