/** Jira Software boards and sprints. */
import type { Database, Statement } from 'better-sqlite3';
import type { BoardRecord, SprintRecord, SprintState } from './records';

interface SprintRow {
  id: number; board_id: number; name: string; state: string; goal: string; start_date: string | null;
  end_date: string | null; complete_date: string | null; created_date: string;
}
interface BoardRow { id: number; name: string; type: string; project_id: number }

function toSprint(row: SprintRow): SprintRecord {
  const state: SprintState = row.state === 'active' || row.state === 'closed' ? row.state : 'future';
  return {
    id: row.id, boardId: row.board_id, name: row.name, state, goal: row.goal, startDate: row.start_date,
    endDate: row.end_date, completeDate: row.complete_date, createdDate: row.created_date,
  };
}

function toBoard(row: BoardRow): BoardRecord {
  return { id: row.id, name: row.name, type: row.type, projectId: row.project_id };
}

export class AgileStore {
  private readonly sprintById: Statement<[number], SprintRow>;
  private readonly allSprints: Statement<[], SprintRow>;
  private readonly boardById: Statement<[number], BoardRow>;
  private readonly allBoards: Statement<[], BoardRow>;

  constructor(private readonly db: Database) {
    this.sprintById = db.prepare('SELECT * FROM jira_sprints WHERE id = ?');
    this.allSprints = db.prepare('SELECT * FROM jira_sprints ORDER BY id');
    this.boardById = db.prepare('SELECT * FROM jira_boards WHERE id = ?');
    this.allBoards = db.prepare('SELECT * FROM jira_boards ORDER BY id');
  }

  board(id: number): BoardRecord | undefined {
    const row = this.boardById.get(id);
    return row ? toBoard(row) : undefined;
  }

  boards(): BoardRecord[] {
    return this.allBoards.all().map(toBoard);
  }

  addBoard(board: BoardRecord): void {
    this.db.prepare('INSERT INTO jira_boards (id, name, type, project_id) VALUES (?, ?, ?, ?)').run(board.id, board.name, board.type, board.projectId);
  }

  sprint(id: number): SprintRecord | undefined {
    const row = this.sprintById.get(id);
    return row ? toSprint(row) : undefined;
  }

  sprints(): SprintRecord[] {
    return this.allSprints.all().map(toSprint);
  }

  nextSprintId(): number {
    return (this.db.prepare<[], { max: number | null }>('SELECT MAX(id) AS max FROM jira_sprints').get()?.max ?? 0) + 1;
  }

  deleteSprint(id: number): void {
    this.db.prepare('DELETE FROM jira_sprints WHERE id = ?').run(id);
  }

  saveSprint(sprint: SprintRecord): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO jira_sprints (id, board_id, name, state, goal, start_date, end_date, complete_date, created_date)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(sprint.id, sprint.boardId, sprint.name, sprint.state, sprint.goal, sprint.startDate, sprint.endDate, sprint.completeDate, sprint.createdDate);
  }
}
