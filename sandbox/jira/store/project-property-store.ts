/** Project entity properties, kept as the JSON text the caller sent. */
import type { Database, Statement } from 'better-sqlite3';
import { parseJsonColumn } from './json-column';

export class ProjectPropertyStore {
  private readonly keysOf: Statement<[number], { key: string }>;
  private readonly one: Statement<[number, string], { value: string }>;
  private readonly upsert: Statement<[number, string, string]>;
  private readonly remove: Statement<[number, string]>;

  constructor(db: Database) {
    this.keysOf = db.prepare('SELECT key FROM jira_project_properties WHERE project_id = ? ORDER BY key');
    this.one = db.prepare('SELECT value FROM jira_project_properties WHERE project_id = ? AND key = ?');
    this.upsert = db.prepare('INSERT OR REPLACE INTO jira_project_properties (project_id, key, value) VALUES (?, ?, ?)');
    this.remove = db.prepare('DELETE FROM jira_project_properties WHERE project_id = ? AND key = ?');
  }

  keys(projectId: number): string[] {
    return this.keysOf.all(projectId).map((row) => row.key);
  }

  /** The parsed value, or undefined when the project has no such property. */
  get(projectId: number, key: string): unknown {
    const row = this.one.get(projectId, key);
    return row ? parseJsonColumn<unknown>(row.value, null) : undefined;
  }

  /** Stores the value; answers true when it was created, false when it replaced one. */
  set(projectId: number, key: string, valueJson: string): boolean {
    const existed = this.one.get(projectId, key) !== undefined;
    this.upsert.run(projectId, key, valueJson);
    return !existed;
  }

  delete(projectId: number, key: string): boolean {
    return this.remove.run(projectId, key).changes > 0;
  }
}
