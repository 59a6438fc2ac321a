import { z } from 'zod';
import type { Rubric } from '../../domain/readiness/rubric';
import type { IssuePropertiesUpdate, JiraIssue } from '../../ports/jira';
import type { JobDeps, JobRun, ProjectJob, ProjectRef, StepResult } from '../jobs/project-job';
import { loadSettings } from '../settings/load-settings';
import { siteFieldIds, type FieldIds } from '../site/field-ids';
import { criteriaTexts, withCurrentContent, type IssueRecord } from '../../domain/issue-record';
import { recordsByIssue } from '../signoff/criteria-by-issue';
import { mirrorsToRepair, SIGNOFF_MIRROR_KEYS } from '../signoff/mirrors';
import { checkIssue } from './check-issue';
import { READINESS_PROPERTY, readinessFields } from './jira-fields';
import { notifyUnreadyOnce } from './notify-unready';

/** Jira's bulk property endpoint takes at most 100 issues a request. */
const BULK_LIMIT = 100;
const PAGE_SIZE = 100;

/** Where a scan stands: the token of the next search page (null: the first page). */
export interface ScanCursor {
  pageToken: string | null;
}

export interface ScanProgress {
  checked: number;
  changed: number;
  ready: number;
  notReady: number;
  /** Sign-off and criteria mirrors that differed from the record (edited by hand, or a lost write) and were rewritten. */
  mirrorsRepaired: number;
}

export function upcomingTicketsJql(projectKey: string): string {
  return `project = "${projectKey.replace(/"/g, '')}" AND sprint in futureSprints() ORDER BY key ASC`;
}

/**
 * The readiness scan: checks every ticket in the project's future sprints and writes the results that
 * changed, in bulk. Results computed but not written are held until a batch is full, so a run checkpoints
 * only where nothing is left unwritten; a run cut off at any point and resumed ends in the same state.
 */
export const readinessScanJob: ProjectJob<ScanCursor, ScanProgress> = {
  name: 'readiness-scan',
  cursorSchema: z.object({ pageToken: z.string().nullable() }),
  progressSchema: z.object({ checked: z.int(), changed: z.int(), ready: z.int(), notReady: z.int(), mirrorsRepaired: z.int() }),
  start: () => ({ cursor: { pageToken: null }, progress: { checked: 0, changed: 0, ready: 0, notReady: 0, mirrorsRepaired: 0 } }),
  async open(deps, project, from) {
    const [{ settings }, records, ids] = await Promise.all([
      loadSettings(deps.store, project.id),
      recordsByIssue(deps.store, project.id),
      siteFieldIds(deps.jira, deps.store, deps.clock.now()),
    ]);
    return new ReadinessScanRun(deps, project, { rubric: settings.rubric, notify: settings.commentOnUnready, records, ids }, from);
  },
};

interface ScanSetup {
  rubric: Rubric;
  /** Comment once per sprint on unready tickets (a project setting). */
  notify: boolean;
  records: ReadonlyMap<string, IssueRecord>;
  ids: FieldIds;
}

/** One invocation's share of a scan: the page position, the counts, and the results not written yet. */
class ReadinessScanRun implements JobRun<ScanCursor, ScanProgress> {
  private pageToken: string | null;
  private progress: ScanProgress;
  private pending: IssuePropertiesUpdate[] = [];

  constructor(
    private readonly deps: JobDeps,
    private readonly project: ProjectRef,
    private readonly setup: ScanSetup,
    from: { cursor: ScanCursor; progress: ScanProgress },
  ) {
    this.pageToken = from.cursor.pageToken;
    this.progress = { ...from.progress };
  }

  async step(): Promise<StepResult<ScanCursor, ScanProgress>> {
    const { ids, notify } = this.setup;
    // Who to mention and which sprint a ticket is planned into are only needed when notifying.
    const fields = notify ? [...readinessFields(ids), ids.sprint, 'reporter', 'assignee'] : readinessFields(ids);
    const page = await this.deps.jira.searchIssues({
      jql: upcomingTicketsJql(this.project.key),
      fields,
      properties: [READINESS_PROPERTY, ...SIGNOFF_MIRROR_KEYS],
      pageSize: PAGE_SIZE,
      ...(this.pageToken === null ? {} : { nextPageToken: this.pageToken }),
    });
    for (const issue of page.issues) await this.check(issue);
    await this.flush(false);
    const next = page.isLast ? null : (page.nextPageToken ?? null);
    this.pageToken = next;
    return { cursor: next === null ? null : { pageToken: next }, progress: { ...this.progress }, settled: this.pending.length === 0 };
  }

  async settle(): Promise<ScanProgress> {
    await this.flush(true);
    return { ...this.progress };
  }

  private async check(issue: JiraIssue): Promise<void> {
    const { rubric, records, ids, notify } = this.setup;
    const now = this.deps.clock.now();
    const record = records.get(issue.id) ?? null;
    const { result, property, changed } = checkIssue(issue, record ? criteriaTexts(record) : null, rubric, ids, now);
    this.progress.checked += 1;
    if (result.ready) this.progress.ready += 1;
    else this.progress.notReady += 1;
    if (notify) await notifyUnreadyOnce(this.deps, this.project.id, issue, result, rubric.threshold, ids);
    // The sign-off mirror says what the record says as of the content now (an approval of other content is stale).
    const current = record ? withCurrentContent(record, issue.fields.description ?? null, { at: new Date(now).toISOString() }).record : null;
    const mirrors = mirrorsToRepair(current, issue.properties ?? {});
    const repaired = Object.keys(mirrors).length;
    if (!changed && repaired === 0) return;
    if (changed) this.progress.changed += 1;
    this.progress.mirrorsRepaired += repaired;
    this.pending.push({ issueId: issue.id, properties: { ...(changed ? { [READINESS_PROPERTY]: property } : {}), ...mirrors } });
  }

  private async flush(all: boolean): Promise<void> {
    while (this.pending.length >= BULK_LIMIT || (all && this.pending.length > 0)) {
      const batch = this.pending.slice(0, BULK_LIMIT);
      // Not waiting for Jira's task: a write the task loses differs from the next scan's fingerprint and is redone.
      await this.deps.jira.setIssuePropertiesBulk(batch, { waitForCompletion: false });
      this.pending = this.pending.slice(batch.length);
    }
  }
}
