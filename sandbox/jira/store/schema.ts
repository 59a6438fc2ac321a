/**
 * The emulator's SQLite tables (all prefixed `jira_`), created idempotently, plus what every Jira
 * site has before anyone seeds it: the project roles and the permission scheme.
 */
import type { Database } from 'better-sqlite3';
import { BASE_GRANTS, PROJECT_ROLES } from '../model/permission-scheme';
import { ensureChangeTracking } from './change-feed';

const DDL = `
CREATE TABLE IF NOT EXISTS jira_users (
  account_id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  email TEXT,
  time_zone TEXT NOT NULL DEFAULT 'UTC',
  active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS jira_projects (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  lead_account_id TEXT,
  next_issue_number INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS jira_roles (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT '',
  is_admin INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS jira_role_members (
  project_id INTEGER NOT NULL,
  role_id INTEGER NOT NULL,
  account_id TEXT NOT NULL,
  PRIMARY KEY (project_id, role_id, account_id)
);
CREATE INDEX IF NOT EXISTS jira_role_members_by_user ON jira_role_members (account_id);
CREATE TABLE IF NOT EXISTS jira_permission_grants (
  permission TEXT NOT NULL,
  role_id INTEGER NOT NULL,
  PRIMARY KEY (permission, role_id)
);
CREATE TABLE IF NOT EXISTS jira_issues (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  project_id INTEGER NOT NULL,
  issue_type TEXT NOT NULL,
  summary TEXT NOT NULL,
  description TEXT,
  description_text TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  assignee TEXT,
  reporter TEXT,
  priority TEXT,
  labels TEXT NOT NULL DEFAULT '[]',
  duedate TEXT,
  created TEXT NOT NULL,
  updated TEXT NOT NULL,
  resolutiondate TEXT,
  story_points REAL,
  sprint_ids TEXT NOT NULL DEFAULT '[]',
  original_estimate_seconds INTEGER,
  remaining_estimate_seconds INTEGER,
  fix_version_ids TEXT NOT NULL DEFAULT '[]',
  parent_id INTEGER
);
CREATE INDEX IF NOT EXISTS jira_issues_by_project ON jira_issues (project_id);
CREATE TABLE IF NOT EXISTS jira_issue_properties (
  issue_id INTEGER NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (issue_id, key)
);
CREATE TABLE IF NOT EXISTS jira_comments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  issue_id INTEGER NOT NULL,
  author TEXT,
  body TEXT NOT NULL,
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jira_comments_by_issue ON jira_comments (issue_id, id);
CREATE TABLE IF NOT EXISTS jira_worklogs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  issue_id INTEGER NOT NULL,
  author TEXT,
  update_author TEXT,
  started TEXT NOT NULL,
  time_spent_seconds INTEGER NOT NULL,
  comment TEXT,
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jira_worklogs_by_issue ON jira_worklogs (issue_id, id);
CREATE INDEX IF NOT EXISTS jira_worklogs_by_updated ON jira_worklogs (updated, id);
CREATE TABLE IF NOT EXISTS jira_worklog_deletions (
  worklog_id INTEGER PRIMARY KEY,
  issue_id INTEGER NOT NULL,
  project_id INTEGER NOT NULL,
  deleted_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS jira_worklog_deletions_by_time ON jira_worklog_deletions (deleted_at);
CREATE TABLE IF NOT EXISTS jira_versions (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  start_date TEXT,
  release_date TEXT,
  released INTEGER NOT NULL DEFAULT 0,
  archived INTEGER NOT NULL DEFAULT 0,
  sequence INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS jira_versions_by_project ON jira_versions (project_id, sequence);
CREATE TABLE IF NOT EXISTS jira_project_properties (
  project_id INTEGER NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (project_id, key)
);
CREATE TABLE IF NOT EXISTS jira_changelogs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  issue_id INTEGER NOT NULL,
  author TEXT,
  created TEXT NOT NULL,
  items TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jira_changelogs_by_issue ON jira_changelogs (issue_id, id);
CREATE TABLE IF NOT EXISTS jira_issue_links (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  link_type TEXT NOT NULL,
  outward_issue_id INTEGER NOT NULL,
  inward_issue_id INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS jira_issue_links_outward ON jira_issue_links (outward_issue_id);
CREATE INDEX IF NOT EXISTS jira_issue_links_inward ON jira_issue_links (inward_issue_id);
CREATE TABLE IF NOT EXISTS jira_boards (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL DEFAULT 'scrum',
  project_id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS jira_sprints (
  id INTEGER PRIMARY KEY,
  board_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  state TEXT NOT NULL,
  goal TEXT NOT NULL DEFAULT '',
  start_date TEXT,
  end_date TEXT,
  complete_date TEXT,
  created_date TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS jira_tasks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  description TEXT NOT NULL,
  submitted_at INTEGER NOT NULL,
  finished_at INTEGER NOT NULL,
  result TEXT
);
`;

/** Columns added after the first release of the schema, for sandbox databases created before them. */
function addMissingColumns(db: Database): void {
  const columnsOf = (table: string) => new Set(db.prepare<[], { name: string }>(`PRAGMA table_info(${table})`).all().map((column) => column.name));
  const issues = columnsOf('jira_issues');
  if (!issues.has('description_text')) db.exec("ALTER TABLE jira_issues ADD COLUMN description_text TEXT NOT NULL DEFAULT ''");
  if (!issues.has('fix_version_ids')) db.exec("ALTER TABLE jira_issues ADD COLUMN fix_version_ids TEXT NOT NULL DEFAULT '[]'");
  if (!issues.has('parent_id')) db.exec('ALTER TABLE jira_issues ADD COLUMN parent_id INTEGER');
  if (!columnsOf('jira_worklogs').has('update_author')) db.exec('ALTER TABLE jira_worklogs ADD COLUMN update_author TEXT');
}

export function ensureJiraSchema(db: Database): void {
  db.exec(DDL);
  addMissingColumns(db);
  ensureChangeTracking(db);
  const insertRole = db.prepare('INSERT OR IGNORE INTO jira_roles (id, name, description, is_admin) VALUES (?, ?, ?, ?)');
  const insertGrant = db.prepare('INSERT OR IGNORE INTO jira_permission_grants (permission, role_id) VALUES (?, ?)');
  db.transaction(() => {
    for (const role of PROJECT_ROLES) insertRole.run(role.id, role.name, role.description, role.admin ? 1 : 0);
    for (const [permission, roleIds] of Object.entries(BASE_GRANTS)) {
      for (const roleId of roleIds) insertGrant.run(permission, roleId);
    }
  })();
}
