import type { ChangeAuthor, FieldChange, ScopeIssue, Sprint } from '../../../src/domain/scope';

export const DAY = 86_400_000;
export const S10_START = Date.parse('2026-11-02T09:00:00Z');
export const S10_COMPLETE = Date.parse('2026-11-13T17:00:00Z');
export const S11_START = Date.parse('2026-11-16T09:00:00Z');
export const S11_COMPLETE = Date.parse('2026-11-27T17:00:00Z');

export const sprint10: Sprint = {
  id: 10,
  name: 'Sprint 10',
  state: 'closed',
  startDate: new Date(S10_START).toISOString(),
  endDate: '2026-11-13T09:00:00.000Z',
  completeDate: new Date(S10_COMPLETE).toISOString(),
};
export const sprint11: Sprint = {
  id: 11,
  name: 'Sprint 11',
  state: 'closed',
  startDate: new Date(S11_START).toISOString(),
  endDate: '2026-11-27T09:00:00.000Z',
  completeDate: new Date(S11_COMPLETE).toISOString(),
};

export const MILO: ChangeAuthor = { accountId: 'acc-milo' };
export const DANA: ChangeAuthor = { accountId: 'acc-dana' };

export const TODO = '10000';
export const IN_PROGRESS = '3';
export const DONE = '10001';
export const doneStatusIds = [DONE];

export function sprintChange(atMs: number, from: string, to: string, by: ChangeAuthor | null = MILO): FieldChange {
  return { atMs, by, field: 'sprint', from, to };
}
export function estimateChange(atMs: number, from: string | null, to: string | null, by: ChangeAuthor | null = DANA): FieldChange {
  return { atMs, by, field: 'estimate', from, to };
}
export function statusChange(atMs: number, from: string, to: string, by: ChangeAuthor | null = DANA): FieldChange {
  return { atMs, by, field: 'status', from, to };
}

export function issue(
  key: string,
  options: { createdMs?: number; sprintIds?: number[]; estimate?: number | null; statusId?: string; changes?: FieldChange[] } = {},
): ScopeIssue {
  return {
    id: `id-${key}`,
    key,
    summary: `Summary of ${key}`,
    createdMs: options.createdMs ?? S10_START - 10 * DAY,
    current: { sprintIds: options.sprintIds ?? [], estimate: options.estimate ?? null, statusId: options.statusId ?? TODO },
    changes: options.changes ?? [],
  };
}
