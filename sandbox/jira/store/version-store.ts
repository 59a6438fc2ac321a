/** Project versions (releases), kept in each project's order (`sequence`). */
import type { Database, Statement } from 'better-sqlite3';
import type { VersionRecord } from './records';

interface VersionRow {
  id: number;
  project_id: number;
  name: string;
  description: string;
  start_date: string | null;
  release_date: string | null;
  released: number;
  archived: number;
  sequence: number;
}

function toVersion(row: VersionRow): VersionRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    name: row.name,
    description: row.description,
    startDate: row.start_date,
    releaseDate: row.release_date,
    released: row.released === 1,
    archived: row.archived === 1,
    sequence: row.sequence,
  };
}

/** Jira Cloud numbers versions site-wide from 10000, like issues. */
const FIRST_VERSION_ID = 10000;

export class VersionStore {
  private readonly byId: Statement<[number], VersionRow>;
  private readonly ofProject: Statement<[number], VersionRow>;
  private readonly everything: Statement<[], VersionRow>;
  private readonly upsert: Statement<unknown[]>;
  private readonly maxId: Statement<[], { max: number | null }>;
  private readonly maxSequence: Statement<[number], { max: number | null }>;

  constructor(db: Database) {
    this.byId = db.prepare('SELECT * FROM jira_versions WHERE id = ?');
    this.ofProject = db.prepare('SELECT * FROM jira_versions WHERE project_id = ? ORDER BY sequence, id');
    this.everything = db.prepare('SELECT * FROM jira_versions ORDER BY project_id, sequence, id');
    this.upsert = db.prepare(
      `INSERT OR REPLACE INTO jira_versions (id, project_id, name, description, start_date, release_date, released, archived, sequence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.maxId = db.prepare('SELECT MAX(id) AS max FROM jira_versions');
    this.maxSequence = db.prepare('SELECT MAX(sequence) AS max FROM jira_versions WHERE project_id = ?');
  }

  get(id: number): VersionRecord | undefined {
    const row = this.byId.get(id);
    return row ? toVersion(row) : undefined;
  }

  /** A project's versions in their order. */
  ofProjectInOrder(projectId: number): VersionRecord[] {
    return this.ofProject.all(projectId).map(toVersion);
  }

  all(): VersionRecord[] {
    return this.everything.all().map(toVersion);
  }

  nextId(): number {
    return Math.max(FIRST_VERSION_ID - 1, this.maxId.get()?.max ?? 0) + 1;
  }

  /** New versions go last in their project. */
  nextSequence(projectId: number): number {
    return (this.maxSequence.get(projectId)?.max ?? 0) + 1;
  }

  save(version: VersionRecord): void {
    this.upsert.run(
      version.id, version.projectId, version.name, version.description, version.startDate, version.releaseDate,
      version.released ? 1 : 0, version.archived ? 1 : 0, version.sequence,
    );
  }
}
