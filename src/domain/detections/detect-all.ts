import { z } from 'zod';
import { fail, ok, type Result } from '../criteria/result';
import { detectAssumptionOverdue, detectReviewOverdue } from './raid-overdue';
import { detectBlocked } from './blocked';
import { detectBurnAhead } from './burn-ahead';
import { detectionContext, type Today } from './detection-context';
import { detectionFactsSchema, type DetectionFacts, type TicketFact } from './detection-facts';
import { parseDetectionSettings, type DetectionSettings, type DetectionSettingsInput } from './detection-settings';
import type { DetectorId } from './detector-ids';
import { detectForecastLate } from './forecast-late';
import { detectNotSignedOff } from './not-signed-off';
import { detectOverdue } from './overdue';
import { detectScopeAdded } from './scope-added';
import { signalScore, type Signal } from './signal';
import type { Detector } from './tickets';
import { detectUnestimatedNextSprint } from './unestimated-next-sprint';
import { detectUnreadyNextSprint } from './unready-next-sprint';
import { detectUntouched } from './untouched';

/** Every detector by id, in DETECTOR_IDS order. */
export const DETECTORS: Readonly<Record<DetectorId, Detector>> = {
  'unready-next-sprint': detectUnreadyNextSprint,
  'unestimated-next-sprint': detectUnestimatedNextSprint,
  'not-signed-off': detectNotSignedOff,
  blocked: detectBlocked,
  overdue: detectOverdue,
  untouched: detectUntouched,
  'scope-added': detectScopeAdded,
  'burn-ahead': detectBurnAhead,
  'forecast-late': detectForecastLate,
  'assumption-overdue': detectAssumptionOverdue,
  'review-overdue': detectReviewOverdue,
};

export type DetectionError = 'invalid_settings' | 'invalid_facts' | 'invalid_time_zone' | 'invalid_instant';

/**
 * Runs every detector that is not disabled over the facts and returns the signals, highest proposed score
 * (likelihood x impact) first, then by title and signal key, so the same facts always give the same list.
 * `settings` is the stored subset (merged over the defaults here); the facts are checked first, and a
 * ticket listed twice counts once (the first listing). Bad settings, facts or time are an error, never a
 * throw.
 */
export function detectAll(
  facts: DetectionFacts,
  settings: DetectionSettingsInput | DetectionSettings | null | undefined,
  today: Today,
): Result<Signal[], DetectionError> {
  const parsedSettings = parseDetectionSettings(settings);
  if (!parsedSettings.ok) return parsedSettings;
  const checked = detectionFactsSchema.safeParse(facts);
  if (!checked.success) return fail('invalid_facts', `The detection facts are not usable: ${z.prettifyError(checked.error)}`);
  const context = detectionContext(parsedSettings.value, today);
  if (!context.ok) return context;
  const unique: DetectionFacts = { ...checked.data, tickets: firstOfEachKey(checked.data.tickets) };
  const disabled = new Set(parsedSettings.value.disabled);
  const signals = (Object.entries(DETECTORS) as [DetectorId, Detector][])
    .filter(([id]) => !disabled.has(id))
    .flatMap(([, detect]) => detect(unique, context.value));
  return ok(sortSignals(signals));
}

/** Highest proposed score first, then title, then signal key. */
export function sortSignals(signals: readonly Signal[]): Signal[] {
  return [...signals].sort(
    (a, b) =>
      signalScore(b) - signalScore(a) ||
      a.title.localeCompare(b.title, 'en', { numeric: true }) ||
      (a.signalKey < b.signalKey ? -1 : a.signalKey > b.signalKey ? 1 : 0),
  );
}

function firstOfEachKey(tickets: readonly TicketFact[]): TicketFact[] {
  const seen = new Set<string>();
  return tickets.filter((t) => {
    if (seen.has(t.key)) return false;
    seen.add(t.key);
    return true;
  });
}
