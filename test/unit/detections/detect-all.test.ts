import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DETECTION_SETTINGS,
  detectAll,
  DETECTOR_IDS,
  DETECTORS,
  linkableIssueKeys,
  parseDetectionSettings,
  signalCleared,
  signalScore,
  type DetectionFacts,
  type Signal,
  type TicketFact,
} from '../../../src/domain/detections';
import { create } from '../raid/raid-fixtures';
import { DAY, done, facts, NOW, planned, ticket } from './detection-fixtures';

function signalsOf(input: DetectionFacts, settings?: unknown, timeZone = 'UTC'): Signal[] {
  const result = detectAll(input, settings as never, { nowMs: NOW, timeZone });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const busy = facts({
  tickets: [
    ticket('ACC-1', { dueDate: '2026-11-10' }),
    ticket('ACC-2', { blockedBy: [{ key: 'ACC-1', statusName: 'In Progress' }] }),
    ticket('ACC-3', { updatedMs: NOW - 8 * DAY }),
    done('ACC-4', 1, { signoffState: 'pending' }),
    planned('ACC-5', { estimate: null, readiness: { score: 20, ready: false, failedChecks: ['ac.missing'] } }),
  ],
  activeScope: { sprintId: 7, committedPoints: 10, addedPoints: 5, added: [] },
  burn: { percentUsed: 70, percentDone: 30 },
  versions: [{ id: 'v1', name: 'Release 2.0', releaseDate: '2026-12-01', p85: '2026-12-20', p85AfterRelease: true, probabilityByRelease: 0.3 }],
  raidItems: [create({ kind: 'assumption', title: 'Data arrives', validateBy: '2026-11-01' }, 1), create({ kind: 'risk', title: 'Vendor', likelihood: 2, impact: 2, nextReviewDate: '2026-11-02' }, 1)],
});

describe('detectAll', () => {
  it('runs every detector, highest proposed score first, then by title', () => {
    const signals = signalsOf(busy);
    expect(new Set(signals.map((s) => s.detector))).toEqual(new Set(DETECTOR_IDS));
    // Each level follows the README's rules: e.g. ACC-1 is 15 days late (likelihood 5) in the active sprint (impact 4).
    expect(signals.map((s) => [signalScore(s), s.signalKey])).toEqual([
      [20, 'overdue:ACC-1'],
      [20, 'scope-added:sprint-7'],
      [16, 'forecast-late:v1'],
      [15, 'burn-ahead'],
      [12, 'blocked:ACC-2'],
      [8, 'unready:sprint-8'],
      [6, 'assumption-overdue'],
      [6, 'not-signed-off'],
      [6, 'untouched:sprint-7'],
      [6, 'unestimated:sprint-8'],
      [4, 'review-overdue'],
    ]);
    const tied = signals.filter((s) => signalScore(s) === 6).map((s) => s.title);
    expect(tied).toEqual([
      '1 assumption is past its validate-by date',
      '1 done ticket is not signed off',
      '1 ticket in Sprint 7 has not moved in 5 days',
      '1 ticket in Sprint 8 has no estimate',
    ]);
  });

  it('disabled detectors do not run; thresholds come from the settings', () => {
    const detectors = signalsOf(busy, { disabled: ['burn-ahead', 'overdue'], untouchedDays: 9 }).map((s) => s.detector);
    expect(detectors).not.toContain('burn-ahead');
    expect(detectors).not.toContain('overdue');
    expect(detectors).not.toContain('untouched');
    expect(detectors).toContain('blocked');
  });

  it('a quiet project gives no signals', () => {
    expect(signalsOf(facts({ tickets: [ticket('ACC-1'), planned('ACC-2'), done('ACC-3', 1, { signoffState: 'approved' })] }))).toEqual([]);
  });

  it('a ticket listed twice counts once', () => {
    const twice = facts({ tickets: [ticket('ACC-1', { dueDate: '2026-11-01' }), ticket('ACC-1', { dueDate: '2026-11-01' })] });
    expect(signalsOf(twice).map((s) => s.signalKey)).toEqual(['overdue:ACC-1']);
  });

  it('bad settings, facts or time are errors with the reason', () => {
    const now = { nowMs: NOW, timeZone: 'UTC' };
    expect(detectAll(busy, { untouchedDay: 3 } as never, now)).toMatchObject({ ok: false, error: { code: 'invalid_settings' } });
    expect(detectAll(facts({ tickets: [ticket('ACC-1', { dueDate: '25.11.2026' })] }), {}, now)).toMatchObject({
      ok: false,
      error: { code: 'invalid_facts', message: expect.stringContaining('tickets[0].dueDate') },
    });
    expect(detectAll(busy, {}, { nowMs: NOW, timeZone: 'Mars/Olympus' })).toMatchObject({ ok: false, error: { code: 'invalid_time_zone' } });
    expect(detectAll(busy, {}, { nowMs: Number.NaN })).toMatchObject({ ok: false, error: { code: 'invalid_instant' } });
    expect(detectAll(busy, null, { nowMs: NOW }).ok).toBe(true);
  });

  it('every detector is in DETECTORS under its id, and only its own signals come out', () => {
    expect(Object.keys(DETECTORS)).toEqual([...DETECTOR_IDS]);
    for (const signal of signalsOf(busy)) expect(DETECTOR_IDS).toContain(signal.detector);
  });

  it('law: any tickets give unique keys, levels on the scale, evidence, and a sorted list', () => {
    const ticketArb = fc.record({
      n: fc.integer({ min: 1, max: 30 }),
      category: fc.constantFrom('new', 'indeterminate', 'done', 'undefined'),
      due: fc.option(fc.integer({ min: -40, max: 40 }), { nil: null }),
      idle: fc.integer({ min: 0, max: 40 }),
      resolvedAgo: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      estimate: fc.option(fc.integer({ min: 0, max: 13 }), { nil: null }),
      sprint: fc.constantFrom([], [7], [8]),
      blockers: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 3 }),
      signoff: fc.constantFrom(null, 'pending', 'approved', 'changes_requested', 'stale'),
      ready: fc.option(fc.boolean(), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 25 }), fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 100 }), (rows, used, doneShare) => {
        const tickets: TicketFact[] = rows.map((r) =>
          ticket(`ACC-${r.n}`, {
            statusCategory: r.category as TicketFact['statusCategory'],
            dueDate: r.due === null ? null : new Date(NOW + r.due * DAY).toISOString().slice(0, 10),
            updatedMs: NOW - r.idle * DAY,
            resolvedMs: r.resolvedAgo === null ? null : NOW - r.resolvedAgo * DAY,
            estimate: r.estimate,
            sprintIds: r.sprint,
            blockedBy: r.blockers.map((b) => ({ key: `ACC-${b}`, statusName: 'To Do' })),
            signoffState: r.signoff as TicketFact['signoffState'],
            readiness: r.ready === null ? null : { score: r.ready ? 90 : 30, ready: r.ready, failedChecks: [] },
          }),
        );
        const signals = signalsOf(facts({ tickets, burn: { percentUsed: used, percentDone: doneShare } }));
        expect(new Set(signals.map((s) => s.signalKey)).size).toBe(signals.length);
        for (const s of signals) {
          expect(s.proposedLikelihood).toBeGreaterThanOrEqual(1);
          expect(s.proposedLikelihood).toBeLessThanOrEqual(5);
          expect(s.proposedImpact).toBeGreaterThanOrEqual(1);
          expect(s.proposedImpact).toBeLessThanOrEqual(5);
          expect(s.title).not.toBe('');
          if (s.detector !== 'burn-ahead') expect(s.evidence.length).toBeGreaterThan(0);
        }
        for (let i = 1; i < signals.length; i++) expect(signalScore(signals[i - 1] as Signal)).toBeGreaterThanOrEqual(signalScore(signals[i] as Signal));
      }),
      { numRuns: 150 },
    );
  });
});

describe('settings', () => {
  it('defaults, a subset merged over them, and unknown or bad values refused', () => {
    expect(parseDetectionSettings(undefined)).toEqual({ ok: true, value: DEFAULT_DETECTION_SETTINGS });
    expect(DEFAULT_DETECTION_SETTINGS).toMatchObject({ untouchedDays: 5, scopeAddedPercent: 20, burnMarginPoints: 10, recentlyResolvedDays: 14 });
    expect(parseDetectionSettings({ untouchedDays: 3, disabled: ['overdue'] })).toEqual({ ok: true, value: { ...DEFAULT_DETECTION_SETTINGS, untouchedDays: 3, disabled: ['overdue'] } });
    expect(parseDetectionSettings({ untouchedDays: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_settings', message: expect.stringContaining('untouchedDays') } });
    expect(parseDetectionSettings({ untouchedDays: 2.5 }).ok).toBe(false);
    expect(parseDetectionSettings({ burnMarginPoints: -1 }).ok).toBe(false);
    expect(parseDetectionSettings({ disabled: ['no-such-detector'] }).ok).toBe(false);
    expect(parseDetectionSettings({ thresholds: {} })).toMatchObject({ ok: false, error: { message: expect.stringContaining('thresholds') } });
    expect(parseDetectionSettings(DEFAULT_DETECTION_SETTINGS)).toEqual({ ok: true, value: DEFAULT_DETECTION_SETTINGS });
  });
});

describe('signalCleared and linkableIssueKeys', () => {
  it('a promoted item is cleared when no current signal has its detector and key', () => {
    const current = signalsOf(busy);
    expect(signalCleared({ id: 'blocked', signalKey: 'blocked:ACC-2' }, current)).toBe(false);
    expect(signalCleared({ id: 'blocked', signalKey: 'blocked:ACC-99' }, current)).toBe(true);
    expect(signalCleared({ id: 'overdue', signalKey: 'blocked:ACC-2' }, current)).toBe(true);
    expect(signalCleared({ id: 'burn-ahead', signalKey: 'burn-ahead' }, [])).toBe(true);
  });

  it('the same situation keeps its key as its numbers move, so the link holds', () => {
    const later = facts({ ...busy, tickets: busy.tickets.map((t) => (t.key === 'ACC-3' ? { ...t, updatedMs: NOW - 12 * DAY } : t)), activeScope: { sprintId: 7, committedPoints: 10, addedPoints: 9, added: [] } });
    const before = signalsOf(busy).map((s) => s.signalKey).sort();
    const after = signalsOf(later).map((s) => s.signalKey).sort();
    expect(after).toEqual(before);
    const link = { id: 'untouched', signalKey: 'untouched:sprint-7' };
    expect(signalCleared(link, signalsOf(later))).toBe(false);
    const moved = facts({ ...busy, tickets: busy.tickets.map((t) => ({ ...t, updatedMs: NOW })) });
    expect(signalCleared(link, signalsOf(moved))).toBe(true);
  });

  it('only Jira issue keys are linkable, each once', () => {
    expect(
      linkableIssueKeys({
        evidence: [
          { key: 'ACC-2', summary: '', fact: '' },
          { key: 'ACC-1', summary: '', fact: '' },
          { key: 'ACC-2', summary: '', fact: '' },
          { key: 'A-3', summary: '', fact: '' },
        ],
      }),
    ).toEqual(['ACC-2', 'ACC-1']);
  });
});
