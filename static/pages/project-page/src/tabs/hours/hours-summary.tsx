/** The hours in four figures: all logged, last complete week, this week so far, the recent weekly mean. */
import { Inline } from '@atlaskit/primitives';
import { StatTile } from '../../../../../shared/ui/stat-tile';
import { hoursText, sumHours } from '../../common/format-hours';
import { shortWeek, weekDates, weekOffset } from '../../common/week-label';
import type { HoursView } from '../../project-page-api';

const RECENT_WEEKS = 4;

function weekHours(view: HoursView, week: string | null): number {
  return week === null ? 0 : sumHours(view.rows.filter((r) => r.week === week).map((r) => r.hours));
}

export function HoursSummary({ view }: { view: HoursView }) {
  const lastWeek = weekOffset(view.currentWeek, -1);
  const recent = view.weeks.filter((w) => w < view.currentWeek).slice(-RECENT_WEEKS);
  const mean = recent.length > 0 ? Math.round((sumHours(recent.map((w) => weekHours(view, w))) / recent.length) * 10) / 10 : null;
  const people = new Set(view.rows.map((r) => r.accountId)).size;
  const first = view.weeks[0];
  return (
    <Inline space="space.150" shouldWrap testId="hours-summary">
      <StatTile label="Logged" value={hoursText(view.totalHours)} detail={first ? `Since ${shortWeek(first, true)} by ${people} ${people === 1 ? 'person' : 'people'}` : 'Nothing logged yet'} testId="hours-total" />
      <StatTile label="Last week" value={hoursText(weekHours(view, lastWeek))} detail={lastWeek ? `${shortWeek(lastWeek)}, ${weekDates(lastWeek)}` : undefined} testId="hours-last-week" />
      <StatTile label="This week so far" value={hoursText(weekHours(view, view.currentWeek))} detail={`${shortWeek(view.currentWeek)}, ${weekDates(view.currentWeek)}`} testId="hours-this-week" />
      <StatTile label="Weekly average" value={mean === null ? '—' : hoursText(mean)} detail={recent.length > 0 ? `Over the last ${recent.length} complete weeks` : 'No complete week yet'} testId="hours-average" />
    </Inline>
  );
}
