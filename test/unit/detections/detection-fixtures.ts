import {
  DEFAULT_DETECTION_SETTINGS,
  detectionContext,
  type DetectionContext,
  type DetectionFacts,
  type DetectionSettings,
  type SprintFact,
  type TicketFact,
} from '../../../src/domain/detections';

export const DAY = 86_400_000;
/** Wednesday 25 November 2026, 10:00 UTC. */
export const NOW = Date.parse('2026-11-25T10:00:00Z');
export const TODAY = '2026-11-25';

export const sprint7: SprintFact = { id: 7, name: 'Sprint 7', startMs: Date.parse('2026-11-16T09:00:00Z'), endMs: Date.parse('2026-11-27T17:00:00Z') };
export const sprint8: SprintFact = { id: 8, name: 'Sprint 8', startMs: Date.parse('2026-11-30T09:00:00Z'), endMs: Date.parse('2026-12-11T17:00:00Z') };

export function ticket(key: string, overrides: Partial<TicketFact> = {}): TicketFact {
  return {
    key,
    summary: `Summary of ${key}`,
    type: 'Story',
    statusName: 'In Progress',
    statusCategory: 'indeterminate',
    dueDate: null,
    updatedMs: NOW - DAY,
    resolvedMs: null,
    estimate: 3,
    sprintIds: [7],
    blockedBy: [],
    signoffState: null,
    readiness: { score: 90, ready: true, failedChecks: [] },
    ...overrides,
  };
}

/** A done ticket, resolved `daysAgo` days before NOW. */
export function done(key: string, daysAgo: number, overrides: Partial<TicketFact> = {}): TicketFact {
  return ticket(key, { statusName: 'Done', statusCategory: 'done', resolvedMs: NOW - daysAgo * DAY, ...overrides });
}

/** A ticket planned for the next sprint (sprint 8). */
export function planned(key: string, overrides: Partial<TicketFact> = {}): TicketFact {
  return ticket(key, { statusName: 'To Do', statusCategory: 'new', sprintIds: [8], ...overrides });
}

export function facts(overrides: Partial<DetectionFacts> = {}): DetectionFacts {
  return { tickets: [], activeSprint: sprint7, nextSprint: sprint8, activeScope: null, burn: null, versions: [], raidItems: [], ...overrides };
}

export function context(settings: Partial<DetectionSettings> = {}, nowMs = NOW, timeZone = 'UTC'): DetectionContext {
  const made = detectionContext({ ...DEFAULT_DETECTION_SETTINGS, ...settings }, { nowMs, timeZone });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}
