/** A sprint's dates in words: "25 Nov – 9 Dec · ends in 2 days", or when a closed one was completed. */
import { formatInstantDay, relativeDays } from '../../common/calendar-dates';
import type { SprintScopeSummary } from '../../project-page-api';

const DAY_MS = 86_400_000;

export function sprintSpan(sprint: Pick<SprintScopeSummary, 'startDate' | 'endDate' | 'completeDate'>): string {
  const start = sprint.startDate ? formatInstantDay(sprint.startDate) : 'not started';
  const end = sprint.completeDate ?? sprint.endDate;
  return end ? `${start} – ${formatInstantDay(end)}` : start;
}

export function sprintDates(sprint: Pick<SprintScopeSummary, 'state' | 'startDate' | 'endDate' | 'completeDate'>, nowMs: number): string {
  if (sprint.state === 'active') {
    if (!sprint.endDate) return `Started ${sprint.startDate ? formatInstantDay(sprint.startDate) : ''}, no end date`;
    const days = Math.ceil((Date.parse(sprint.endDate) - nowMs) / DAY_MS);
    const when = days < 0 ? `was due to end ${relativeDays(days)}` : `ends ${relativeDays(days)}`;
    return `${sprintSpan(sprint)} · ${when}`;
  }
  const planned = sprint.endDate && sprint.completeDate && sprint.endDate.slice(0, 10) !== sprint.completeDate.slice(0, 10) ? ` (planned to end ${formatInstantDay(sprint.endDate)})` : '';
  return `${sprintSpan({ ...sprint, endDate: null })} · closed${planned}`;
}
