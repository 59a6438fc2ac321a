/**
 * Each file of the trust suite ends by printing one line, `TRUST {"suite": ..., "cases": N, ...}`, with the figures
 * the README's table quotes, so that `npx vitest run --project trust | grep '^TRUST'` reruns the table.
 */
export interface TrustFigures {
  suite: string;
  /** How many cases (operations, payloads, documents, calls) this run tried. */
  cases: number;
  [figure: string]: unknown;
}

export function printTrustLine(figures: TrustFigures): void {
  console.log(`TRUST ${JSON.stringify(figures)}`);
}

/** A fixed fast-check seed per file unless TRUST_SEED is set, so a run can be repeated or varied on purpose. */
export function trustSeed(fixed: number): number {
  const given = Number(process.env.TRUST_SEED);
  return Number.isInteger(given) && given !== 0 ? given : fixed;
}
