/** Users, projects, role memberships and permission grants. */
import type { Database, Statement } from 'better-sqlite3';
import type { ProjectRecord, UserRecord } from './records';

interface UserRow {
  account_id: string;
  display_name: string;
  email: string | null;
  time_zone: string;
  active: number;
}

interface ProjectRow {
  id: number;
  key: string;
  name: string;
  description: string;
  lead_account_id: string | null;
}

function toUser(row: UserRow): UserRecord {
  return { accountId: row.account_id, displayName: row.display_name, email: row.email, timeZone: row.time_zone, active: row.active === 1 };
}

function toProject(row: ProjectRow): ProjectRecord {
  return { id: row.id, key: row.key, name: row.name, description: row.description, leadAccountId: row.lead_account_id };
}

export class DirectoryStore {
  private readonly userById: Statement<[string], UserRow>;
  private readonly allUsers: Statement<[], UserRow>;
  private readonly projectById: Statement<[number], ProjectRow>;
  private readonly projectByKey: Statement<[string], ProjectRow>;
  private readonly allProjects: Statement<[], ProjectRow>;
  private readonly rolesOfUser: Statement<[number, string], { role_id: number }>;
  private readonly membersOfRole: Statement<[number, number], { account_id: string }>;
  private readonly grantsOf: Statement<[string], { role_id: number }>;
  private readonly nextNumber: Statement<[number], { next_issue_number: number }>;
  private readonly bumpNumber: Statement<[number]>;

  constructor(private readonly db: Database) {
    this.userById = db.prepare('SELECT * FROM jira_users WHERE account_id = ?');
    this.allUsers = db.prepare('SELECT * FROM jira_users ORDER BY display_name');
    this.projectById = db.prepare('SELECT * FROM jira_projects WHERE id = ?');
    this.projectByKey = db.prepare('SELECT * FROM jira_projects WHERE key = ?');
    this.allProjects = db.prepare('SELECT * FROM jira_projects ORDER BY key');
    this.rolesOfUser = db.prepare('SELECT role_id FROM jira_role_members WHERE project_id = ? AND account_id = ?');
    this.membersOfRole = db.prepare('SELECT account_id FROM jira_role_members WHERE project_id = ? AND role_id = ? ORDER BY account_id');
    this.grantsOf = db.prepare('SELECT role_id FROM jira_permission_grants WHERE permission = ?');
    this.nextNumber = db.prepare('SELECT next_issue_number FROM jira_projects WHERE id = ?');
    this.bumpNumber = db.prepare('UPDATE jira_projects SET next_issue_number = next_issue_number + 1 WHERE id = ?');
  }

  user(accountId: string): UserRecord | undefined {
    const row = this.userById.get(accountId);
    return row ? toUser(row) : undefined;
  }

  users(): UserRecord[] {
    return this.allUsers.all().map(toUser);
  }

  addUser(user: UserRecord): void {
    this.db
      .prepare('INSERT OR REPLACE INTO jira_users (account_id, display_name, email, time_zone, active) VALUES (?, ?, ?, ?, ?)')
      .run(user.accountId, user.displayName, user.email, user.timeZone, user.active ? 1 : 0);
  }

  project(idOrKey: string | number): ProjectRecord | undefined {
    const text = String(idOrKey);
    const row = /^\d+$/.test(text) ? this.projectById.get(Number(text)) : this.projectByKey.get(text.toUpperCase());
    return row ? toProject(row) : undefined;
  }

  projects(): ProjectRecord[] {
    return this.allProjects.all().map(toProject);
  }

  addProject(project: ProjectRecord): void {
    this.db
      .prepare('INSERT INTO jira_projects (id, key, name, description, lead_account_id) VALUES (?, ?, ?, ?, ?)')
      .run(project.id, project.key, project.name, project.description, project.leadAccountId);
  }

  /** Reserves the next issue number of a project (ACC-1, ACC-2 ...). */
  takeIssueNumber(projectId: number): number {
    const row = this.nextNumber.get(projectId);
    this.bumpNumber.run(projectId);
    return row?.next_issue_number ?? 1;
  }

  addRoleMember(projectId: number, roleId: number, accountId: string): void {
    this.db
      .prepare('INSERT OR IGNORE INTO jira_role_members (project_id, role_id, account_id) VALUES (?, ?, ?)')
      .run(projectId, roleId, accountId);
  }

  roleIdsOf(projectId: number, accountId: string): number[] {
    return this.rolesOfUser.all(projectId, accountId).map((row) => row.role_id);
  }

  roleMembers(projectId: number, roleId: number): string[] {
    return this.membersOfRole.all(projectId, roleId).map((row) => row.account_id);
  }

  roles(): Array<{ id: number; name: string; description: string; admin: boolean }> {
    return this.db
      .prepare<[], { id: number; name: string; description: string; is_admin: number }>('SELECT * FROM jira_roles ORDER BY id')
      .all()
      .map((row) => ({ id: row.id, name: row.name, description: row.description, admin: row.is_admin === 1 }));
  }

  grantedRoleIds(permission: string): number[] {
    return this.grantsOf.all(permission).map((row) => row.role_id);
  }

  grant(permission: string, roleId: number): void {
    this.db.prepare('INSERT OR IGNORE INTO jira_permission_grants (permission, role_id) VALUES (?, ?)').run(permission, roleId);
  }
}
