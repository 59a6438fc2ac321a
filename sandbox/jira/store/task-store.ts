/** Long-running tasks (Jira answers bulk property writes with one); the sandbox finishes them at once. */
import type { Database } from 'better-sqlite3';
import { parseJsonColumn } from './json-column';
import type { TaskRecord } from './records';

export class TaskStore {
  constructor(private readonly db: Database) {}

  add(description: string, at: number, result: unknown): TaskRecord {
    const row = this.db
      .prepare('INSERT INTO jira_tasks (description, submitted_at, finished_at, result) VALUES (?, ?, ?, ?)')
      .run(description, at, at, JSON.stringify(result ?? null));
    return { id: Number(row.lastInsertRowid) + 10000, description, submittedAt: at, finishedAt: at, result };
  }

  get(id: number): TaskRecord | undefined {
    const row = this.db
      .prepare<[number], { id: number; description: string; submitted_at: number; finished_at: number; result: string | null }>(
        'SELECT * FROM jira_tasks WHERE id = ?',
      )
      .get(id - 10000);
    if (!row) return undefined;
    return { id, description: row.description, submittedAt: row.submitted_at, finishedAt: row.finished_at, result: parseJsonColumn<unknown>(row.result, null) };
  }
}
