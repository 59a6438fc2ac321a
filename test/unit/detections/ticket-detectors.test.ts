import { describe, expect, it } from 'vitest';
import { detectBlocked, detectOverdue } from '../../../src/domain/detections';
import { context, done, facts, planned, ticket } from './detection-fixtures';

describe('blocked by unresolved tickets', () => {
  it('one signal per blocked ticket, with the blocker as evidence too', () => {
    const signals = detectBlocked(
      facts({
        tickets: [
          ticket('ACC-15', { blockedBy: [{ key: 'ACC-12', statusName: 'In Progress' }] }),
          ticket('ACC-12', { summary: 'Payment API client' }),
        ],
      }),
      context(),
    );
    expect(signals).toEqual([
      {
        detector: 'blocked',
        signalKey: 'blocked:ACC-15',
        title: 'ACC-15 is blocked by ACC-12',
        explanation: 'ACC-15 (In Progress, in Sprint 7) cannot move on until ACC-12 (In Progress) is resolved.',
        evidence: [
          { key: 'ACC-15', summary: 'Summary of ACC-15', fact: 'In Progress, blocked by ACC-12 (In Progress)' },
          { key: 'ACC-12', summary: 'Payment API client', fact: 'In Progress, blocks ACC-15' },
        ],
        proposedLikelihood: 3,
        proposedImpact: 4,
      },
    ]);
  });

  it('several blockers, one not started: likelihood up; a blocker outside the facts has no summary', () => {
    const [signal] = detectBlocked(
      facts({
        tickets: [
          planned('ACC-20', {
            blockedBy: [
              { key: 'ACC-9', statusName: 'To Do' },
              { key: 'OPS-3', statusName: 'Waiting' },
              { key: 'ACC-9', statusName: 'To Do' },
            ],
          }),
          planned('ACC-9'),
        ],
      }),
      context(),
    );
    expect(signal?.title).toBe('ACC-20 is blocked by 2 unresolved tickets');
    expect(signal?.explanation).toBe(
      'ACC-20 (To Do, planned for Sprint 8) cannot move on until ACC-9 (To Do) and OPS-3 (Waiting) are resolved. Work on a blocker has not started.',
    );
    expect(signal?.evidence.map((e) => [e.key, e.summary])).toEqual([
      ['ACC-20', 'Summary of ACC-20'],
      ['ACC-9', 'Summary of ACC-9'],
      ['OPS-3', ''],
    ]);
    expect([signal?.proposedLikelihood, signal?.proposedImpact]).toEqual([5, 3]);
  });

  it('does not fire for done tickets, blockers shown as done, or tickets outside both sprints', () => {
    const blockedBy = [{ key: 'ACC-1', statusName: 'In Review' }];
    expect(detectBlocked(facts({ tickets: [done('ACC-2', 1, { blockedBy })] }), context())).toEqual([]);
    expect(detectBlocked(facts({ tickets: [ticket('ACC-2', { blockedBy }), done('ACC-1', 0)] }), context())).toEqual([]);
    expect(detectBlocked(facts({ tickets: [ticket('ACC-2', { blockedBy, sprintIds: [] })] }), context())).toEqual([]);
    expect(detectBlocked(facts({ tickets: [ticket('ACC-2', { blockedBy: [{ key: 'ACC-2', statusName: 'To Do' }] })] }), context())).toEqual([]);
  });

  it('on a board without sprints every unfinished ticket is looked at, with the lowest impact', () => {
    const [signal] = detectBlocked(
      facts({ activeSprint: null, nextSprint: null, tickets: [ticket('ACC-2', { sprintIds: [], blockedBy: [{ key: 'ACC-1', statusName: 'In Review' }] })] }),
      context(),
    );
    expect(signal?.explanation).toBe('ACC-2 (In Progress) cannot move on until ACC-1 (In Review) is resolved.');
    expect(signal?.proposedImpact).toBe(2);
  });

  it('the key names the blocked ticket, whatever blocks it', () => {
    const keyWith = (blocker: string) =>
      detectBlocked(facts({ tickets: [ticket('ACC-15', { blockedBy: [{ key: blocker, statusName: 'To Do' }] })] }), context())[0]?.signalKey;
    expect(keyWith('ACC-12')).toBe('blocked:ACC-15');
    expect(keyWith('ACC-13')).toBe('blocked:ACC-15');
  });
});

describe('overdue', () => {
  it('one signal per unfinished ticket due before today', () => {
    const signals = detectOverdue(
      facts({ tickets: [ticket('ACC-3', { dueDate: '2026-11-21', statusName: 'In Review' }), ticket('ACC-4', { dueDate: '2026-11-25' })] }),
      context(),
    );
    expect(signals).toEqual([
      {
        detector: 'overdue',
        signalKey: 'overdue:ACC-3',
        title: 'ACC-3 is 4 days overdue',
        explanation: 'ACC-3 was due on 2026-11-21 and is still In Review, 4 days later, in Sprint 7.',
        evidence: [{ key: 'ACC-3', summary: 'Summary of ACC-3', fact: 'due 2026-11-21, 4 days overdue, In Review' }],
        proposedLikelihood: 4,
        proposedImpact: 4,
      },
    ]);
  });

  it('the due day itself is not overdue; the day after is; done tickets never are', () => {
    expect(detectOverdue(facts({ tickets: [ticket('ACC-1', { dueDate: '2026-11-25' })] }), context())).toEqual([]);
    expect(detectOverdue(facts({ tickets: [ticket('ACC-1', { dueDate: '2026-11-24' })] }), context())[0]?.title).toBe('ACC-1 is 1 day overdue');
    expect(detectOverdue(facts({ tickets: [done('ACC-1', 3, { dueDate: '2026-01-01' })] }), context())).toEqual([]);
    expect(detectOverdue(facts({ tickets: [ticket('ACC-1')] }), context())).toEqual([]);
  });

  it('today is the date in the project zone', () => {
    const tickets = [ticket('ACC-1', { dueDate: '2026-11-25' })];
    // 23:30 UTC on the 25th is already the 26th in Berlin.
    const late = Date.parse('2026-11-25T23:30:00Z');
    expect(detectOverdue(facts({ tickets }), context({}, late, 'UTC'))).toEqual([]);
    expect(detectOverdue(facts({ tickets }), context({}, late, 'Europe/Berlin'))[0]?.title).toBe('ACC-1 is 1 day overdue');
  });

  it('likelihood grows with the days late; impact is higher in the active sprint; the key stays', () => {
    const at = (dueDate: string, sprintIds = [7]) => {
      const [s] = detectOverdue(facts({ tickets: [ticket('ACC-1', { dueDate, sprintIds })] }), context());
      return [s?.proposedLikelihood, s?.proposedImpact, s?.signalKey];
    };
    expect(at('2026-11-23')).toEqual([3, 4, 'overdue:ACC-1']);
    expect(at('2026-11-22')).toEqual([4, 4, 'overdue:ACC-1']);
    expect(at('2026-11-18')).toEqual([4, 4, 'overdue:ACC-1']);
    expect(at('2026-11-17', [])).toEqual([5, 3, 'overdue:ACC-1']);
  });

  it('a ticket overdue in the backlog counts too', () => {
    expect(detectOverdue(facts({ activeSprint: null, tickets: [ticket('ACC-1', { sprintIds: [], dueDate: '2026-11-01' })] }), context())).toHaveLength(1);
  });
});
