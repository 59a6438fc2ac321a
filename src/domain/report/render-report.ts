import { weeklyReportCsv } from './report-csv';
import { weeklyReportHtml } from './report-html';
import { weeklyReportJson } from './report-json';
import { weeklyReportMarkdown } from './report-markdown';
import type { WeeklyReport } from './weekly-report';

export const REPORT_FORMATS = ['markdown', 'html', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The report in one of the formats (what `accord report --format` and the page's export choose between). */
export function renderWeeklyReport(report: WeeklyReport, format: ReportFormat): string {
  switch (format) {
    case 'markdown':
      return weeklyReportMarkdown(report);
    case 'html':
      return weeklyReportHtml(report);
    case 'csv':
      return weeklyReportCsv(report);
    case 'json':
      return weeklyReportJson(report);
  }
}
