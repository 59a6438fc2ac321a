/**
 * `accord report`: the weekly client report of a project, read straight from a Jira site's REST API
 * through the app's own use cases (the project snapshot job and the report builder) over an in-memory
 * store. The sandbox needs no sign-in; a real site takes ATLASSIAN_EMAIL and ATLASSIAN_API_TOKEN.
 */
import { MemoryRecordStore } from '../adapters/store/memory-record-store';
import { runProjectJob, type JobOutcome } from '../app/jobs/run-project-job';
import { weeklyReport } from '../app/report/weekly-report';
import { settingsRecords } from '../app/settings/settings-record';
import { projectSnapshotJob, type SnapshotProgress } from '../app/snapshot/project-snapshot-job';
import { renderWeeklyReport, type ReportFormat } from '../domain/report';
import { defaultProjectSettings } from '../domain/settings/project-settings';
import { isoWeek, validTimeZone } from '../domain/weeks';
import { JiraError, type JiraPort } from '../ports/jira';
import type { JobMessage } from '../ports/job-queue';
import { jiraOverFetch } from './jira-over-fetch';
import { EXIT_OK, EXIT_USAGE, type CommandIo } from './readiness-command';

export interface ReportOptions {
  site: string;
  project: string;
  week?: string;
  format: ReportFormat;
  timeZone: string;
}

/** Why the command line's report has no RAID section: the register lives in the app's storage on the site. */
export const CLI_RAID_REASON =
  "RAID changes are not included: the register is kept in Accord's storage on the Jira site, which the command line cannot read. The project page's weekly report includes them.";

/** How many times a run that Jira kept busy is resumed before the command gives up. */
const MAX_RESUMES = 20;

/** Runs the snapshot job to its end, waiting out a rate limit the way the queue would. */
async function snapshot(jira: JiraPort, store: MemoryRecordStore, project: { id: string; key: string }): Promise<JobOutcome<SnapshotProgress>> {
  const queued: Array<{ message: JobMessage; delaySeconds?: number }> = [];
  let ids = 0;
  const deps = {
    jira,
    store,
    queue: { push: async (message: JobMessage, options?: { delaySeconds?: number }) => void queued.push({ message, ...options }) },
    clock: { now: () => Date.now() },
    // A command line run is not cut off: it reads the whole project in one go.
    deadline: { remainingMs: () => Number.MAX_SAFE_INTEGER },
    newRunId: () => `cli-${(ids += 1)}`,
  };
  let outcome = await runProjectJob(deps, projectSnapshotJob, project, { fresh: true });
  for (let resumes = 0; (outcome.status === 'retrying' || outcome.status === 'continued') && resumes < MAX_RESUMES; resumes += 1) {
    const next = queued.shift();
    if (!next) break;
    if (next.delaySeconds) await new Promise((resolve) => setTimeout(resolve, next.delaySeconds! * 1000));
    outcome = await runProjectJob(deps, projectSnapshotJob, project, next.message.runId ? { runId: next.message.runId } : {});
  }
  return outcome;
}

export async function runReport(options: ReportOptions, io: CommandIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (options.week !== undefined && !isoWeek(options.week).ok) return fail(io, `--week takes an ISO week such as 2026-W48; got "${options.week}"`);
  if (!validTimeZone(options.timeZone).ok) return fail(io, `--time-zone takes an IANA zone such as Europe/Berlin; got "${options.timeZone}"`);
  const email = env['ATLASSIAN_EMAIL'] || undefined;
  const token = env['ATLASSIAN_API_TOKEN'] || undefined;
  if ((email === undefined) !== (token === undefined)) return fail(io, 'set both ATLASSIAN_EMAIL and ATLASSIAN_API_TOKEN, or neither (the sandbox needs no sign-in)');

  let jira: JiraPort;
  try {
    jira = jiraOverFetch({ site: options.site, ...(email && token ? { credentials: { email, token } } : {}) });
  } catch (error) {
    return fail(io, error instanceof Error ? error.message : String(error));
  }
  try {
    const found = await jira.getProject(options.project);
    const project = { id: found.id, key: found.key, name: found.name };
    const store = new MemoryRecordStore();
    // The project's own settings live in the app's storage; the zone the weeks are counted in is an option.
    const settings = defaultProjectSettings();
    await store.save(settingsRecords.key(project.id, project.id), { ...settings, projectManager: { ...settings.projectManager, timeZone: options.timeZone } }, null, Date.now());
    const outcome = await snapshot(jira, store, project);
    if (outcome.status !== 'finished') {
      const why = outcome.status === 'skipped' ? outcome.reason : 'error' in outcome ? outcome.error : `Jira stayed busy (${outcome.status})`;
      return fail(io, `could not read ${project.key} from ${options.site}: ${why}`);
    }
    const report = await weeklyReport(
      {
        store,
        nowMs: Date.now(),
        names: async (ids) => new Map((ids.length > 0 ? await jira.getUsers(ids).catch(() => []) : []).flatMap((u) => (u.displayName ? [[u.accountId, u.displayName] as const] : []))),
        raid: { included: false, reason: CLI_RAID_REASON },
      },
      project,
      options.week === undefined ? 'all' : { week: options.week },
    );
    if (!report.ok) return fail(io, report.error.message);
    const text = renderWeeklyReport(report.data, options.format);
    io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof JiraError) return fail(io, error.message);
    if (error instanceof TypeError) return fail(io, `could not reach ${options.site}: ${error.message}`);
    throw error;
  }
}

function fail(io: CommandIo, message: string): number {
  io.stderr.write(`accord report: ${message}\n`);
  return EXIT_USAGE;
}
