import { ok, type Result } from '../criteria/result';
import { compareKeys } from '../text/issue-key';
import { hoursOf, validWorklogs, type Worklog } from './worklog';

/**
 * Which epic an issue belongs to: a map from issue key to epic key (null: no epic), or a function. An issue
 * the lookup does not know counts under "No epic". An epic's own worklogs count under the epic only when the
 * lookup maps the epic to itself.
 */
export type EpicLookup = ReadonlyMap<string, string | null> | ((issueKey: string) => string | null | undefined);

export interface IssueHours {
  readonly issueKey: string;
  readonly seconds: number;
  readonly hours: number;
}

/** Hours under one epic (null: "No epic"), with the tickets and people behind the number. */
export interface EpicHours {
  readonly epicKey: string | null;
  readonly seconds: number;
  readonly hours: number;
  readonly issues: readonly IssueHours[];
  readonly accountIds: readonly string[];
}

export const NO_EPIC_LABEL = 'No epic';

/** Hours per epic, most hours first, "No epic" last; each epic lists its tickets (most hours first). */
export function hoursByEpic(worklogs: readonly Worklog[], epicOf: EpicLookup): Result<EpicHours[], 'invalid_worklog'> {
  const checked = validWorklogs(worklogs);
  if (!checked.ok) return checked;
  const lookup = typeof epicOf === 'function' ? epicOf : (key: string) => epicOf.get(key);
  const epics = new Map<string | null, { seconds: number; issues: Map<string, number>; people: Set<string> }>();
  for (const worklog of checked.value) {
    const epicKey = lookup(worklog.issueKey) ?? null;
    const epic = epics.get(epicKey) ?? { seconds: 0, issues: new Map<string, number>(), people: new Set<string>() };
    epic.seconds += worklog.seconds;
    epic.issues.set(worklog.issueKey, (epic.issues.get(worklog.issueKey) ?? 0) + worklog.seconds);
    epic.people.add(worklog.accountId);
    epics.set(epicKey, epic);
  }
  return ok(
    [...epics.entries()]
      .map(([epicKey, epic]) => ({
        epicKey,
        seconds: epic.seconds,
        hours: hoursOf(epic.seconds),
        issues: [...epic.issues.entries()]
          .map(([issueKey, seconds]) => ({ issueKey, seconds, hours: hoursOf(seconds) }))
          .sort((a, b) => b.seconds - a.seconds || compareKeys(a.issueKey, b.issueKey)),
        accountIds: [...epic.people].sort(),
      }))
      .sort((a, b) => {
        if (a.epicKey === null || b.epicKey === null) return a.epicKey === null ? 1 : -1;
        return b.seconds - a.seconds || compareKeys(a.epicKey, b.epicKey);
      }),
  );
}
