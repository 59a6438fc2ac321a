import { describe, expect, it } from 'vitest';
import type { CollectedFacts } from '../../../../src/app/snapshot/collect';
import type { IssueFact, WorklogFact } from '../../../../src/app/snapshot/facts';
import { buildReportParts } from '../../../../src/app/snapshot/report-models';

const MONDAY = Date.parse('2026-10-05T09:00:00Z');
const HOUR = 3_600_000;

function issue(id: string, key: string, epicKey: string | null, type = 'Story'): IssueFact {
  return {
    id, key, summary: `Ticket ${key}`, type, statusId: '10000', statusName: 'To Do', category: 'new', createdMs: MONDAY - 10 * 24 * HOUR, updatedMs: MONDAY,
    resolvedMs: null, dueDate: null, assignee: null, parentKey: epicKey, epicKey, estimate: 3, sprintIds: [], fixVersionIds: [], blockedBy: [], timeSpentSeconds: 0,
  };
}

const worklog = (id: string, issueId: string, accountId: string, hoursAfterMonday: number): WorklogFact => ({ id, issueId, accountId, startedMs: MONDAY + hoursAfterMonday * HOUR, seconds: 3600 });

function facts(worklogs: WorklogFact[]): CollectedFacts {
  return { issues: [issue('1', 'ACC-1', null, 'Epic'), issue('2', 'ACC-2', 'ACC-1'), issue('3', 'ACC-3', 'ACC-1'), issue('4', 'ACC-4', null)], changes: {}, worklogs, watermark: MONDAY };
}

describe('the weekly report parts of a snapshot', () => {
  // Two people, two weeks, several tickets each: as a first run reads them (issue by issue, from the search)
  // and as a later run reads them back from storage (by worklog id).
  const logs = [worklog('31', '2', 'dana', 2), worklog('12', '3', 'dana', 1), worklog('7', '4', 'dana', 26), worklog('40', '2', 'milo', 170), worklog('5', '4', 'milo', 169), worklog('18', '3', 'dana', 168)];
  const now = MONDAY + 9 * 24 * HOUR;

  it('are the same record whatever order the worklogs were read in, so an unchanged project writes nothing', () => {
    const bySearch = buildReportParts(facts(logs), 'UTC', now);
    const byStorage = buildReportParts(facts([...logs].sort((a, b) => a.id.localeCompare(b.id))), 'UTC', now);
    const reversed = buildReportParts(facts([...logs].reverse()), 'UTC', now);
    expect(JSON.stringify(byStorage)).toBe(JSON.stringify(bySearch));
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(bySearch));
  });

  it('list each person-week\'s tickets in key order (worklogs logged at the same moment have no order), weeks oldest first', () => {
    const parts = buildReportParts(facts([...logs].reverse()), 'UTC', now);
    expect(Object.keys(parts.ticketsByPersonWeek)).toEqual(['2026-W41|dana', '2026-W42|dana', '2026-W42|milo']);
    expect(parts.ticketsByPersonWeek['2026-W41|dana']).toEqual(['ACC-2', 'ACC-3', 'ACC-4']);
    expect(parts.ticketsByPersonWeek['2026-W42|milo']).toEqual(['ACC-2', 'ACC-4']);
  });
});
