import { daysBetween } from '../weeks';
import type { DetectionContext } from './detection-context';
import type { DetectionFacts } from './detection-facts';
import type { Scale } from '../raid';
import type { Signal } from './signal';
import { days, percent } from './wording';

/**
 * A version whose P85 finish date is after its release date (or beyond the forecast horizon), one signal
 * per version, key `forecast-late:<version id>` (ids, not names: a version can be renamed). The caller
 * passes unreleased versions; a version without a release date has nothing to be late for.
 */
export function detectForecastLate(facts: DetectionFacts, _context: DetectionContext): Signal[] {
  const signals: Signal[] = [];
  for (const version of [...facts.versions].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))) {
    if (version.releaseDate === null || version.p85AfterRelease !== true) continue;
    const late = version.p85 === null ? null : daysBetween(version.releaseDate, version.p85);
    const chance = version.probabilityByRelease === null ? '' : ` The chance to finish by the release date is ${percent(version.probabilityByRelease * 100)}.`;
    signals.push({
      detector: 'forecast-late',
      signalKey: `forecast-late:${version.id}`,
      title: `${version.name} is likely to miss its release date`,
      explanation:
        (late === null || version.p85 === null
          ? `At the current throughput fewer than 85 % of the simulated finishes of ${version.name} come within the forecast horizon; its release date is ${version.releaseDate}.`
          : `85 % of the simulated finishes of ${version.name} fall on or before ${version.p85}, ${days(late)} after its release date ${version.releaseDate}.`) + chance,
      evidence: [],
      proposedLikelihood: likelihoodOf(version.probabilityByRelease, version.p85 === null),
      proposedImpact: late === null ? 5 : late <= 7 ? 3 : late <= 28 ? 4 : 5,
    });
  }
  return signals;
}

/** The lower the chance to make the release date, the likelier the miss. */
function likelihoodOf(probability: number | null, beyondHorizon: boolean): Scale {
  if (beyondHorizon) return 5;
  if (probability === null) return 4;
  if (probability >= 0.7) return 2;
  if (probability >= 0.5) return 3;
  if (probability >= 0.25) return 4;
  return 5;
}
