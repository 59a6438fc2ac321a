// The weekly client report: a pure builder from computed parts (hours, scope, RAID changes, detected risks,
// milestones, readiness) and its Markdown, HTML, CSV and JSON renderers.
export type {
  EpicHoursInput,
  MilestoneForecast,
  MilestoneInput,
  PersonWeekInput,
  RaidChangesInput,
  ReadinessInput,
  ReportRange,
  ReportSprintInput,
  WeeklyReportInput,
} from './report-input';
export type {
  MilestoneStatus,
  ReportEpicHours,
  ReportHoursRow,
  ReportMilestone,
  ReportPeriod,
  ReportPersonHours,
  ReportRaid,
  ReportRaidChange,
  ReportReadiness,
  ReportRisk,
  ReportSprint,
  WeeklyReport,
} from './weekly-report';
export { buildWeeklyReport, DEFAULT_RAID_UNAVAILABLE_REASON, type ReportError } from './build-weekly-report';
export { fieldWords, raidChangeSummary } from './raid-change-summary';
export { weeklyReportMarkdown } from './report-markdown';
export { weeklyReportHtml } from './report-html';
export { CSV_SECTION_TITLES, weeklyReportCsv } from './report-csv';
export { REPORT_JSON_FORMAT, REPORT_JSON_VERSION, weeklyReportJson, weeklyReportJsonValue, type WeeklyReportJson } from './report-json';
export { renderWeeklyReport, REPORT_FORMATS, type ReportFormat } from './render-report';
