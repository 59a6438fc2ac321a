/** Issue entity properties, kept as the JSON text the caller sent. */
import type { Database, Statement } from 'better-sqlite3';
import { ChangeFeed } from './change-feed';
import { parseJsonColumn } from './json-column';
import { SyncedRows } from './synced-rows';

/** One issue's properties as stored; parsed the first time a search reads them. */
class IssueProperties {
  private parsed: Readonly<Record<string, unknown>> | null = null;

  constructor(private readonly raw: ReadonlyArray<readonly [string, string]>) {}

  values(): Readonly<Record<string, unknown>> {
    if (!this.parsed) {
      const result: Record<string, unknown> = {};
      for (const [key, value] of this.raw) result[key] = parseJsonColumn<unknown>(value, null);
      this.parsed = result;
    }
    return this.parsed;
  }
}

const NO_PROPERTIES: Readonly<Record<string, unknown>> = Object.freeze({});

export class PropertyStore {
  private readonly keysOf: Statement<[number], { key: string }>;
  private readonly one: Statement<[number, string], { value: string }>;
  private readonly upsert: Statement<[number, string, string]>;
  private readonly remove: Statement<[number, string]>;
  private readonly everything: Statement<[], { issue_id: number; key: string; value: string }>;
  private readonly ofIssue: Statement<[number], { key: string; value: string }>;
  private readonly synced: SyncedRows<IssueProperties>;
  private readonly changes: ChangeFeed;

  constructor(db: Database) {
    this.keysOf = db.prepare('SELECT key FROM jira_issue_properties WHERE issue_id = ? ORDER BY key');
    this.one = db.prepare('SELECT value FROM jira_issue_properties WHERE issue_id = ? AND key = ?');
    this.upsert = db.prepare('INSERT OR REPLACE INTO jira_issue_properties (issue_id, key, value) VALUES (?, ?, ?)');
    this.remove = db.prepare('DELETE FROM jira_issue_properties WHERE issue_id = ? AND key = ?');
    this.everything = db.prepare('SELECT issue_id, key, value FROM jira_issue_properties');
    this.ofIssue = db.prepare('SELECT key, value FROM jira_issue_properties WHERE issue_id = ?');
    this.changes = new ChangeFeed(db, 'jira_issue_properties');
    this.synced = new SyncedRows(this.changes, {
      all: () => {
        const byIssue = new Map<number, Array<[string, string]>>();
        for (const row of this.everything.all()) {
          const list = byIssue.get(row.issue_id);
          if (list) list.push([row.key, row.value]);
          else byIssue.set(row.issue_id, [[row.key, row.value]]);
        }
        return [...byIssue].map(([id, raw]) => [id, new IssueProperties(raw)] as const);
      },
      one: (id) => {
        const rows = this.ofIssue.all(id);
        return rows.length === 0 ? undefined : new IssueProperties(rows.map((row) => [row.key, row.value] as const));
      },
    });
  }

  /** Grows with every change to any issue property (by any writer): equal marks mean the same properties. */
  changeMark(): number {
    return this.changes.latest();
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

  /**
   * Every issue's properties for search, by issue id: kept between calls, refreshed from the issues whose
   * properties changed since, and parsed only for issues a search reads them of. Values are shared: do
   * not change them.
   */
  forSearch(): (issueId: number) => Readonly<Record<string, unknown>> {
    const current = this.synced.current();
    return (issueId) => current.get(issueId)?.values() ?? NO_PROPERTIES;
  }
}
