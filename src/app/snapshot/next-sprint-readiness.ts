import { checkReadiness } from '../../domain/readiness';
import { summarizeSprint } from '../../domain/readiness-summary/summarize-sprint';
import { criteriaTexts } from '../../domain/issue-record';
import type { ReadinessResult } from '../../domain/readiness/types';
import type { IssueRecord } from '../../domain/issue-record';
import type { JiraIssue } from '../../ports/jira';
import type { JobDeps, ProjectRef } from '../jobs/project-job';
import { readinessFields } from '../readiness/jira-fields';
import { ticketSnapshot } from '../readiness/ticket-snapshot';
import { loadSettings } from '../settings/load-settings';
import { siteFieldIds } from '../site/field-ids';
import type { ReadinessSummaryModel } from './read-models';
import { activeAndNext } from './detection-inputs';
import type { SnapshotSetup } from './setup';

/** Tickets a summary reads at most (the scan checks them all; the page's line needs no more). */
const MAX_TICKETS = 500;

/**
 * The next sprint's tickets checked as the readiness scan checks them (the same checker, rubric and criteria),
 * without writing: the summary the Overview shows and the report sends, and the results detectors read.
 */
export async function nextSprintReadiness(deps: JobDeps, project: ProjectRef, setup: SnapshotSetup, records: ReadonlyMap<string, IssueRecord>): Promise<{ summary: ReadinessSummaryModel; tickets: Array<{ issue: JiraIssue; result: ReadinessResult }> }> {
  const { next } = activeAndNext(setup);
  if (!next) return { summary: { sprint: null, ready: 0, notReady: 0 }, tickets: [] };
  const [{ settings }, ids] = await Promise.all([loadSettings(deps.store, project.id), siteFieldIds(deps.jira, deps.store, deps.clock.now())]);
  const tickets: Array<{ issue: JiraIssue; result: ReadinessResult }> = [];
  for await (const page of deps.jira.searchAllIssues({ jql: `project = "${project.key.replace(/"/g, '')}" AND sprint = ${next.id} ORDER BY key ASC`, fields: readinessFields(ids), pageSize: 100 })) {
    for (const issue of page.issues) {
      const record = records.get(issue.id);
      tickets.push({ issue, result: checkReadiness(ticketSnapshot(issue, record ? criteriaTexts(record) : null, ids), settings.rubric) });
    }
    if (tickets.length >= MAX_TICKETS) break;
  }
  const summary = summarizeSprint(
    tickets.map(({ issue, result }) => ({
      key: issue.key,
      summary: typeof issue.fields.summary === 'string' ? issue.fields.summary : '',
      score: result.score,
      ready: result.ready,
      failedChecks: [...new Set(result.findings.map((f) => f.check))],
      signoff: records.get(issue.id)?.signoff.state ?? null,
    })),
  );
  const startDate = next.startMs === null ? null : new Date(next.startMs).toISOString();
  return { summary: { sprint: { id: next.id, name: next.name, startDate }, ready: summary.ready, notReady: summary.notReady, summary }, tickets };
}
