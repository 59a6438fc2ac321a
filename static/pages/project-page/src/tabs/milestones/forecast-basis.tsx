/** What the forecasts rest on, in words: weeks of throughput sampled, the unit, the number of trials, and how far they can be trusted. */
import { Stack, Text } from '@atlaskit/primitives';
import type { MilestonesView } from '../../project-page-api';
import { overallTrackRecord, trackRecordWords } from './track-record';

export function ForecastBasis({ view }: { view: MilestonesView }) {
  const { basis } = view;
  const record = overallTrackRecord(view.versions);
  const unit = basis.unit === 'points' ? 'story points' : 'issues';
  return (
    <Stack space="space.050" testId="forecast-basis">
      <Text color="color.text.subtle">
        {basis.weeksSampled === 0
          ? 'Forecasts start once the project has a closed sprint: they replay the team\u2019s own pace.'
          : `Each forecast replays ${basis.trials.toLocaleString('en')} possible futures, week by week, drawing from the ${unit} the team finished in each of the last ${basis.weeksSampled} weeks of closed sprints, and from how much each version grew per week until its release date. Versions are forecast in their order, each after the open work of the ones before it. P50 is as likely as not, P85 is the date to commit to, P95 is nearly certain.`}
      </Text>
      <Text color="color.text.subtle" testId="track-record">
        {trackRecordWords(record)}
      </Text>
    </Stack>
  );
}
