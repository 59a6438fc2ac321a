import type { WeeklyReportView } from '../../contract/project-page';
import { fail, ok, type Result } from '../../contract/result';
import { weeklyReportCsv, weeklyReportHtml, weeklyReportJsonValue, weeklyReportMarkdown } from '../../domain/report';
import { browsableProject } from '../project-access';
import type { ProjectPageDeps, ProjectTarget } from '../raid/raid-deps';
import { weeklyReport } from '../report/weekly-report';
import { namesOf } from './hours-view';

/** The weekly report on the page: one ISO week (the last complete one by default) as Markdown, HTML, CSV and JSON. */
export async function weeklyReportView(deps: ProjectPageDeps, target: ProjectTarget, week: string | undefined): Promise<Result<WeeklyReportView>> {
  const project = await browsableProject(deps.userJira, target.project);
  const report = await weeklyReport(
    {
      store: deps.store,
      nowMs: deps.clock.now(),
      names: async (ids) => new Map((await namesOf(deps, ids)).map((p) => [p.accountId, p.displayName])),
      raid: { included: true },
    },
    { id: target.project.id, key: target.project.key, name: project.name },
    week === undefined ? 'last-week' : { week },
  );
  if (!report.ok) return report;
  const shown = report.data.period.fromWeek;
  if (shown === null) return fail('internal', 'A page report covers one week.');
  return ok({
    week: shown,
    markdown: weeklyReportMarkdown(report.data),
    html: weeklyReportHtml(report.data),
    csv: weeklyReportCsv(report.data),
    json: weeklyReportJsonValue(report.data),
  });
}
