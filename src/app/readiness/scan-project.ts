import type { Rubric } from '../../domain/readiness/rubric';
import type { Clock, Deadline } from '../../ports/clock';
import type { IssuePropertiesUpdate, JiraPort } from '../../ports/jira';
import type { ScanQueue } from '../../ports/scan-queue';
import type { RecordStore } from '../../ports/store';
import { criteriaTexts, scanStateKey } from '../records';
import { loadSettings } from '../settings/load-settings';
import { loadFieldIds } from '../jira-field-ids';
import { READINESS_PROPERTY, readinessFields } from './jira-fields';
import { notifyUnreadyOnce } from './notify-unready';
import { checkIssue } from './check-issue';
import { newScanState, type ScanState } from './scan-state';

/** Jira's bulk property endpoint takes at most 100 issues a request. */
const BULK_LIMIT = 100;
const PAGE_SIZE = 100;
/** Stop taking new pages when less than this is left of the invocation; a queued continuation goes on. */
const SAFETY_MARGIN_MS = 60_000;

export interface ScanDeps {
  jira: JiraPort; // as the app: the scan runs on its own, without a user
  store: RecordStore;
  queue: ScanQueue;
  clock: Clock;
  deadline: Deadline;
  newRunId(): string;
}

export interface ScanOutcome {
  status: 'finished' | 'continued' | 'skipped';
  checked: number;
  changed: number;
  ready: number;
  notReady: number;
}

export function upcomingTicketsJql(projectKey: string): string {
  return `project = "${projectKey.replace(/"/g, '')}" AND sprint in futureSprints() ORDER BY key ASC`;
}

/**
 * Checks every ticket in the project's future sprints and writes the results that changed. Resumable: the
 * state is checkpointed after each page, only where nothing is left unwritten, so a scan killed at any point
 * and run again ends in the same state without writing anything twice that did not change.
 */
export async function scanProject(
  deps: ScanDeps,
  project: { id: string; key: string },
  options: { runId?: string; fresh?: boolean } = {},
): Promise<ScanOutcome> {
  const { jira, store, clock } = deps;
  const key = scanStateKey(project.id);
  const stored = await store.load<ScanState>(key);
  let version = stored?.version ?? null;
  let state: ScanState;
  if (options.runId && stored?.value.runId !== options.runId) {
    return { status: 'skipped', checked: 0, changed: 0, ready: 0, notReady: 0 }; // a continuation of a superseded run
  }
  if (stored && stored.value.status === 'running' && !options.fresh) state = stored.value;
  else state = newScanState(deps.newRunId(), clock.now(), stored?.value.lastFinishedAt ?? null);

  const save = async (next: ScanState) => {
    const result = await store.save(key, next, version, clock.now());
    if (!result.ok) throw new Error(`Another scan of ${project.key} is writing its progress at the same time`);
    version = result.version;
    state = next;
  };
  await save(state);

  const { settings } = await loadSettings(store, project.id);
  const criteria = await criteriaByIssue(store, project.id);
  const ids = await loadFieldIds(jira, store, clock.now());
  const rubric: Rubric = settings.rubric;
  // Who to mention and which sprint a ticket is planned into are only needed when notifying.
  const fields = settings.commentOnUnready ? [...readinessFields(ids), ids.sprint, 'reporter', 'assignee'] : readinessFields(ids);

  type Counts = Pick<ScanState, 'checked' | 'changed' | 'ready' | 'notReady'>;
  let counts: Counts = { checked: state.checked, changed: state.changed, ready: state.ready, notReady: state.notReady };
  /** Results computed but not written yet. */
  let pending: IssuePropertiesUpdate[] = [];
  /** The last safe checkpoint: a page token before which every result is written, and the counts there. */
  let mark: { token: string | null; counts: Counts } = { token: state.resumeToken, counts };

  const flush = async (all: boolean) => {
    while (pending.length >= BULK_LIMIT || (all && pending.length > 0)) {
      const batch = pending.slice(0, BULK_LIMIT);
      // Not waiting for Jira's task: a write the task loses differs from the next scan's fingerprint and is redone.
      await jira.setIssuePropertiesBulk(batch, { waitForCompletion: false });
      pending = pending.slice(batch.length);
    }
  };

  let pageToken: string | null = state.resumeToken;
  for (;;) {
    if (pending.length === 0) mark = { token: pageToken, counts: { ...counts } };
    const page = await jira.searchIssues({
      jql: upcomingTicketsJql(project.key),
      fields,
      properties: [READINESS_PROPERTY],
      pageSize: PAGE_SIZE,
      nextPageToken: pageToken ?? undefined,
    });
    for (const issue of page.issues) {
      const { result, property, changed } = checkIssue(issue, criteria.get(issue.id) ?? null, rubric, ids, clock.now());
      counts = {
        checked: counts.checked + 1,
        changed: counts.changed,
        ready: counts.ready + (result.ready ? 1 : 0),
        notReady: counts.notReady + (result.ready ? 0 : 1),
      };
      if (settings.commentOnUnready) await notifyUnreadyOnce({ jira, store, clock }, project.id, issue, result, rubric.threshold, ids);
      if (!changed) continue;
      counts.changed += 1;
      pending.push({ issueId: issue.id, properties: { [READINESS_PROPERTY]: property } });
    }
    await flush(false);
    const next = page.isLast ? null : (page.nextPageToken ?? null);
    if (pending.length === 0) mark = { token: next, counts: { ...counts } };

    if (next === null) {
      await flush(true);
      await save({ ...state, ...counts, status: 'idle', resumeToken: null, lastFinishedAt: clock.now() });
      return { status: 'finished', ...counts };
    }
    if (deps.deadline.remainingMs() < SAFETY_MARGIN_MS) {
      await flush(true);
      await save({ ...state, ...counts, resumeToken: next });
      await deps.queue.push({ projectId: project.id, projectKey: project.key, runId: state.runId });
      return { status: 'continued', ...counts };
    }
    // Resuming from the mark recomputes whatever was not written yet; written results compare equal then.
    if (mark.token !== state.resumeToken) await save({ ...state, ...mark.counts, resumeToken: mark.token });
    pageToken = next;
  }
}

async function criteriaByIssue(store: RecordStore, projectId: string): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  let cursor: string | undefined;
  do {
    const page = await store.list<unknown>('issue', projectId, cursor);
    for (const { id, record } of page.records) {
      const texts = criteriaTexts(record.value);
      if (texts.length > 0) map.set(id, texts);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return map;
}
