import { compareKeys } from '../text';
import type { DetectionContext } from './detection-context';
import type { DetectionFacts } from './detection-facts';
import { byOvershoot, raisedIf } from './proposal';
import type { Signal } from './signal';
import { sprintRef } from './tickets';
import { count, percent, pointsText } from './wording';

/**
 * Scope added to the active sprint after it started, above `scopeAddedPercent` of the committed points
 * (strictly above: exactly at the threshold does not fire). A sprint that committed nothing and took on
 * points later fires too. One signal per sprint, key `scope-added:sprint-<id>`; the added tickets are the
 * evidence.
 */
export function detectScopeAdded(facts: DetectionFacts, context: DetectionContext): Signal[] {
  const scope = facts.activeScope;
  if (scope === null || scope.addedPoints <= 0) return [];
  const threshold = context.settings.scopeAddedPercent;
  const committed = scope.committedPoints;
  const share = committed > 0 ? (scope.addedPoints / committed) * 100 : null;
  if (share !== null && share <= threshold) return [];
  const name = facts.activeSprint?.id === scope.sprintId ? facts.activeSprint.name : `Sprint ${scope.sprintId}`;
  const added = [...scope.added].sort((a, b) => (a.addedAtMs ?? Infinity) - (b.addedAtMs ?? Infinity) || compareKeys(a.key, b.key));
  const tickets = added.length === 0 ? '' : ` (${count(added.length, 'ticket')})`;
  return [
    {
      detector: 'scope-added',
      signalKey: `scope-added:${sprintRef({ id: scope.sprintId })}`,
      title: share === null ? `${name} took on ${pointsText(scope.addedPoints)} after starting with none` : `${name} grew by ${percent(share)} after it started`,
      explanation:
        share === null
          ? `${pointsText(scope.addedPoints)}${tickets} ${scope.addedPoints === 1 ? 'was' : 'were'} added to ${name} after it started with nothing committed.`
          : `${pointsText(scope.addedPoints)}${tickets} ${scope.addedPoints === 1 ? 'was' : 'were'} added to ${name} after it started, on top of ${pointsText(committed)} committed: ${percent(share)}, above the ${percent(threshold)} threshold.`,
      evidence: added.map((t) => ({
        key: t.key,
        summary: t.summary,
        fact: `added${t.addedAtMs === null ? '' : ` on ${context.dateOf(t.addedAtMs)}`}, ${t.points === null ? 'no estimate' : pointsText(t.points)}`,
      })),
      proposedLikelihood: share === null ? 5 : byOvershoot(share, threshold, Math.max(threshold / 2, 5)),
      proposedImpact: raisedIf(3, share === null || share >= 50),
    },
  ];
}
