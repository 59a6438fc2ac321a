/**
 * RAID items for a synthetic project, as a project manager would enter them through the page (the
 * `createRaidItem` payload): half risks with their ratings, response and dates, then assumptions, issues and
 * decisions, each with an owner from the team and a few linked tickets. Seeded.
 */
import type { RaidCreateInput } from '../../src/domain/raid/raid-input';
import { ISSUE_SEVERITIES, RISK_RESPONSES, RISK_STATUSES, SUGGESTED_RISK_CATEGORIES } from '../../src/domain/raid/raid-kinds';
import { pick, seededRandom } from '../../sandbox/seed/random';

const SUBJECTS = ['the payment provider', 'the data migration', 'the identity provider', 'the release pipeline', 'the reporting database', 'the mobile app review', 'the support rota', 'the pricing rules'];
const RISK_EVENTS = ['slips past the release', 'needs another security review', 'is not ready for the load test', 'depends on a contract not yet signed', 'loses its only expert for two weeks'];
const ISSUE_EVENTS = ['blocks testing twice a week', 'fails for customers with long names', 'is slower than agreed', 'sends duplicate emails'];
const ASSUMPTIONS = ['is hosted by the client', 'keeps its current interface until the release', 'is tested by the client\'s QA team', 'needs no new licence'];
const DECISIONS = ['moves to the next release', 'is built in-house', 'uses the existing database', 'ships behind a feature flag'];

const day = (nowMs: number, offset: number) => new Date(nowMs + offset * 86_400_000).toISOString().slice(0, 10);

export function syntheticRaidItems(count: number, opts: { nowMs: number; owners: readonly string[]; issueKeys: readonly string[]; seed?: number }): RaidCreateInput[] {
  const random = seededRandom(opts.seed ?? 424242);
  const scale = () => 1 + Math.floor(random() * 5);
  const links = () => Array.from({ length: Math.floor(random() * 4) }, () => pick(random, opts.issueKeys));
  return Array.from({ length: count }, (_, i): RaidCreateInput => {
    const subject = pick(random, SUBJECTS);
    const owner = pick(random, opts.owners);
    const linkedIssues = links();
    const r = i % 10;
    if (r < 5) {
      return {
        kind: 'risk',
        title: `${subject.replace(/^./u, (c) => c.toUpperCase())} ${pick(random, RISK_EVENTS)} (${i + 1})`,
        description: `If ${subject} ${pick(random, RISK_EVENTS)}, the release date moves and the client's launch with it.`,
        category: pick(random, SUGGESTED_RISK_CATEGORIES),
        owner,
        likelihood: scale(),
        impact: scale(),
        response: pick(random, RISK_RESPONSES),
        status: pick(random, RISK_STATUSES),
        actions: 'Agree a fallback with the client; review weekly.',
        nextReviewDate: day(opts.nowMs, Math.floor(random() * 30) - 10),
        dueDate: day(opts.nowMs, Math.floor(random() * 60) - 5),
        linkedIssues,
      };
    }
    if (r < 7) return { kind: 'assumption', title: `${subject.replace(/^./u, (c) => c.toUpperCase())} ${pick(random, ASSUMPTIONS)} (${i + 1})`, owner, validateBy: day(opts.nowMs, Math.floor(random() * 40) - 15), linkedIssues };
    if (r < 9) {
      return { kind: 'issue', title: `${subject.replace(/^./u, (c) => c.toUpperCase())} ${pick(random, ISSUE_EVENTS)} (${i + 1})`, owner, severity: pick(random, ISSUE_SEVERITIES), linkedIssues };
    }
    return { kind: 'decision', title: `${subject.replace(/^./u, (c) => c.toUpperCase())} ${pick(random, DECISIONS)} (${i + 1})`, owner, decidedBy: 'demo-po', decidedAt: day(opts.nowMs, -Math.floor(random() * 60)), status: 'decided', rationale: 'Agreed in the steering meeting.', linkedIssues };
  });
}
