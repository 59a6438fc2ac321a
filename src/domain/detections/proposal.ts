import type { Scale } from '../raid';

/**
 * How a signal's size becomes a proposed likelihood and impact (the PM can change both when promoting it).
 * The rules are small on purpose, so a PM can predict them; the README has the table per detector.
 */

/** Clamp to the RAID scale. */
export function scale(n: number): Scale {
  return Math.min(5, Math.max(1, Math.round(n))) as Scale;
}

/**
 * Likelihood from a number of tickets (or items): 1 gives 2, 2-3 give 3, 4-6 give 4, 7 or more give 5. More
 * tickets with the same problem make it likelier that at least one hurts.
 */
export function byCount(n: number): Scale {
  if (n >= 7) return 5;
  if (n >= 4) return 4;
  if (n >= 2) return 3;
  return 2;
}

/** One step up when `condition` holds. */
export function raisedIf(base: number, condition: boolean): Scale {
  return scale(condition ? base + 1 : base);
}

/**
 * A level from how far a measure is past a line: 3 just past it, 4 from `step` beyond, 5 from twice `step`
 * beyond.
 */
export function byOvershoot(value: number, line: number, step: number): Scale {
  if (value >= line + 2 * step) return 5;
  if (value >= line + step) return 4;
  return 3;
}
