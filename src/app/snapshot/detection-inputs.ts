/**
 * The detectors' facts, reduced from what the snapshot read and built: tickets with their sign-off state
 * (from Accord's own records, never the issue-property mirror) and next-sprint readiness, the active and next
 * sprints, the active sprint's added scope, budget burn against work done, version forecasts, the register.
 */
import type { DetectionFacts, SprintFact as DetectionSprint, TicketFact } from '../../domain/detections';
import { scopeFactsOf } from '../../domain/detections';
import { budgetBurn } from '../../domain/hours';
import { withCurrentContent, type IssueRecord } from '../../domain/issue-record';
import type { RaidItem } from '../../domain/raid';
import type { ReadinessResult } from '../../domain/readiness/types';
import type { SprintScope } from '../../domain/scope';
import type { ProjectManagerSettings } from '../../domain/settings/project-manager-settings';
import type { SignoffState } from '../../domain/signoff';
import type { JiraPort } from '../../ports/jira';
import type { CollectedFacts } from './collect';
import type { IssueFact, SprintFact } from './facts';
import type { HoursModel } from './hours-models';
import type { MilestonesModel } from './milestone-models';
import type { SnapshotSetup } from './setup';

/** Issues per `key in (…)` search when reading descriptions to tell whether an approval still holds. */
const KEYS_PER_SEARCH = 100;
const DAY_MS = 86_400_000;

export interface DetectionInputs {
  setup: SnapshotSetup;
  facts: CollectedFacts;
  records: ReadonlyMap<string, IssueRecord>;
  readiness: ReadonlyArray<{ issueId: string; result: ReadinessResult }>;
  scopes: readonly SprintScope[];
  hours: HoursModel;
  milestones: MilestonesModel;
  raidItems: readonly RaidItem[];
  settings: ProjectManagerSettings;
  nowMs: number;
}

function detectionSprint(sprint: SprintFact | undefined): DetectionSprint | null {
  return sprint ? { id: sprint.id, name: sprint.name, startMs: sprint.startMs, endMs: sprint.endMs } : null;
}

/** The active sprint (the latest started when a project has several boards) and the next future one. */
export function activeAndNext(setup: SnapshotSetup): { active: SprintFact | undefined; next: SprintFact | undefined } {
  const active = setup.sprints.filter((s) => s.state === 'active').sort((a, b) => (b.startMs ?? 0) - (a.startMs ?? 0) || b.id - a.id)[0];
  const next = setup.sprints.filter((s) => s.state === 'future').sort((a, b) => (a.startMs ?? Infinity) - (b.startMs ?? Infinity) || a.id - b.id)[0];
  return { active, next };
}

/**
 * Which approvals still hold: an "approved" record is stale when the issue's content moved since, which only
 * the description tells. Only done tickets the not-signed-off detector looks at (in the active sprint, or
 * resolved inside its window) are read, in `key in (…)` pages, so a big project costs a few requests.
 */
export async function currentSignoffStates(jira: JiraPort, inputs: DetectionInputs): Promise<Map<string, SignoffState>> {
  const activeSprintId = activeAndNext(inputs.setup).active?.id ?? null;
  const windowStart = inputs.nowMs - (inputs.settings.detections.recentlyResolvedDays + 1) * DAY_MS;
  const states = new Map<string, SignoffState>();
  const toRead: IssueFact[] = [];
  for (const issue of inputs.facts.issues) {
    const record = inputs.records.get(issue.id);
    if (!record) continue;
    states.set(issue.id, record.signoff.state);
    const watched = issue.category === 'done' && ((activeSprintId !== null && issue.sprintIds.includes(activeSprintId)) || (issue.resolvedMs !== null && issue.resolvedMs >= windowStart));
    if (watched && record.signoff.state === 'approved') toRead.push(issue);
  }
  const at = new Date(inputs.nowMs).toISOString();
  for (let i = 0; i < toRead.length; i += KEYS_PER_SEARCH) {
    const keys = toRead.slice(i, i + KEYS_PER_SEARCH).map((issue) => issue.key);
    for await (const page of jira.searchAllIssues({ jql: `key in (${keys.join(',')})`, fields: ['description'], pageSize: KEYS_PER_SEARCH })) {
      for (const issue of page.issues) {
        const record = inputs.records.get(issue.id);
        if (record) states.set(issue.id, withCurrentContent(record, issue.fields.description ?? null, { at }).record.signoff.state);
      }
    }
  }
  return states;
}

/** The facts every detector reads, from one snapshot's data. */
export function detectionFacts(inputs: DetectionInputs, signoffStates: ReadonlyMap<string, SignoffState>): DetectionFacts {
  const { setup, facts } = inputs;
  const { active, next } = activeAndNext(setup);
  const readiness = new Map(inputs.readiness.map((r) => [r.issueId, r.result]));
  const tickets: TicketFact[] = facts.issues.map((issue) => {
    const checked = readiness.get(issue.id);
    return {
      key: issue.key,
      summary: issue.summary,
      type: issue.type,
      statusName: issue.statusName,
      statusCategory: issue.category,
      dueDate: issue.dueDate,
      updatedMs: issue.updatedMs,
      resolvedMs: issue.resolvedMs,
      estimate: issue.estimate,
      sprintIds: issue.sprintIds,
      blockedBy: issue.blockedBy,
      signoffState: signoffStates.get(issue.id) ?? null,
      readiness: checked ? { score: checked.score, ready: checked.ready, failedChecks: [...new Set(checked.findings.map((f) => f.check))] } : null,
    };
  });
  const activeScope = active ? inputs.scopes.find((s) => s.sprint.id === active.id) : undefined;
  return {
    tickets,
    activeSprint: detectionSprint(active),
    nextSprint: detectionSprint(next),
    activeScope: activeScope ? scopeFactsOf(activeScope) : null,
    burn: burnFact(inputs),
    versions: inputs.milestones.versions
      .filter((v) => !v.released && v.forecast !== null)
      .map((v) => ({
        id: v.id,
        name: v.name,
        releaseDate: v.releaseDate,
        p85: v.forecast?.p85?.date ?? null,
        p85AfterRelease: v.forecast?.p85AfterRelease ?? null,
        probabilityByRelease: v.forecast?.probabilityByRelease ?? null,
      })),
    raidItems: inputs.raidItems,
  };
}

/** Budget used against work done, both in percent; null without a budget (or when it cannot be compared). */
function burnFact(inputs: DetectionInputs): DetectionFacts['burn'] {
  const budget = inputs.settings.budget;
  if (budget === null) return null;
  const burn = budgetBurn(budget, inputs.hours.weeks, inputs.nowMs, inputs.hours.timeZone);
  if (!burn.ok) return null;
  const { done, total } = inputs.hours.work;
  const percentDone = total > 0 ? Math.min(100, Math.round((done / total) * 1000) / 10) : 0;
  return { percentUsed: burn.value.percentUsed, percentDone, usedHours: burn.value.usedHours, totalHours: burn.value.totalHours, donePoints: done, totalPoints: total };
}
