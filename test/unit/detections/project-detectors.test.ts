import { describe, expect, it } from 'vitest';
import { detectAssumptionOverdue, detectBurnAhead, detectForecastLate, detectReviewOverdue, type VersionForecastFact } from '../../../src/domain/detections';
import { create, risk, update } from '../raid/raid-fixtures';
import { context, facts } from './detection-fixtures';

describe('hours burning ahead of completion', () => {
  it('fires when budget used minus work done is above the margin; no tickets, the numbers in words', () => {
    const signals = detectBurnAhead(
      facts({ burn: { percentUsed: 62, percentDone: 40, usedHours: 310, totalHours: 500, donePoints: 40, totalPoints: 100 } }),
      context(),
    );
    expect(signals).toEqual([
      {
        detector: 'burn-ahead',
        signalKey: 'burn-ahead',
        title: 'Hours are burning ahead of the work: 62 % used, 40 % done',
        explanation:
          '62 % of the hour budget is used (310 of 500 hours) but 40 % of the work is done (40 of 100 points): 22 points apart, more than the margin of 10. At this rate the budget runs out before the work is finished.',
        evidence: [],
        proposedLikelihood: 4,
        proposedImpact: 3,
      },
    ]);
  });

  it('the margin edge: exactly at it does not fire; burn behind work never does', () => {
    expect(detectBurnAhead(facts({ burn: { percentUsed: 50, percentDone: 40 } }), context())).toEqual([]);
    expect(detectBurnAhead(facts({ burn: { percentUsed: 50.1, percentDone: 40 } }), context())[0]?.explanation).toMatch(/^50.1 % of the hour budget is used but 40 % of the work is done: 10.1 points apart/u);
    expect(detectBurnAhead(facts({ burn: { percentUsed: 20, percentDone: 80 } }), context())).toEqual([]);
    expect(detectBurnAhead(facts({ burn: null }), context())).toEqual([]);
    expect(detectBurnAhead(facts({ burn: { percentUsed: 50, percentDone: 40 } }), context({ burnMarginPoints: 5 }))).toHaveLength(1);
  });

  it('a larger gap proposes a higher likelihood, a budget nearly or fully used a higher impact', () => {
    const levels = (percentUsed: number, percentDone: number) => {
      const [s] = detectBurnAhead(facts({ burn: { percentUsed, percentDone } }), context());
      return [s?.proposedLikelihood, s?.proposedImpact, s?.signalKey];
    };
    expect(levels(31, 20)).toEqual([3, 3, 'burn-ahead']);
    expect(levels(50, 30)).toEqual([4, 3, 'burn-ahead']);
    expect(levels(80, 50)).toEqual([5, 4, 'burn-ahead']);
    expect(levels(110, 60)).toEqual([5, 5, 'burn-ahead']);
  });
});

describe('a version whose P85 is after its release date', () => {
  const version = (overrides: Partial<VersionForecastFact> = {}): VersionForecastFact => ({
    id: '10020',
    name: 'Release 2.0',
    releaseDate: '2026-12-01',
    p85: '2026-12-15',
    p85AfterRelease: true,
    probabilityByRelease: 0.41,
    ...overrides,
  });

  it('one signal per late version, keyed by the version id', () => {
    expect(detectForecastLate(facts({ versions: [version(), version({ id: '10021', name: 'Release 1.9', p85AfterRelease: false, p85: '2026-11-28' })] }), context())).toEqual([
      {
        detector: 'forecast-late',
        signalKey: 'forecast-late:10020',
        title: 'Release 2.0 is likely to miss its release date',
        explanation: '85 % of the simulated finishes of Release 2.0 fall on or before 2026-12-15, 14 days after its release date 2026-12-01. The chance to finish by the release date is 41 %.',
        evidence: [],
        proposedLikelihood: 4,
        proposedImpact: 4,
      },
    ]);
  });

  it('beyond the horizon: the top levels, in words', () => {
    const [signal] = detectForecastLate(facts({ versions: [version({ p85: null, probabilityByRelease: 0 })] }), context());
    expect(signal?.explanation).toBe(
      'At the current throughput fewer than 85 % of the simulated finishes of Release 2.0 come within the forecast horizon; its release date is 2026-12-01. The chance to finish by the release date is 0 %.',
    );
    expect([signal?.proposedLikelihood, signal?.proposedImpact]).toEqual([5, 5]);
  });

  it('levels follow the chance by release and the days late; no release date or on time never fires', () => {
    const levels = (p85: string, probabilityByRelease: number | null) => {
      const [s] = detectForecastLate(facts({ versions: [version({ p85, probabilityByRelease })] }), context());
      return [s?.proposedLikelihood, s?.proposedImpact];
    };
    expect(levels('2026-12-02', 0.8)).toEqual([2, 3]);
    expect(levels('2026-12-08', 0.5)).toEqual([3, 3]);
    expect(levels('2026-12-29', 0.24)).toEqual([5, 4]);
    expect(levels('2026-12-30', null)).toEqual([4, 5]);
    expect(detectForecastLate(facts({ versions: [version({ releaseDate: null, p85AfterRelease: null })] }), context())).toEqual([]);
    expect(detectForecastLate(facts({ versions: [version({ p85AfterRelease: false })] }), context())).toEqual([]);
  });
});

describe('RAID items past their dates', () => {
  const a1 = create({ kind: 'assumption', title: 'Client provides test data', validateBy: '2026-11-20' }, 1);
  const a2 = create({ kind: 'assumption', title: 'Vendor keeps the API', validateBy: '2026-11-24' }, 2);
  const a3 = create({ kind: 'assumption', title: 'Due today', validateBy: '2026-11-25' }, 3);
  const a4 = update(create({ kind: 'assumption', title: 'Checked', validateBy: '2026-11-01' }, 4), { status: 'validated' }).item;

  it('assumptions past validate-by: one signal, oldest first, labels as evidence keys', () => {
    expect(detectAssumptionOverdue(facts({ raidItems: [a2, a3, a4, a1] }), context())).toEqual([
      {
        detector: 'assumption-overdue',
        signalKey: 'assumption-overdue',
        title: '2 assumptions are past their validate-by date',
        explanation: 'A-1 and A-2 are still unvalidated after the date set to check them; the oldest, A-1, by 5 days. Plans resting on an unchecked assumption may be wrong.',
        evidence: [
          { key: 'A-1', summary: 'Client provides test data', fact: 'validate by 2026-11-20, 5 days ago' },
          { key: 'A-2', summary: 'Vendor keeps the API', fact: 'validate by 2026-11-24, 1 day ago' },
        ],
        proposedLikelihood: 3,
        proposedImpact: 3,
      },
    ]);
    expect(detectAssumptionOverdue(facts({ raidItems: [a3, a4] }), context())).toEqual([]);
  });

  it('risks past their review date: impact is the highest impact among them; closed risks never count', () => {
    const r1 = risk({ title: 'Key developer leaves', impact: 5, likelihood: 2, nextReviewDate: '2026-11-16' }, 1);
    const r2 = risk({ title: 'Vendor API changes', impact: 3, nextReviewDate: '2026-11-24' }, 2);
    const r3 = risk({ title: 'Closed', impact: 5, status: 'closed', nextReviewDate: '2026-10-01' }, 3);
    const r4 = risk({ title: 'Review today', nextReviewDate: '2026-11-25' }, 4);
    expect(detectReviewOverdue(facts({ raidItems: [r2, r3, r4, r1, a1] }), context())).toEqual([
      {
        detector: 'review-overdue',
        signalKey: 'review-overdue',
        title: '2 risks are past their review date',
        explanation: 'R-1 and R-2 are past their next review date; the oldest, R-1, by 9 days. A risk nobody looked at may have grown.',
        evidence: [
          { key: 'R-1', summary: 'Key developer leaves', fact: 'review due 2026-11-16, 9 days ago; score 10' },
          { key: 'R-2', summary: 'Vendor API changes', fact: 'review due 2026-11-24, 1 day ago; score 9' },
        ],
        proposedLikelihood: 3,
        proposedImpact: 5,
      },
    ]);
    const [one] = detectReviewOverdue(facts({ raidItems: [r2] }), context());
    expect([one?.title, one?.proposedLikelihood, one?.proposedImpact]).toEqual(['1 risk is past its review date', 2, 3]);
    expect(detectReviewOverdue(facts({ raidItems: [r3, r4] }), context())).toEqual([]);
  });
});
