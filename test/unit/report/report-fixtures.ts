import type { Signal } from '../../../src/domain/detections';
import { createRaidItem, updateRaidItem, type RaidHistoryEntry, type RaidItem } from '../../../src/domain/raid';
import { summarizeSprint } from '../../../src/domain/readiness-summary/summarize-sprint';
import { buildWeeklyReport, type WeeklyReport, type WeeklyReportInput } from '../../../src/domain/report';
import { sprintScope, type SprintScope } from '../../../src/domain/scope';
import { DONE, doneStatusIds, estimateChange, issue, sprintChange, statusChange } from '../scope/scope-fixtures';

const HOUR = 3_600;
export const MILO = 'acc-milo';
export const DANA = 'acc-dana';
export const people = new Map([
  [MILO, 'Milo Manager'],
  [DANA, 'Dana Developer'],
]);

const S12_START = Date.parse('2026-11-23T09:00:00Z');
const NOW = Date.parse('2026-11-27T16:00:00Z');

function ledger(): SprintScope {
  const scope = sprintScope(
    { id: 12, name: 'Sprint 12', state: 'active', startDate: new Date(S12_START).toISOString(), endDate: '2026-12-04T17:00:00Z' },
    [
      issue('ACC-1', { sprintIds: [12], estimate: 5, statusId: DONE, changes: [statusChange(S12_START + 86_400_000, '3', DONE)] }),
      issue('ACC-2', { sprintIds: [12], estimate: 3, changes: [sprintChange(Date.parse('2026-11-24T10:00:00Z'), '', '12')] }),
      issue('ACC-10', { sprintIds: [], estimate: 2, changes: [sprintChange(S12_START - 86_400_000, '', '12'), sprintChange(Date.parse('2026-11-25T10:00:00Z'), '12', '')] }),
      issue('ACC-11', { sprintIds: [12], estimate: 8, changes: [estimateChange(S12_START - 1_000, null, '8'), sprintChange(S12_START - 2_000, '', '12')] }),
    ],
    { estimateMode: 'field', doneStatusIds, nowMs: NOW },
  );
  if (!scope.ok) throw new Error(scope.error.message);
  return scope.value;
}

function closedLedger(): SprintScope {
  const scope = sprintScope(
    { id: 11, name: 'Sprint 11', state: 'closed', startDate: '2026-11-09T09:00:00Z', endDate: '2026-11-20T17:00:00Z', completeDate: '2026-11-20T16:00:00Z' },
    [issue('ACC-7', { sprintIds: [11], estimate: 2, statusId: DONE, createdMs: Date.parse('2026-11-01T09:00:00Z'), changes: [statusChange(Date.parse('2026-11-12T09:00:00Z'), '3', DONE)] })],
    { estimateMode: 'field', doneStatusIds },
  );
  if (!scope.ok) throw new Error(scope.error.message);
  return scope.value;
}

function created(input: Parameters<typeof createRaidItem>[0], number: number, at: string): { item: RaidItem; entry: RaidHistoryEntry } {
  const result = createRaidItem(input, MILO, at, number);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function updated(item: RaidItem, patch: Record<string, unknown>, at: string): { item: RaidItem; entry: RaidHistoryEntry } {
  const result = updateRaidItem(item, { version: item.version, ...patch }, DANA, at);
  if (!result.ok || result.value.entry === null) throw new Error('expected a change');
  return { item: result.value.item, entry: result.value.entry };
}

// Berlin is UTC+1 in November: week 2026-W48 runs from 2026-11-22T23:00Z to 2026-11-29T23:00Z.
const r1 = created({ kind: 'risk', title: 'Vendor API | may change', likelihood: 3, impact: 4 }, 1, '2026-11-20T09:00:00.000Z');
const r1b = updated(r1.item, { status: 'mitigating', likelihood: 2, description: 'Talked to the vendor.\nThey promise notice.' }, '2026-11-23T08:00:00.000Z');
const a1 = created({ kind: 'assumption', title: 'Client sends test data', owner: DANA }, 1, '2026-11-29T22:30:00.000Z');
const lateEntry = updated(a1.item, { owner: MILO }, '2026-11-29T23:30:00.000Z');

export const signal: Signal = {
  detector: 'blocked',
  signalKey: 'blocked:ACC-2',
  title: 'ACC-2 is blocked by ACC-9',
  explanation: 'ACC-2 (In Progress, in Sprint 12) cannot move on until ACC-9 (To Do) is resolved.',
  evidence: [
    { key: 'ACC-2', summary: 'Checkout', fact: 'In Progress, blocked by ACC-9 (To Do)' },
    { key: 'ACC-9', summary: '', fact: 'To Do, blocks ACC-2' },
  ],
  proposedLikelihood: 4,
  proposedImpact: 4,
};

export const lowSignal: Signal = {
  detector: 'burn-ahead',
  signalKey: 'burn-ahead',
  title: 'Hours are burning ahead of the work: 62 % used, 40 % done',
  explanation: '62 % of the hour budget is used but 40 % of the work is done.',
  evidence: [],
  proposedLikelihood: 3,
  proposedImpact: 3,
};

export function input(overrides: Partial<WeeklyReportInput> = {}): WeeklyReportInput {
  return {
    project: { key: 'ACC', name: 'Accord Demo' },
    range: { from: '2026-W48', to: '2026-W48' },
    generatedAt: '2026-11-30T08:00:00Z',
    timeZone: 'Europe/Berlin',
    people,
    hoursByPersonWeek: [
      { week: '2026-W47', accountId: DANA, seconds: 20 * HOUR, issueKeys: ['ACC-1'] },
      { week: '2026-W48', accountId: MILO, seconds: 1_200, issueKeys: ['ACC-2'] },
      { week: '2026-W48', accountId: DANA, seconds: 10 * HOUR, issueKeys: ['ACC-10', 'ACC-2'] },
      { week: '2026-W48', accountId: DANA, seconds: 1_800, issueKeys: ['ACC-1'] },
      { week: '2026-W48', accountId: 'acc-x', seconds: 2_400 },
      { week: '2026-W48', accountId: MILO, seconds: 2_400 },
    ],
    hoursByEpic: [
      { epicKey: null, seconds: 1_200, issues: [{ issueKey: 'ACC-30', seconds: 1_200, hours: 0.33 }], accountIds: [MILO] },
      { epicKey: 'ACC-20', seconds: 6 * HOUR, issues: [{ issueKey: 'ACC-2', seconds: 6 * HOUR, hours: 6 }], accountIds: [DANA] },
      { epicKey: 'ACC-21', seconds: 4 * HOUR, issues: [{ issueKey: 'ACC-1', seconds: 4 * HOUR, hours: 4 }], accountIds: [DANA, MILO] },
    ],
    epicNames: new Map([
      ['ACC-20', 'Checkout | Payments'],
      ['ACC-21', 'Reports\nand exports'],
    ]),
    // Goals as written in Jira: plain text with Markdown characters and a line break; a blank one is no goal.
    sprints: [
      { ...ledger(), goal: '  Take *card* payments | <b>live</b>\n# then refunds  ' },
      { ...closedLedger(), goal: ' \n ' },
    ],
    raid: { entries: [lateEntry.entry, a1.entry, r1b.entry, r1.entry], items: [r1b.item, lateEntry.item] },
    newRisks: [lowSignal, signal],
    milestones: [
      { id: 'v2', name: 'Release 2.0', releaseDate: '2026-12-18', progress: { done: 30, total: 60 }, forecast: forecast('2026-12-11', '2026-12-25', '2027-01-08', 0.62, true) },
      { id: 'v1', name: 'Release 1.9', releaseDate: '2026-12-04', progress: { done: 18, total: 20 }, forecast: forecast('2026-11-30', '2026-12-02', '2026-12-04', 0.97, false) },
      { id: 'v3', name: 'Someday', releaseDate: null, progress: null, forecast: null },
    ],
    readiness: {
      sprint: { id: 13, name: 'Sprint 13', startDate: '2026-12-07' },
      summary: summarizeSprint([
        { key: 'ACC-40', summary: 'Export | print', score: 35, ready: false, failedChecks: ['ac.missing', 'estimate.missing'], signoff: null },
        { key: 'ACC-41', summary: 'Login', score: 90, ready: true, failedChecks: [], signoff: 'pending' },
        { key: 'ACC-42', summary: 'Search\nfilters', score: 60, ready: false, failedChecks: ['ac.missing'], signoff: 'pending' },
      ]),
    },
    ...overrides,
  };
}

function forecast(p50: string, p85: string, p95: string, probabilityByRelease: number, p85AfterRelease: boolean) {
  return { p50: { date: p50, periods: 1 }, p85: { date: p85, periods: 2 }, p95: { date: p95, periods: 3 }, probabilityByRelease, p85AfterRelease, cannotFinish: false };
}

export function built(overrides: Partial<WeeklyReportInput> = {}): WeeklyReport {
  const report = buildWeeklyReport(input(overrides));
  if (!report.ok) throw new Error(report.error.message);
  return report.value;
}
