/**
 * Numbers as typed in the form, checked on save against the bounds the backend enforces, with a message
 * that says what to enter. A value is kept as text until then, so a half-typed number is not lost.
 */
export type Parsed = { value: number } | { error: string };

export interface Bounds {
  min: number;
  max: number;
}

export function wholeNumber(text: string, bounds: Bounds, what: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { error: `Enter ${what}.` };
  if (!/^\d+$/.test(trimmed)) return { error: `Enter ${what} as a whole number from ${bounds.min} to ${bounds.max}.` };
  const value = Number(trimmed);
  if (value < bounds.min || value > bounds.max) return { error: `Enter ${what} from ${bounds.min} to ${bounds.max}.` };
  return { value };
}

/** A number that may have decimals (a percentage, hours): "12.5" or "12,5". */
export function decimalNumber(text: string, bounds: Bounds, what: string): Parsed {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { error: `Enter ${what}.` };
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return { error: `Enter ${what} as a number from ${bounds.min} to ${bounds.max}.` };
  const value = Number(trimmed);
  if (value < bounds.min || value > bounds.max) return { error: `Enter ${what} from ${bounds.min} to ${bounds.max}.` };
  return { value };
}
