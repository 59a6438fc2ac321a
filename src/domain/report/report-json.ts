import type { WeeklyReport } from './weekly-report';

export const REPORT_JSON_FORMAT = 'accord-weekly-report';
export const REPORT_JSON_VERSION = 1;

/** The JSON document: the report as it is, with its format name and version first, so a reader can check them. */
export type WeeklyReportJson = { readonly format: typeof REPORT_JSON_FORMAT; readonly version: typeof REPORT_JSON_VERSION } & WeeklyReport;

export function weeklyReportJsonValue(report: WeeklyReport): WeeklyReportJson {
  return { format: REPORT_JSON_FORMAT, version: REPORT_JSON_VERSION, ...report };
}

/** The report as JSON text, indented by 2, ending with a line break. */
export function weeklyReportJson(report: WeeklyReport): string {
  return `${JSON.stringify(weeklyReportJsonValue(report), null, 2)}\n`;
}
