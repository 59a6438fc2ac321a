/** One object over every emulator table; constructing it creates the tables if needed. */
import type { Database } from 'better-sqlite3';
import { ActivityStore } from './activity-store';
import { AgileStore } from './agile-store';
import { DirectoryStore } from './directory-store';
import { IssueStore } from './issue-store';
import { ProjectPropertyStore } from './project-property-store';
import { PropertyStore } from './property-store';
import { ensureJiraSchema } from './schema';
import { TaskStore } from './task-store';
import { VersionStore } from './version-store';
import { WorklogStore } from './worklog-store';

export class JiraStore {
  readonly directory: DirectoryStore;
  readonly issues: IssueStore;
  readonly activity: ActivityStore;
  readonly properties: PropertyStore;
  readonly agile: AgileStore;
  readonly tasks: TaskStore;
  readonly worklogs: WorklogStore;
  readonly versions: VersionStore;
  readonly projectProperties: ProjectPropertyStore;

  constructor(readonly db: Database) {
    ensureJiraSchema(db);
    this.directory = new DirectoryStore(db);
    this.issues = new IssueStore(db);
    this.activity = new ActivityStore(db);
    this.properties = new PropertyStore(db);
    this.agile = new AgileStore(db);
    this.tasks = new TaskStore(db);
    this.worklogs = new WorklogStore(db);
    this.versions = new VersionStore(db);
    this.projectProperties = new ProjectPropertyStore(db);
  }

  /** Runs fn in one SQLite transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}

export type { BoardRecord, ChangelogRecord, CommentRecord, IssueLinkRecord, IssueRecord, IssueSummary, ProjectRecord, SprintRecord, SprintState, TaskRecord, UserRecord, VersionRecord, WorklogDeletion, WorklogRecord } from './records';
