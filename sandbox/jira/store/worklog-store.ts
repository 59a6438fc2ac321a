/**
 * Worklogs, and the worklogs deleted since (for `/worklog/deleted`). `updated` is an ISO instant written by
 * `Date#toISOString`, so ordering the text orders the instants and the site-wide feeds can use an index.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { AdfNode } from '../adf-text';
import { parseJsonColumn } from './json-column';
import type { WorklogDeletion, WorklogRecord } from './records';

interface WorklogRow {
  id: number;
  issue_id: number;
  author: string | null;
  update_author: string | null;
  started: string;
  time_spent_seconds: number;
  comment: string | null;
  created: string;
  updated: string;
}

interface DeletionRow {
  worklog_id: number;
  issue_id: number;
  project_id: number;
  deleted_at: number;
}

function toWorklog(row: WorklogRow): WorklogRecord {
  return {
    id: row.id,
    issueId: row.issue_id,
    author: row.author,
    updateAuthor: row.update_author ?? row.author,
    started: row.started,
    timeSpentSeconds: row.time_spent_seconds,
    comment: parseJsonColumn<AdfNode | null>(row.comment, null),
    created: row.created,
    updated: row.updated,
  };
}

function toDeletion(row: DeletionRow): WorklogDeletion {
  return { worklogId: row.worklog_id, issueId: row.issue_id, projectId: row.project_id, deletedAt: row.deleted_at };
}

export class WorklogStore {
  private readonly ofIssueStatement: Statement<[number], WorklogRow>;
  private readonly byIdStatement: Statement<[number], WorklogRow>;
  private readonly insert: Statement<unknown[]>;
  private readonly update: Statement<unknown[]>;
  private readonly remove: Statement<[number]>;
  private readonly noteDeletion: Statement<[number, number, number, number]>;
  private readonly updatedAfter: Statement<[string, string], WorklogRow>;
  private readonly deletedAfter: Statement<[number, number], DeletionRow>;
  private readonly spentByIssue: Statement<[number], { total: number | null }>;

  constructor(db: Database) {
    this.ofIssueStatement = db.prepare('SELECT * FROM jira_worklogs WHERE issue_id = ? ORDER BY created, id');
    this.byIdStatement = db.prepare('SELECT * FROM jira_worklogs WHERE id = ?');
    this.insert = db.prepare(
      'INSERT INTO jira_worklogs (issue_id, author, update_author, started, time_spent_seconds, comment, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.update = db.prepare('UPDATE jira_worklogs SET update_author = ?, started = ?, time_spent_seconds = ?, comment = ?, updated = ? WHERE id = ?');
    this.remove = db.prepare('DELETE FROM jira_worklogs WHERE id = ?');
    this.noteDeletion = db.prepare('INSERT OR REPLACE INTO jira_worklog_deletions (worklog_id, issue_id, project_id, deleted_at) VALUES (?, ?, ?, ?)');
    this.updatedAfter = db.prepare('SELECT * FROM jira_worklogs WHERE updated > ? AND updated <= ? ORDER BY updated, id');
    this.deletedAfter = db.prepare('SELECT * FROM jira_worklog_deletions WHERE deleted_at > ? AND deleted_at <= ? ORDER BY deleted_at, worklog_id');
    this.spentByIssue = db.prepare('SELECT SUM(time_spent_seconds) AS total FROM jira_worklogs WHERE issue_id = ?');
  }

  /** One issue's worklogs, oldest created first (Jira's order). */
  ofIssue(issueId: number): WorklogRecord[] {
    return this.ofIssueStatement.all(issueId).map(toWorklog);
  }

  get(id: number): WorklogRecord | undefined {
    const row = this.byIdStatement.get(id);
    return row ? toWorklog(row) : undefined;
  }

  /** Seconds logged on the issue altogether (Jira's `timespent`); 0 when nothing was logged. */
  timeSpent(issueId: number): number {
    return this.spentByIssue.get(issueId)?.total ?? 0;
  }

  add(entry: Omit<WorklogRecord, 'id'>): WorklogRecord {
    const result = this.insert.run(
      entry.issueId, entry.author, entry.updateAuthor, entry.started, entry.timeSpentSeconds,
      entry.comment ? JSON.stringify(entry.comment) : null, entry.created, entry.updated,
    );
    return { ...entry, id: Number(result.lastInsertRowid) };
  }

  save(worklog: WorklogRecord): void {
    this.update.run(worklog.updateAuthor, worklog.started, worklog.timeSpentSeconds, worklog.comment ? JSON.stringify(worklog.comment) : null, worklog.updated, worklog.id);
  }

  /** Removes the worklog and remembers when, for the deleted-worklogs feed. */
  delete(worklog: WorklogRecord, projectId: number, atMs: number): void {
    this.remove.run(worklog.id);
    this.noteDeletion.run(worklog.id, worklog.issueId, projectId, atMs);
  }

  /** Worklogs updated after `sinceMs` and at or before `untilMs`, oldest first (ties by id). */
  updatedBetween(sinceMs: number, untilMs: number): WorklogRecord[] {
    return this.updatedAfter.all(new Date(sinceMs).toISOString(), new Date(untilMs).toISOString()).map(toWorklog);
  }

  deletedBetween(sinceMs: number, untilMs: number): WorklogDeletion[] {
    return this.deletedAfter.all(sinceMs, untilMs).map(toDeletion);
  }
}
