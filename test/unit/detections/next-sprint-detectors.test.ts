import { describe, expect, it } from 'vitest';
import { detectUnestimatedNextSprint, detectUnreadyNextSprint } from '../../../src/domain/detections';
import { context, done, facts, planned, ticket } from './detection-fixtures';

const unready = (score: number, failedChecks: string[] = ['ac.missing']) => ({ score, ready: false, failedChecks });

describe('unready tickets in the next sprint', () => {
  it('one signal for the sprint, with a row per unready ticket and its failed checks', () => {
    const signals = detectUnreadyNextSprint(
      facts({
        tickets: [
          planned('ACC-10', { readiness: unready(45, ['ac.missing', 'estimate.missing']) }),
          planned('ACC-2', { readiness: unready(60, []) }),
          planned('ACC-3'),
          ticket('ACC-4', { readiness: unready(10) }),
        ],
      }),
      context(),
    );
    expect(signals).toEqual([
      {
        detector: 'unready-next-sprint',
        signalKey: 'unready:sprint-8',
        title: '2 tickets in Sprint 8 are not ready',
        explanation: '2 of the 3 open tickets planned for Sprint 8 (starts 2026-11-30) fail the Definition of Ready.',
        evidence: [
          { key: 'ACC-2', summary: 'Summary of ACC-2', fact: 'score 60, below the threshold' },
          { key: 'ACC-10', summary: 'Summary of ACC-10', fact: 'score 45; fails ac.missing, estimate.missing' },
        ],
        proposedLikelihood: 3,
        proposedImpact: 4,
      },
    ]);
  });

  it('does not fire when every checked ticket is ready, for done tickets, or without a next sprint', () => {
    expect(detectUnreadyNextSprint(facts({ tickets: [planned('ACC-1'), planned('ACC-2', { readiness: null })] }), context())).toEqual([]);
    expect(detectUnreadyNextSprint(facts({ tickets: [done('ACC-1', 1, { sprintIds: [8], readiness: unready(5) })] }), context())).toEqual([]);
    expect(detectUnreadyNextSprint(facts({ nextSprint: null, tickets: [planned('ACC-1', { readiness: unready(5) })] }), context())).toEqual([]);
  });

  it('unchecked tickets are not evidence, but the explanation counts them', () => {
    const [signal] = detectUnreadyNextSprint(
      facts({ tickets: [planned('ACC-1', { readiness: unready(5) }), planned('ACC-2', { readiness: null }), planned('ACC-3', { readiness: null })] }),
      context(),
    );
    expect(signal?.evidence.map((e) => e.key)).toEqual(['ACC-1']);
    expect(signal?.explanation).toContain('2 more tickets have not been checked yet.');
    expect(signal?.title).toBe('1 ticket in Sprint 8 is not ready');
  });

  it('likelihood grows with the count, impact when half the sprint or more is unready; the key stays', () => {
    const many = (n: number, ready: number) => [
      ...Array.from({ length: n }, (_, i) => planned(`ACC-${i + 1}`, { readiness: unready(30) })),
      ...Array.from({ length: ready }, (_, i) => planned(`ACC-${100 + i}`)),
    ];
    const levels = (n: number, ready: number) => {
      const [s] = detectUnreadyNextSprint(facts({ tickets: many(n, ready) }), context());
      return [s?.proposedLikelihood, s?.proposedImpact, s?.signalKey];
    };
    expect(levels(1, 5)).toEqual([2, 3, 'unready:sprint-8']);
    expect(levels(3, 5)).toEqual([3, 3, 'unready:sprint-8']);
    expect(levels(4, 4)).toEqual([4, 4, 'unready:sprint-8']);
    expect(levels(7, 0)).toEqual([5, 4, 'unready:sprint-8']);
  });
});

describe('unestimated tickets in the next sprint', () => {
  it('one signal for the sprint; sub-tasks and epics are exempt by default, in any case', () => {
    const signals = detectUnestimatedNextSprint(
      facts({
        tickets: [
          planned('ACC-1', { estimate: null }),
          planned('ACC-2', { estimate: null, type: 'sub-task' }),
          planned('ACC-3', { estimate: null, type: 'Epic' }),
          planned('ACC-4', { estimate: 0 }),
          planned('ACC-5'),
          ticket('ACC-6', { estimate: null }),
        ],
      }),
      context(),
    );
    expect(signals).toEqual([
      {
        detector: 'unestimated-next-sprint',
        signalKey: 'unestimated:sprint-8',
        title: '1 ticket in Sprint 8 has no estimate',
        explanation: "1 of the 3 open tickets planned for Sprint 8 has no story points, so the sprint's load and the forecasts leave it out.",
        evidence: [{ key: 'ACC-1', summary: 'Summary of ACC-1', fact: 'Story, To Do, no story points' }],
        proposedLikelihood: 2,
        proposedImpact: 2,
      },
    ]);
  });

  it('an estimate of 0 is an estimate; exempt types are a setting', () => {
    expect(detectUnestimatedNextSprint(facts({ tickets: [planned('ACC-1', { estimate: 0 })] }), context())).toEqual([]);
    const tickets = [planned('ACC-1', { estimate: null, type: 'Bug' }), planned('ACC-2', { estimate: null, type: 'Epic' })];
    const [signal] = detectUnestimatedNextSprint(facts({ tickets }), context({ estimateExemptTypes: ['bug'] }));
    expect(signal?.evidence.map((e) => e.key)).toEqual(['ACC-2']);
    expect(signal?.proposedImpact).toBe(3);
    expect(signal?.title).toBe('1 ticket in Sprint 8 has no estimate');
  });

  it('does not fire without a next sprint or when done tickets lack estimates', () => {
    expect(detectUnestimatedNextSprint(facts({ nextSprint: null, tickets: [planned('ACC-1', { estimate: null })] }), context())).toEqual([]);
    expect(detectUnestimatedNextSprint(facts({ tickets: [done('ACC-1', 1, { sprintIds: [8], estimate: null })] }), context())).toEqual([]);
  });
});
