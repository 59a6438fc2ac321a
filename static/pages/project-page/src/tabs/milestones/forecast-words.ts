/**
 * A version's forecast in the words a project manager would send: the percentiles by name, the release date
 * at risk, what remains, and what can be done about it. Pure, so the page, the copy button and tests agree.
 */
import { daysBetween, formatDay, relativeDays } from '../../common/calendar-dates';
import type { MilestoneView, MilestonesView } from '../../project-page-api';

export const PERCENTILE_WORDS = {
  p50: { label: 'P50', meaning: 'as likely as not' },
  p85: { label: 'P85', meaning: 'the date to commit to' },
  p95: { label: 'P95', meaning: 'nearly certain' },
} as const;

export type Percentile = keyof typeof PERCENTILE_WORDS;

/** "65 points", "1 issue". */
export function workAmount(n: number, unit: MilestonesView['basis']['unit']): string {
  const rounded = Math.round(n * 10) / 10;
  const word = unit === 'points' ? 'point' : 'issue';
  return `${rounded} ${word}${rounded === 1 ? '' : 's'}`;
}

/** A forecast date, or past the horizon when too few simulated futures finish within it. */
export function forecastDate(version: MilestoneView, p: Percentile): string {
  const forecast = version.forecast;
  if (!forecast) return '—';
  const point = forecast[p];
  return point ? formatDay(point.date) : `after ${formatDay(forecast.horizon.endDate)}`;
}

/** The chance of finishing by the release date, said plainly: "none of the 10,000 simulated futures…". */
export function chanceWords(probability: number | null, trials: number): string {
  if (probability === null) return 'it is unlikely to be done by then';
  if (probability === 0) return `none of the ${trials.toLocaleString('en')} simulated futures has it done by then`;
  if (probability < 0.01) return 'it has less than a 1% chance of being done by then';
  return `it has a ${Math.round(probability * 100)}% chance of being done by then`;
}

/** ", after the 12 points still open in earlier versions": the work the forecast counts before this version's. */
function ahead(workAhead: number, unit: MilestonesView['basis']['unit']): string {
  return workAhead > 0 ? `, after the ${workAmount(workAhead, unit)} still open in earlier versions` : '';
}

export interface RiskMessage {
  title: string;
  body: string;
}

/** The message for a version whose P85 falls after its release date; null for any other version. */
export function atRiskMessage(version: MilestoneView, basis: MilestonesView['basis'], today: string): RiskMessage | null {
  const forecast = version.forecast;
  if (!version.atRisk || !forecast || version.releaseDate === null) return null;
  const release = formatDay(version.releaseDate);
  const days = daysBetween(today, version.releaseDate);
  const due = `${days < 0 ? 'was' : 'is'} due on ${release}, ${relativeDays(days)}`;
  const open = version.progress.issuesTotal - version.progress.issuesDone;
  // The forecast counts the open work of earlier versions first; what is open in this one is the rest.
  const own = Math.max(0, forecast.basis.remaining - version.workAhead);
  if (own === 0) {
    return { title: `${version.name} is done but not released`, body: `All ${version.progress.issuesTotal} issues of ${version.name} are done. It ${due}: release it in Jira, or move the date if it waits for something outside the project.` };
  }
  const pace = `At the pace the team kept over the last ${basis.weeksSampled} weeks`;
  const odds = chanceWords(forecast.probabilityByRelease, basis.trials);
  const commit = forecast.p85
    ? `The date we can commit to with 85% confidence is ${formatDay(forecast.p85.date)}${forecast.p50 ? `; ${formatDay(forecast.p50.date)} is as likely as not` : ''}.`
    : `Fewer than 85% of the simulated futures finish before ${formatDay(forecast.horizon.endDate)}.`;
  const action = !forecast.p85
    ? 'To ship it at all, the version needs less scope or more capacity.'
    : days < 0
      ? `Move the release to ${formatDay(forecast.p85.date)}, or take scope out of the version to ship sooner.`
      : `To keep ${release}, take scope out of the version or add capacity; otherwise move the release to ${formatDay(forecast.p85.date)}.`;
  return {
    title: `${version.name} is likely to miss its release date`,
    body: `${version.name} ${due}. ${pace}, ${odds}. ${commit} ${workAmount(own, basis.unit)} ${own === 1 ? 'is' : 'are'} still open in ${open} ${open === 1 ? 'ticket' : 'tickets'}${ahead(version.workAhead, basis.unit)}. ${action}`,
  };
}
