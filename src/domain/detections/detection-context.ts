import { ok, type Result } from '../criteria/result';
import { localDateOf, validTimeZone, type LocalDate } from '../weeks';
import type { DetectionSettings } from './detection-settings';

/** When the detection runs and the project's zone: "today" is the local date of `nowMs` there. */
export interface Today {
  readonly nowMs: number;
  /** IANA zone (the project manager's setting); UTC when absent. */
  readonly timeZone?: string;
}

/** What every detector gets beside the facts: settings, and the moment as an instant and a local date. */
export interface DetectionContext {
  readonly settings: DetectionSettings;
  readonly nowMs: number;
  readonly timeZone: string;
  readonly today: LocalDate;
  /** The local date of an instant in the project's zone. */
  readonly dateOf: (instantMs: number) => LocalDate;
}

export function detectionContext(settings: DetectionSettings, today: Today): Result<DetectionContext, 'invalid_time_zone' | 'invalid_instant'> {
  const zone = validTimeZone(today.timeZone);
  if (!zone.ok) return zone;
  const date = localDateOf(today.nowMs, zone.value);
  if (!date.ok) return date;
  const dateOf = (instantMs: number): LocalDate => {
    const local = localDateOf(instantMs, zone.value);
    // The facts' instants are checked finite and the zone is valid, so this always succeeds.
    return local.ok ? local.value : date.value;
  };
  return ok({ settings, nowMs: today.nowMs, timeZone: zone.value, today: date.value, dateOf });
}
