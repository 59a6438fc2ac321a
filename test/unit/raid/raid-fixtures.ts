import { createRaidItem, updateRaidItem, type RaidChange, type RaidCreateInput, type RaidItem, type RaidResult } from '../../../src/domain/raid';

export const MILO = 'acc-milo';
export const PAULA = 'acc-paula';
export const T0 = '2026-11-02T09:00:00.000Z';
export const T1 = '2026-11-03T10:00:00.000Z';
export const T2 = '2026-11-04T11:00:00.000Z';

export function value<T>(result: RaidResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function errorOf<T>(result: RaidResult<T>) {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

export function create(input: RaidCreateInput, number = 1, at = T0): RaidItem {
  return value(createRaidItem(input, MILO, at, number)).item;
}

export function update(item: RaidItem, patch: Record<string, unknown>, at = T1, by = MILO): RaidChange {
  return value(updateRaidItem(item, { version: item.version, ...patch }, by, at));
}

export const risk = (overrides: Partial<Extract<RaidCreateInput, { kind: 'risk' }>> = {}, number = 1): RaidItem =>
  create({ kind: 'risk', title: 'Payment provider API may change', likelihood: 3, impact: 4, ...overrides }, number);
