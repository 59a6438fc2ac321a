// Placeholder until the weekly report is built on its branch; never merged to main as is.
export function WeeklyReportButton() {
  return null;
}
