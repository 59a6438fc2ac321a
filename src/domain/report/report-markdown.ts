import { markdownCell } from '../text';
import type { ReportSprint, WeeklyReport } from './weekly-report';

type Cell = string | number | null;

/**
 * The report as Markdown: a heading per section, a table per list, a sentence where a section is empty.
 * Every table cell goes through markdownCell (pipes escaped, line breaks as <br>); headings and sentences are
 * kept to one line. Names and goals from Jira are plain text: their Markdown characters are escaped (plainText).
 */
export function weeklyReportMarkdown(report: WeeklyReport): string {
  const out: string[] = [];
  const name = (id: string, displayName: string | null): string => displayName ?? id;
  out.push(`# Weekly report: ${plainText(report.project.name)} (${plainText(report.project.key)})`, '');
  out.push(`${line(report.period.label)}. Times in ${report.timeZone}. Generated ${report.generatedAt}.`, '');

  out.push('## Hours', '');
  if (report.hours.length === 0) out.push('No hours logged in this period.', '');
  else {
    out.push(`${report.totalHours} hours logged.`, '');
    out.push(table(['Week', 'Person', 'Hours'], 'llr', report.hours.map((r) => [r.week, name(r.accountId, r.displayName), r.hours])));
    out.push('### Per person', '');
    out.push(table(['Person', 'Hours', 'Weeks'], 'lrr', report.hoursByPerson.map((p) => [name(p.accountId, p.displayName), p.hours, p.weeks.length])));
  }
  out.push('### Per epic', '');
  if (report.epics.length === 0) out.push('No hours logged against epics in this period.', '');
  else out.push(table(['Epic', 'Hours', 'Tickets'], 'lrl', report.epics.map((e) => [epicName(e.epicKey, e.epicName), e.hours, e.issueKeys.join(', ')])));

  out.push('## Scope', '');
  if (report.sprints.length === 0) out.push('No sprints in this period.', '');
  else {
    out.push(
      table(
        ['Sprint', 'State', 'Committed', 'Added', 'Removed', 'Completed', 'Not completed'],
        'llrrrrr',
        report.sprints.map((s) => [
          s.name,
          s.state,
          amount(s.points.committed, s.committed),
          amount(s.points.added, s.added),
          amount(s.points.removed, s.removed),
          amount(s.points.completed, s.completed),
          amount(s.points.notCompleted, s.notCompleted),
        ]),
      ),
    );
    out.push(`Numbers are ${report.sprints.every((s) => s.unit === 'issues') ? 'issues' : 'story points'}, with the tickets in brackets.`, '');
    for (const sprint of report.sprints) out.push(...sprintDetail(sprint));
  }

  out.push('## RAID changes', '');
  if (!report.raid.available) out.push(line(report.raid.reason), '');
  else if (report.raid.changes.length === 0) out.push('No changes to the RAID register in this period.', '');
  else
    out.push(
      table(
        ['Date', 'Item', 'Title', 'Change', 'By'],
        'lllll',
        report.raid.changes.map((c) => [c.date, c.itemId, c.title, c.summary, name(c.by, c.byName)]),
      ),
    );

  out.push('## New detected risks', '');
  if (report.risks.length === 0) out.push('No new risks detected in this period.', '');
  else
    out.push(
      table(
        ['Risk', 'Score', 'Likelihood', 'Impact', 'Why', 'Tickets'],
        'lrrrll',
        report.risks.map((r) => [r.title, r.score, r.likelihood, r.impact, r.explanation, r.evidence.map((e) => e.key).join(', ')]),
      ),
    );

  out.push('## Milestones', '');
  if (report.milestones.length === 0) out.push('No versions are planned.', '');
  else
    out.push(
      table(
        ['Version', 'Release date', 'Progress', 'P50', 'P85', 'P95', 'Chance by release', 'Status'],
        'llrlllrl',
        report.milestones.map((m) => [
          m.name,
          m.releaseDate ?? 'none',
          m.progress === null ? '' : `${m.progress.done} of ${m.progress.total}${m.progress.percent === null ? '' : ` (${m.progress.percent} %)`}`,
          m.p50 ?? '',
          m.p85 ?? '',
          m.p95 ?? '',
          m.probabilityByRelease === null ? '' : `${Math.round(m.probabilityByRelease * 100)} %`,
          m.status,
        ]),
      ),
    );

  out.push('## Next sprint readiness', '');
  const r = report.readiness;
  if (r === null) out.push('No next sprint is planned.', '');
  else {
    const starts = r.startDate === null ? '' : ` (starts ${r.startDate})`;
    const average = r.averageScore === null ? '' : `, average score ${r.averageScore}`;
    out.push(`${plainTextOpeningLine(r.sprintName)}${starts}: ${r.ready} of ${r.total} tickets ready${average}.`, '');
    if (r.furthest.length > 0) {
      out.push('### Furthest from ready', '');
      out.push(table(['Ticket', 'Summary', 'Score', 'Failed checks', 'Sign-off'], 'llrll', r.furthest.map((t) => [t.key, t.summary, t.score, t.failedChecks.join(', '), t.signoff ?? ''])));
    }
    if (r.failingChecks.length > 0) {
      out.push('### Most failing checks', '');
      out.push(table(['Check', 'Tickets'], 'lr', r.failingChecks.map((c) => [c.check, c.tickets])));
    }
  }
  return `${out.join('\n').replace(/\n+$/u, '')}\n`;
}

function sprintDetail(sprint: ReportSprint): string[] {
  const dates = sprint.completeDate === null ? `since ${sprint.startDate}` : `${sprint.startDate} to ${sprint.completeDate}`;
  const keys = (list: readonly string[]): string => (list.length === 0 ? 'none' : list.join(', '));
  return [
    `### ${plainText(sprint.name)} (${sprint.state}, ${dates})`,
    '',
    ...(sprint.goal === null ? [] : [`Goal: ${plainText(sprint.goal)}`, '']),
    table(
      ['Scope', 'Tickets'],
      'll',
      [
        ['Committed', keys(sprint.committed)],
        ['Added', keys(sprint.added)],
        ['Removed', keys(sprint.removed)],
        ['Completed', keys(sprint.completed)],
        ['Not completed', keys(sprint.notCompleted)],
      ],
    ),
  ];
}

/** A table ending with a blank line; `align` has one letter per column, l or r. */
function table(header: readonly string[], align: string, rows: readonly (readonly Cell[])[]): string {
  const row = (cells: readonly Cell[]): string => `| ${cells.map((c) => markdownCell(c)).join(' | ')} |`;
  const rule = `| ${header.map((_, i) => (align[i] === 'r' ? '---:' : '---')).join(' | ')} |`;
  return `${[row(header), rule, ...rows.map(row)].join('\n')}\n`;
}

function amount(points: number, keys: readonly string[]): string {
  return `${points} (${keys.length})`;
}

function epicName(key: string | null, name: string | null): string {
  if (key === null) return 'No epic';
  return name === null ? key : `${key} ${name}`;
}

/** Text for a heading or sentence: one line. */
function line(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Plain text from Jira in a sentence, read as written: one line (as `line`), with a backslash before each
 * character Markdown could read inside a line (emphasis, code, links, HTML, entities, strikethrough, and
 * pipes as in table cells). Marks that only count at the start of a line (#, >, -, 1.) need none after a label.
 */
function plainText(text: string): string {
  return line(text).replace(/[\\`*_[\]<&|~]/gu, (c) => `\\${c}`);
}

/** plainText that opens a line: a mark that starts a heading, quote or list there is escaped too ("- Sprint 4", "1. Sprint"). */
function plainTextOpeningLine(text: string): string {
  return plainText(text).replace(/^[#>+-]/u, (c) => `\\${c}`).replace(/^(\d{1,9})([.)])/u, '$1\\$2');
}
