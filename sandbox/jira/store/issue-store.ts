/** Issues and the links between them. Whole-record writes keep the store simple; callers diff. */
import type { Database, Statement } from 'better-sqlite3';
import { adfToText, type AdfNode } from '../adf-text';
import { ChangeFeed } from './change-feed';
import { parseJsonColumn } from './json-column';
import type { IssueLinkRecord, IssueRecord, IssueSummary } from './records';
import { SyncedRows } from './synced-rows';

interface IssueRow {
  id: number;
  key: string;
  project_id: number;
  issue_type: string;
  summary: string;
  description: string | null;
  description_text: string;
  status: string;
  assignee: string | null;
  reporter: string | null;
  priority: string | null;
  labels: string;
  duedate: string | null;
  created: string;
  updated: string;
  resolutiondate: string | null;
  story_points: number | null;
  sprint_ids: string;
  original_estimate_seconds: number | null;
  remaining_estimate_seconds: number | null;
  fix_version_ids: string;
  parent_id: number | null;
}

interface LinkRow {
  id: number;
  link_type: string;
  outward_issue_id: number;
  inward_issue_id: number;
}

function toSummary(row: Omit<IssueRow, 'description'>): IssueSummary {
  return {
    id: row.id,
    key: row.key,
    projectId: row.project_id,
    issueType: row.issue_type,
    summary: row.summary,
    descriptionText: row.description_text,
    status: row.status,
    assignee: row.assignee,
    reporter: row.reporter,
    priority: row.priority,
    labels: parseJsonColumn<string[]>(row.labels, []),
    duedate: row.duedate,
    created: row.created,
    updated: row.updated,
    resolutiondate: row.resolutiondate,
    storyPoints: row.story_points,
    sprintIds: parseJsonColumn<number[]>(row.sprint_ids, []),
    originalEstimateSeconds: row.original_estimate_seconds,
    remainingEstimateSeconds: row.remaining_estimate_seconds,
    fixVersionIds: parseJsonColumn<number[]>(row.fix_version_ids, []),
    parentId: row.parent_id,
  };
}

/** Summaries are shared between searches, so nobody may change one in place. */
function frozenSummary(row: Omit<IssueRow, 'description'>): IssueSummary {
  const summary = toSummary(row);
  Object.freeze(summary.labels);
  Object.freeze(summary.sprintIds);
  Object.freeze(summary.fixVersionIds);
  return Object.freeze(summary);
}

function toIssue(row: IssueRow): IssueRecord {
  const { descriptionText: _text, ...rest } = toSummary(row);
  return { ...rest, description: parseJsonColumn<AdfNode | null>(row.description, null) };
}

function toParams(issue: IssueRecord): unknown[] {
  return [
    issue.id, issue.key, issue.projectId, issue.issueType, issue.summary,
    issue.description ? JSON.stringify(issue.description) : null, issue.description ? adfToText(issue.description) : '', issue.status, issue.assignee, issue.reporter,
    issue.priority, JSON.stringify(issue.labels), issue.duedate, issue.created, issue.updated, issue.resolutiondate,
    issue.storyPoints, JSON.stringify(issue.sprintIds), issue.originalEstimateSeconds, issue.remainingEstimateSeconds,
    JSON.stringify(issue.fixVersionIds), issue.parentId,
  ];
}

function toLink(row: LinkRow): IssueLinkRecord {
  return { id: row.id, linkType: row.link_type, outwardIssueId: row.outward_issue_id, inwardIssueId: row.inward_issue_id };
}

export class IssueStore {
  private readonly byId: Statement<[number], IssueRow>;
  private readonly byKey: Statement<[string], IssueRow>;
  private readonly all: Statement<[], IssueRow>;
  private readonly byProject: Statement<[number], IssueRow>;
  private readonly summaries: Statement<[], Omit<IssueRow, 'description'>>;
  private readonly summaryById: Statement<[number], Omit<IssueRow, 'description'>>;
  private readonly syncedSummaries: SyncedRows<IssueSummary>;
  private readonly changes: ChangeFeed;
  private readonly upsert: Statement<unknown[]>;
  private readonly maxId: Statement<[], { max: number | null }>;
  private readonly linksOf: Statement<[number, number], LinkRow>;
  private readonly allLinks: Statement<[], LinkRow>;

  constructor(private readonly db: Database) {
    this.byId = db.prepare('SELECT * FROM jira_issues WHERE id = ?');
    this.byKey = db.prepare('SELECT * FROM jira_issues WHERE key = ?');
    this.all = db.prepare('SELECT * FROM jira_issues');
    this.byProject = db.prepare('SELECT * FROM jira_issues WHERE project_id = ?');
    const summaryColumns = `id, key, project_id, issue_type, summary, description_text, status, assignee, reporter, priority, labels,
        duedate, created, updated, resolutiondate, story_points, sprint_ids, original_estimate_seconds,
        remaining_estimate_seconds, fix_version_ids, parent_id`;
    this.summaries = db.prepare(`SELECT ${summaryColumns} FROM jira_issues`);
    this.summaryById = db.prepare(`SELECT ${summaryColumns} FROM jira_issues WHERE id = ?`);
    this.changes = new ChangeFeed(db, 'jira_issues');
    this.syncedSummaries = new SyncedRows(this.changes, {
      all: () => this.summaries.all().map((row) => [row.id, frozenSummary(row)] as const),
      one: (id) => {
        const row = this.summaryById.get(id);
        return row ? frozenSummary(row) : undefined;
      },
    });
    this.upsert = db.prepare(
      `INSERT OR REPLACE INTO jira_issues (id, key, project_id, issue_type, summary, description, description_text, status, assignee,
        reporter, priority, labels, duedate, created, updated, resolutiondate, story_points, sprint_ids,
        original_estimate_seconds, remaining_estimate_seconds, fix_version_ids, parent_id) VALUES (${new Array(22).fill('?').join(', ')})`,
    );
    this.maxId = db.prepare('SELECT MAX(id) AS max FROM jira_issues');
    this.linksOf = db.prepare('SELECT * FROM jira_issue_links WHERE outward_issue_id = ? OR inward_issue_id = ? ORDER BY id');
    this.allLinks = db.prepare('SELECT * FROM jira_issue_links ORDER BY id');
  }

  /** By numeric id or by key (keys are matched case-insensitively, as Jira does). */
  find(idOrKey: string | number): IssueRecord | undefined {
    const text = String(idOrKey);
    const row = /^\d+$/.test(text) ? this.byId.get(Number(text)) : this.byKey.get(text.toUpperCase());
    return row ? toIssue(row) : undefined;
  }

  /** One statement for all issues (or one project's): search loads views this way. */
  list(projectId?: number): IssueRecord[] {
    const rows = projectId === undefined ? this.all.all() : this.byProject.all(projectId);
    return rows.map(toIssue);
  }

  /**
   * Every issue without its ADF: search scans these. Kept between calls and refreshed from the issues
   * changed since (see change-feed.ts), so paging through 10,000 issues does not read them all per page.
   * The summaries are frozen and shared: copy one to change it.
   */
  listSummaries(): readonly IssueSummary[] {
    return [...this.syncedSummaries.current().values()];
  }

  /** Grows with every change to any issue (by any writer): equal marks mean the same issues. */
  changeMark(): number {
    return this.changes.latest();
  }

  nextId(): number {
    return Math.max(10000, this.maxId.get()?.max ?? 0) + 1;
  }

  save(issue: IssueRecord): void {
    this.upsert.run(...toParams(issue));
  }

  /** Removes the issue and everything hanging off it. */
  delete(issueId: number): void {
    for (const table of ['jira_issue_properties', 'jira_comments', 'jira_worklogs', 'jira_changelogs']) {
      this.db.prepare(`DELETE FROM ${table} WHERE issue_id = ?`).run(issueId);
    }
    this.db.prepare('DELETE FROM jira_issue_links WHERE outward_issue_id = ? OR inward_issue_id = ?').run(issueId, issueId);
    this.db.prepare('DELETE FROM jira_issues WHERE id = ?').run(issueId);
  }

  addLink(linkType: string, outwardIssueId: number, inwardIssueId: number): number {
    const result = this.db
      .prepare('INSERT INTO jira_issue_links (link_type, outward_issue_id, inward_issue_id) VALUES (?, ?, ?)')
      .run(linkType, outwardIssueId, inwardIssueId);
    return Number(result.lastInsertRowid);
  }

  links(issueId: number): IssueLinkRecord[] {
    return this.linksOf.all(issueId, issueId).map(toLink);
  }

  allIssueLinks(): IssueLinkRecord[] {
    return this.allLinks.all().map(toLink);
  }
}
