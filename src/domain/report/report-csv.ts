import { csvRow, csvTable, type CsvValue } from '../text';
import type { WeeklyReport } from './weekly-report';

interface Section {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvValue[])[];
}

/**
 * The report as CSV: one section per table, each a title line, a header row and the data rows, with a
 * blank line between sections (RFC 4180 rows through the text/csv helper, CRLF, formula-looking cells
 * defused). An empty section keeps its title and header, so a reader finds every section in every report.
 */
export function weeklyReportCsv(report: WeeklyReport): string {
  return reportSections(report)
    .map((s) => `${csvRow([s.title])}\r\n${csvTable(s.header, s.rows)}`)
    .join('\r\n');
}

/** The titles of the sections, in order. */
export const CSV_SECTION_TITLES = [
  'Report',
  'Hours per person and week',
  'Hours per person',
  'Hours per epic',
  'Sprints',
  'RAID changes',
  'New detected risks',
  'Milestones',
  'Next sprint readiness',
  'Furthest from ready',
] as const;

function reportSections(report: WeeklyReport): Section[] {
  const keys = (list: readonly string[]): string => list.join(' ');
  const r = report.readiness;
  return [
    {
      title: 'Report',
      header: ['Field', 'Value'],
      rows: [
        ['Project', report.project.name],
        ['Project key', report.project.key],
        ['Period', report.period.label],
        ['First week', report.period.fromWeek],
        ['Last week', report.period.toWeek],
        ['Time zone', report.timeZone],
        ['Generated', report.generatedAt],
        ['Total hours', report.totalHours],
      ],
    },
    {
      title: 'Hours per person and week',
      header: ['Week', 'Account id', 'Person', 'Hours', 'Tickets'],
      rows: report.hours.map((h) => [h.week, h.accountId, h.displayName, h.hours, keys(h.issueKeys)]),
    },
    {
      title: 'Hours per person',
      header: ['Account id', 'Person', 'Hours', 'Weeks'],
      rows: report.hoursByPerson.map((p) => [p.accountId, p.displayName, p.hours, keys(p.weeks)]),
    },
    {
      title: 'Hours per epic',
      header: ['Epic', 'Epic name', 'Hours', 'Tickets', 'People'],
      rows: report.epics.map((e) => [e.epicKey ?? 'No epic', e.epicName, e.hours, keys(e.issueKeys), keys(e.accountIds)]),
    },
    {
      title: 'Sprints',
      header: [
        'Sprint id',
        'Sprint',
        'State',
        'Start',
        'Completed on',
        'Unit',
        'Committed points',
        'Added points',
        'Removed points',
        'Completed points',
        'Not completed points',
        'Committed',
        'Added',
        'Removed',
        'Completed',
        'Not completed',
        'Goal',
      ],
      rows: report.sprints.map((s) => [
        s.id,
        s.name,
        s.state,
        s.startDate,
        s.completeDate,
        s.unit,
        s.points.committed,
        s.points.added,
        s.points.removed,
        s.points.completed,
        s.points.notCompleted,
        keys(s.committed),
        keys(s.added),
        keys(s.removed),
        keys(s.completed),
        keys(s.notCompleted),
        s.goal,
      ]),
    },
    report.raid.available
      ? {
          title: 'RAID changes',
          header: ['When', 'Item', 'Title', 'Action', 'Change', 'By', 'By (account id)'],
          rows: report.raid.changes.map((c) => [c.at, c.itemId, c.title, c.action, c.summary, c.byName, c.by]),
        }
      : { title: 'RAID changes', header: ['Note'], rows: [[report.raid.reason]] },
    {
      title: 'New detected risks',
      header: ['Risk', 'Detector', 'Signal key', 'Likelihood', 'Impact', 'Score', 'Explanation', 'Evidence'],
      rows: report.risks.map((k) => [k.title, k.detector, k.signalKey, k.likelihood, k.impact, k.score, k.explanation, k.evidence.map((e) => `${e.key}: ${e.fact}`).join('\n')]),
    },
    {
      title: 'Milestones',
      header: ['Version', 'Release date', 'Done', 'Total', 'P50', 'P85', 'P95', 'Chance by release', 'Status'],
      rows: report.milestones.map((m) => [m.name, m.releaseDate, m.progress?.done, m.progress?.total, m.p50, m.p85, m.p95, m.probabilityByRelease, m.status]),
    },
    {
      title: 'Next sprint readiness',
      header: ['Sprint id', 'Sprint', 'Start', 'Tickets', 'Ready', 'Not ready', 'Average score'],
      rows: r === null ? [] : [[r.sprintId, r.sprintName, r.startDate, r.total, r.ready, r.notReady, r.averageScore]],
    },
    {
      title: 'Furthest from ready',
      header: ['Ticket', 'Summary', 'Score', 'Failed checks', 'Sign-off'],
      rows: (r?.furthest ?? []).map((t) => [t.key, t.summary, t.score, t.failedChecks.join(' '), t.signoff]),
    },
  ];
}
