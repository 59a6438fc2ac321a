import { describe, expect, it } from 'vitest';
import { summarizeSprint, type TicketReadiness } from '../../../src/domain/readiness-summary/summarize-sprint';

const t = (key: string, score: number, ready: boolean, failedChecks: string[] = []): TicketReadiness => ({ key, summary: key, score, ready, failedChecks, signoff: null });

describe('summarizeSprint', () => {
  it('counts ready and not ready, and averages scores', () => {
    const s = summarizeSprint([t('A-1', 100, true), t('A-2', 40, false, ['ac.missing']), t('A-3', 61, false, ['ac.missing', 'estimate.missing'])]);
    expect(s).toMatchObject({ total: 3, ready: 1, notReady: 2, averageScore: 67 });
  });
  it('lists the furthest from ready, lowest score first, ready ones excluded', () => {
    const s = summarizeSprint([t('A-1', 30, false), t('A-2', 10, false), t('A-3', 5, true), t('A-4', 10, false)], 2);
    expect(s.furthest.map((x) => x.key)).toEqual(['A-2', 'A-4']);
  });
  it('ranks the checks that fail most, counting a ticket once per check', () => {
    const s = summarizeSprint([t('A-1', 0, false, ['b', 'a', 'a']), t('A-2', 0, false, ['a']), t('A-3', 0, false, ['c'])]);
    expect(s.failingChecks).toEqual([
      { check: 'a', tickets: 2 },
      { check: 'b', tickets: 1 },
      { check: 'c', tickets: 1 },
    ]);
  });
  it('handles an empty sprint', () => {
    expect(summarizeSprint([])).toEqual({ total: 0, ready: 0, notReady: 0, averageScore: null, furthest: [], failingChecks: [] });
  });
});
