/**
 * Which issues changed since a point in time, kept by SQLite triggers so that every writer (routes, the
 * seed, benchmarks writing straight into the tables, other connections) is seen. Search keeps issues and
 * properties in memory between requests and reloads only the rows changed since it last looked.
 */
import type { Database, Statement } from 'better-sqlite3';

/** Tables whose changes are tracked per issue: [table, change table, column holding the issue id]. */
const TRACKED = [
  ['jira_issues', 'jira_issue_changes', 'id'],
  ['jira_issue_properties', 'jira_property_changes', 'issue_id'],
] as const;

export type TrackedTable = (typeof TRACKED)[number][0];

function trackingDdl(table: string, changes: string, idColumn: string): string {
  const note = (row: 'NEW' | 'OLD') =>
    `INSERT OR REPLACE INTO ${changes} (issue_id, seq) VALUES (${row}.${idColumn}, (SELECT COALESCE(MAX(seq), 0) + 1 FROM ${changes}));`;
  return `
CREATE TABLE IF NOT EXISTS ${changes} (issue_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ${changes}_by_seq ON ${changes} (seq);
CREATE TRIGGER IF NOT EXISTS ${changes}_on_insert AFTER INSERT ON ${table} BEGIN ${note('NEW')} END;
CREATE TRIGGER IF NOT EXISTS ${changes}_on_update AFTER UPDATE ON ${table} BEGIN ${note('OLD')} ${note('NEW')} END;
CREATE TRIGGER IF NOT EXISTS ${changes}_on_delete AFTER DELETE ON ${table} BEGIN ${note('OLD')} END;
`;
}

export function ensureChangeTracking(db: Database): void {
  db.exec(TRACKED.map(([table, changes, id]) => trackingDdl(table, changes, id)).join('\n'));
}

export class ChangeFeed {
  private readonly latestSeq: Statement<[], { seq: number | null }>;
  private readonly changedSince: Statement<[number], { issue_id: number; seq: number }>;

  constructor(
    private readonly db: Database,
    table: TrackedTable,
  ) {
    const changes = TRACKED.find(([name]) => name === table)![1];
    this.latestSeq = db.prepare(`SELECT MAX(seq) AS seq FROM ${changes}`);
    this.changedSince = db.prepare(`SELECT issue_id, seq FROM ${changes} WHERE seq > ? ORDER BY seq`);
  }

  latest(): number {
    return this.latestSeq.get()?.seq ?? 0;
  }

  /** Issues changed after `seq`, and the newest seq seen. */
  since(seq: number): { issueIds: number[]; latest: number } {
    const rows = this.changedSince.all(seq);
    return { issueIds: rows.map((row) => row.issue_id), latest: rows.length > 0 ? rows[rows.length - 1]!.seq : seq };
  }

  /**
   * Inside an open transaction a cache must not advance: a rollback would take the rows and their change
   * numbers back, and the same numbers would later stand for other changes.
   */
  get inTransaction(): boolean {
    return this.db.inTransaction;
  }
}
