import { CHANGELOG_BATCH, type SnapshotSetup } from './setup';
import type { ChangeFact, IssueFact, WorklogFact } from './facts';
import { changeFacts, issueFact, linkEpics, snapshotFields, worklogFact } from './issue-facts';
import type { JobDeps, ProjectRef } from '../jobs/project-job';
import type { StoredWorklogs } from './worklog-store';

const PAGE_SIZE = 100;
/** Jira embeds at most this many worklogs in an issue; an issue with more is read on its own. */
const EMBEDDED_WORKLOGS = 20;
/** A watermark older than this is moved on even when nothing changed, so the change feeds stay short. */
const WATERMARK_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Jira's change feeds leave out the last minute. */
const FEED_LAG_MS = 60_000;

export function projectIssuesJql(projectKey: string): string {
  return `project = "${projectKey.replace(/"/g, '')}" ORDER BY key ASC`;
}

/** Everything the snapshot read from Jira for one project. */
export interface CollectedFacts {
  issues: IssueFact[];
  changes: Record<string, ChangeFact[]>;
  worklogs: WorklogFact[];
  watermark: number;
}

/** The collection phases in order; each `step` of the job runs one request's worth of one phase. */
export type CollectPhase = 'issues' | 'changelogs' | 'worklogs' | 'done';

/**
 * Reads a project's issues page by page, their changelogs 1,000 issues a request, and the worklogs that
 * changed since the watermark (all of them, embedded in the search, on the first run). Requests: one per
 * search page, one per 1,000 issues for changelogs, the worklog feeds, and one per issue with more worklogs
 * than a search embeds or whose logged time disagrees with what is stored.
 */
export class FactCollector {
  phase: CollectPhase = 'issues';
  private pageToken: string | undefined;
  private changelogBatch = 0;
  private readonly issues: IssueFact[] = [];
  private readonly changes: Record<string, ChangeFact[]> = {};
  private readonly worklogs: Map<string, WorklogFact>;
  private readonly embedded = new Map<string, WorklogFact[]>();
  private readonly moreWorklogs = new Set<string>();
  private watermark: number;

  constructor(
    private readonly deps: JobDeps,
    private readonly project: ProjectRef,
    private readonly setup: SnapshotSetup,
    private readonly stored: StoredWorklogs,
    private readonly startedAt: number,
  ) {
    this.worklogs = new Map(stored.byId);
    this.watermark = stored.watermark?.value ?? startedAt - FEED_LAG_MS;
  }

  /** Whether this is the first run: no watermark yet, so every worklog comes from the search. */
  private get firstRun(): boolean {
    return this.stored.watermark === null;
  }

  async step(): Promise<void> {
    if (this.phase === 'issues') return this.issuesPage();
    if (this.phase === 'changelogs') return this.changelogPage();
    if (this.phase === 'worklogs') return this.syncWorklogs();
  }

  /** What to keep for a continuation in another invocation. */
  save(): CollectorState {
    return {
      phase: this.phase,
      pageToken: this.pageToken ?? null,
      changelogBatch: this.changelogBatch,
      issues: this.issues,
      changes: this.changes,
      worklogs: [...this.worklogs.values()],
      embedded: [...this.embedded.entries()],
      moreWorklogs: [...this.moreWorklogs],
      watermark: this.watermark,
    };
  }

  /** Continues where a saved collector stopped. */
  restore(state: CollectorState): void {
    this.phase = state.phase;
    this.pageToken = state.pageToken ?? undefined;
    this.changelogBatch = state.changelogBatch;
    this.issues.splice(0, this.issues.length, ...state.issues);
    for (const key of Object.keys(this.changes)) delete this.changes[key];
    Object.assign(this.changes, state.changes);
    this.worklogs.clear();
    for (const w of state.worklogs) this.worklogs.set(w.id, w);
    this.embedded.clear();
    for (const [issueId, facts] of state.embedded) this.embedded.set(issueId, facts);
    this.moreWorklogs.clear();
    for (const id of state.moreWorklogs) this.moreWorklogs.add(id);
    this.watermark = state.watermark;
  }

  result(): CollectedFacts {
    return { issues: this.issues, changes: this.changes, worklogs: [...this.worklogs.values()], watermark: this.watermark };
  }

  private async issuesPage(): Promise<void> {
    const page = await this.deps.jira.searchIssues({
      jql: projectIssuesJql(this.project.key),
      fields: snapshotFields(this.setup.fieldIds, this.firstRun),
      pageSize: PAGE_SIZE,
      ...(this.pageToken ? { nextPageToken: this.pageToken } : {}),
    });
    for (const issue of page.issues) {
      this.issues.push(issueFact(issue, this.setup.fieldIds));
      const embedded = issue.fields.worklog;
      if (!embedded) continue;
      if (embedded.total > Math.min(EMBEDDED_WORKLOGS, embedded.worklogs.length)) this.moreWorklogs.add(issue.id);
      this.embedded.set(issue.id, embedded.worklogs.map(worklogFact).filter((w): w is WorklogFact => w !== null));
    }
    this.pageToken = page.isLast ? undefined : page.nextPageToken;
    if (!this.pageToken) {
      linkEpics(this.issues);
      this.phase = this.issues.length > 0 ? 'changelogs' : 'worklogs';
    }
  }

  private async changelogPage(): Promise<void> {
    const batch = this.issues.slice(this.changelogBatch * CHANGELOG_BATCH, (this.changelogBatch + 1) * CHANGELOG_BATCH);
    const { sprint, estimate } = this.setup.fieldIds;
    const fieldIds = [sprint, ...(estimate ? [estimate] : []), 'status', 'fixVersions'];
    for (const log of await this.deps.jira.getChangelogs(batch.map((i) => i.id), fieldIds)) {
      const facts = changeFacts(log.histories, this.setup.fieldIds);
      if (facts.length > 0) this.changes[log.issueId] = facts;
    }
    this.changelogBatch += 1;
    if (this.changelogBatch * CHANGELOG_BATCH >= this.issues.length) this.phase = 'worklogs';
  }

  private async syncWorklogs(): Promise<void> {
    const projectIssues = new Set(this.issues.map((i) => i.id));
    if (this.firstRun) {
      for (const facts of this.embedded.values()) for (const w of facts) this.worklogs.set(w.id, w);
    } else {
      const [changed, deleted] = await Promise.all([this.deps.jira.getChangedWorklogs(this.watermark), this.deps.jira.getDeletedWorklogs(this.watermark)]);
      for (const id of deleted.ids) this.worklogs.delete(String(id));
      if (changed.ids.length > 0) {
        for (const w of await this.deps.jira.getWorklogs(changed.ids)) {
          const fact = worklogFact(w);
          if (fact && projectIssues.has(fact.issueId)) this.worklogs.set(fact.id, fact);
          // A worklog whose issue left the project no longer counts here.
          else if (fact) this.worklogs.delete(fact.id);
        }
      }
      const until = Math.min(changed.until, deleted.until);
      const moved = changed.ids.length > 0 || deleted.ids.length > 0 || this.startedAt - this.watermark > WATERMARK_MAX_AGE_MS;
      if (moved && until > this.watermark) this.watermark = until;
    }
    // Self-repair: an issue whose logged time disagrees with what is kept (it moved into the project, or a
    // change fell between feeds) is read on its own.
    const kept = new Map<string, number>();
    for (const w of this.worklogs.values()) kept.set(w.issueId, (kept.get(w.issueId) ?? 0) + w.seconds);
    for (const issue of this.issues) if ((kept.get(issue.id) ?? 0) !== issue.timeSpentSeconds) this.moreWorklogs.add(issue.id);
    for (const w of [...this.worklogs.values()]) if (!projectIssues.has(w.issueId) || this.moreWorklogs.has(w.issueId)) this.worklogs.delete(w.id);
    for (const issueId of this.moreWorklogs) {
      for (const w of await this.deps.jira.getIssueWorklogs(issueId)) {
        const fact = worklogFact(w);
        if (fact) this.worklogs.set(fact.id, fact);
      }
    }
    this.phase = 'done';
  }
}

/** Everything a collector holds, as JSON: what a run that must continue in another invocation keeps. */
export interface CollectorState {
  phase: CollectPhase;
  pageToken: string | null;
  changelogBatch: number;
  issues: IssueFact[];
  changes: Record<string, ChangeFact[]>;
  worklogs: WorklogFact[];
  embedded: Array<[string, WorklogFact[]]>;
  moreWorklogs: string[];
  watermark: number;
}
