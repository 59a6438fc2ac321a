import { describe, expect, it } from 'vitest';
import { isScanDue, lastWeeklySlot } from '../../../src/domain/schedule/scan-due';

const DAY = 86_400_000;
const now = Date.parse('2026-11-28T10:00:00Z'); // a Saturday
const beforeSprint = { mode: 'before-sprint', daysBefore: 2 } as const;

describe('isScanDue before a sprint', () => {
  it('is due inside the window when never scanned', () => {
    const nextSprint = { id: 3, startDate: new Date(now + DAY).toISOString() };
    expect(isScanDue({ schedule: beforeSprint, now, nextSprint, lastScan: null }).due).toBe(true);
  });
  it('is not due before the window opens', () => {
    const nextSprint = { id: 3, startDate: new Date(now + 3 * DAY).toISOString() };
    const d = isScanDue({ schedule: beforeSprint, now, nextSprint, lastScan: null });
    expect(d).toEqual({ due: false, reason: 'planning window not open yet' });
  });
  it('is not due once the sprint started', () => {
    const nextSprint = { id: 3, startDate: new Date(now - 1).toISOString() };
    expect(isScanDue({ schedule: beforeSprint, now, nextSprint, lastScan: null }).due).toBe(false);
  });
  it('refreshes once a day inside the window', () => {
    const nextSprint = { id: 3, startDate: new Date(now + DAY).toISOString() };
    expect(isScanDue({ schedule: beforeSprint, now, nextSprint, lastScan: { finishedAt: now - 2 * 3_600_000 } }).due).toBe(false);
    expect(isScanDue({ schedule: beforeSprint, now, nextSprint, lastScan: { finishedAt: now - 25 * 3_600_000 } }).due).toBe(true);
  });
  it('is not due without a future sprint or start date', () => {
    expect(isScanDue({ schedule: beforeSprint, now, nextSprint: null, lastScan: null }).due).toBe(false);
    expect(isScanDue({ schedule: beforeSprint, now, nextSprint: { id: 1, startDate: null }, lastScan: null }).due).toBe(false);
  });
});

describe('isScanDue weekly', () => {
  const weekly = { mode: 'weekly', weekday: 5, hour: 9 } as const; // Fridays 09:00 UTC
  it('finds the last slot', () => {
    expect(new Date(lastWeeklySlot(now, 5, 9)).toISOString()).toBe('2026-11-27T09:00:00.000Z');
    expect(new Date(lastWeeklySlot(now, 6, 11)).toISOString()).toBe('2026-11-21T11:00:00.000Z');
    expect(new Date(lastWeeklySlot(now, 6, 10)).toISOString()).toBe('2026-11-28T10:00:00.000Z');
  });
  it('runs once per slot', () => {
    expect(isScanDue({ schedule: weekly, now, nextSprint: null, lastScan: null }).due).toBe(true);
    expect(isScanDue({ schedule: weekly, now, nextSprint: null, lastScan: { finishedAt: Date.parse('2026-11-27T09:30:00Z') } }).due).toBe(false);
    expect(isScanDue({ schedule: weekly, now, nextSprint: null, lastScan: { finishedAt: Date.parse('2026-11-27T08:59:00Z') } }).due).toBe(true);
  });
});
