import { CHECKS } from './checks/all-checks';
import { compileRubric } from './compile-rubric';
import { defaultRubric, type Rubric } from './rubric';
import { readTicket } from './ticket-text';
import { CHECK_IDS, type Finding, type ReadinessResult, type TicketSnapshot } from './types';

/**
 * Scores one ticket against a Definition of Ready rubric.
 *
 * score = clamp(100 - sum of the weights of the enabled checks with at least one finding, 0, 100),
 * rounded to an integer. A check costs its weight once, however many findings it has.
 * ready = no finding of severity "blocker" and score >= rubric.threshold.
 */
export function checkReadiness(snapshot: TicketSnapshot, rubric: Rubric = defaultRubric): ReadinessResult {
  const rules = compileRubric(rubric);
  const ticket = readTicket(snapshot, rules);
  const findings: Finding[] = [];
  let penalty = 0;
  let blocked = false;
  for (const id of CHECK_IDS) {
    const rule = rubric.checks[id];
    if (!rule.enabled) continue;
    const found = CHECKS[id](ticket, rules);
    if (found.length === 0) continue;
    penalty += rule.weight;
    if (rule.severity === 'blocker') blocked = true;
    for (const item of found) findings.push(item);
  }
  const score = Math.round(Math.min(100, Math.max(0, 100 - penalty)));
  return { score, ready: !blocked && score >= rubric.threshold, findings };
}
