/** What happens on an issue over time: comments and the changelog (worklogs: worklog-store.ts). */
import type { Database, Statement } from 'better-sqlite3';
import type { AdfNode } from '../adf-text';
import type { ChangelogItem } from '../emulator-types';
import { parseJsonColumn } from './json-column';
import type { ChangelogRecord, CommentRecord } from './records';

interface CommentRow { id: number; issue_id: number; author: string | null; body: string; created: string; updated: string }
interface ChangelogRow { id: number; issue_id: number; author: string | null; created: string; items: string }

const EMPTY_DOC: AdfNode = { type: 'doc', version: 1, content: [] };

export class ActivityStore {
  private readonly commentsOf: Statement<[number], CommentRow>;
  private readonly commentById: Statement<[number], CommentRow>;
  private readonly changelogsOf: Statement<[number], ChangelogRow>;
  private readonly insertChangelog: Statement<[number, string | null, string, string]>;

  constructor(private readonly db: Database) {
    this.commentsOf = db.prepare('SELECT * FROM jira_comments WHERE issue_id = ? ORDER BY id');
    this.commentById = db.prepare('SELECT * FROM jira_comments WHERE id = ?');
    this.changelogsOf = db.prepare('SELECT * FROM jira_changelogs WHERE issue_id = ? ORDER BY id');
    this.insertChangelog = db.prepare('INSERT INTO jira_changelogs (issue_id, author, created, items) VALUES (?, ?, ?, ?)');
  }

  comments(issueId: number): CommentRecord[] {
    return this.commentsOf.all(issueId).map((row) => this.toComment(row));
  }

  comment(commentId: number): CommentRecord | undefined {
    const row = this.commentById.get(commentId);
    return row ? this.toComment(row) : undefined;
  }

  addComment(issueId: number, author: string | null, body: AdfNode, at: string): CommentRecord {
    const result = this.db
      .prepare('INSERT INTO jira_comments (issue_id, author, body, created, updated) VALUES (?, ?, ?, ?, ?)')
      .run(issueId, author, JSON.stringify(body), at, at);
    return { id: Number(result.lastInsertRowid), issueId, author, body, created: at, updated: at };
  }

  deleteComment(commentId: number): void {
    this.db.prepare('DELETE FROM jira_comments WHERE id = ?').run(commentId);
  }

  changelogs(issueId: number): ChangelogRecord[] {
    return this.changelogsOf.all(issueId).map((row) => ({
      id: row.id,
      issueId: row.issue_id,
      author: row.author,
      created: row.created,
      items: parseJsonColumn<ChangelogItem[]>(row.items, []),
    }));
  }

  addChangelog(issueId: number, author: string | null, at: string, items: ChangelogItem[]): ChangelogRecord {
    const result = this.insertChangelog.run(issueId, author, at, JSON.stringify(items));
    return { id: Number(result.lastInsertRowid), issueId, author, created: at, items };
  }

  private toComment(row: CommentRow): CommentRecord {
    return {
      id: row.id,
      issueId: row.issue_id,
      author: row.author,
      body: parseJsonColumn<AdfNode>(row.body, EMPTY_DOC),
      created: row.created,
      updated: row.updated,
    };
  }
}
