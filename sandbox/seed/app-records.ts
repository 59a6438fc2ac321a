/**
 * What Accord itself keeps on the demo site when it first starts: the project manager's RAID register (risks,
 * assumptions, issues and decisions, each linked to the tickets it is about) and a first project snapshot, so
 * that every tab of "Risk & scope" has something to show. Written through the app's own resolvers, as the
 * project manager would write them, never straight into storage: the records are exactly what the app makes.
 */
import type { JiraStore } from '../jira/store';
import type { SandboxForgeRuntime } from '../runtime';
import type { RaidCreateInput } from '../../src/domain/raid/raid-input';
import { ACC_TICKETS } from './index';
import { DEMO_PROJECTS } from './site-layout';

const PROJECT_PAGE = 'accord-project-page';
const PM = 'demo-pm';

/** A day relative to `now`, written as the date inputs write it. */
function day(now: Date, offset: number): string {
  return new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The items, by seed ticket ref where they link tickets (the ref's key is looked up when seeding). */
function demoItems(now: Date): Array<RaidCreateInput & { linkRefs?: string[] }> {
  return [
    {
      kind: 'risk', title: 'Single sign-on slips past the Portal 1.1 release', category: 'schedule', owner: 'demo-dev-2',
      description: 'The identity provider team has not confirmed the test tenant; the SSO story was re-estimated from 8 to 13 points.',
      cause: 'External dependency on the identity provider team.', likelihood: 4, impact: 4, response: 'mitigate',
      actions: 'Ask for the test tenant this week; agree a fallback release without SSO with the client.', trigger: 'No tenant by the middle of the sprint.',
      dueDate: day(now, 10), nextReviewDate: day(now, 4), residualLikelihood: 2, residualImpact: 3, status: 'mitigating', linkRefs: ['sso'],
    },
    {
      kind: 'risk', title: 'Direct debit needs a banking partner contract', category: 'external', owner: PM,
      description: 'Automatic payment by direct debit cannot go live without the signed contract with the payment provider.',
      cause: 'Contract still with the client\'s legal team.', likelihood: 3, impact: 5, response: 'escalate',
      actions: 'Raised with the client\'s sponsor in the steering meeting.', trigger: 'Contract not signed two weeks before release.',
      dueDate: day(now, 14), nextReviewDate: day(now, -2), linkRefs: ['autopay'],
    },
    {
      kind: 'risk', title: 'Invoice PDFs break for non-Latin names', category: 'quality', owner: 'demo-qa', likelihood: 3, impact: 3,
      description: 'The PDF font lacks umlauts; customers with other scripts may see boxes too.', response: 'mitigate',
      actions: 'Embed a font with full Unicode coverage; add PDF tests with sample names.', nextReviewDate: day(now, 7), linkRefs: ['pdf-font-bug'],
    },
    {
      kind: 'risk', title: 'Key developer on leave in the last sprint before release', category: 'resources', owner: PM, likelihood: 2, impact: 3,
      description: 'One backend developer is away for two weeks before Portal 1.1.', response: 'accept', nextReviewDate: day(now, 12),
    },
    {
      kind: 'risk', title: 'Accessibility findings block the public launch', category: 'compliance', owner: 'demo-qa', likelihood: 2, impact: 4,
      response: 'mitigate', actions: 'Fix the sign-in page findings first; audit the invoice pages next.', residualLikelihood: 1, residualImpact: 4, linkRefs: ['accessibility-audit'],
    },
    {
      kind: 'assumption', title: 'The client hosts the portal in their own cloud account', owner: PM, validateBy: day(now, -3),
      description: 'The estimates for the release pipeline assume we deploy into the client\'s account, not ours.',
    },
    {
      kind: 'assumption', title: 'Support agents reply within the portal, not by email', owner: 'demo-po', validateBy: day(now, 9), status: 'validated',
      description: 'Confirmed by the support lead in the sprint review.', linkRefs: ['ticket-reply'],
    },
    {
      kind: 'issue', title: 'Staging environment is down twice a week', owner: 'demo-dev', severity: 'high', status: 'in-progress',
      description: 'Deployments to staging fail when the shared database is being restored; testing waits.', resolution: '',
    },
    {
      kind: 'issue', title: 'Partially paid invoices show the wrong total', owner: 'demo-dev', severity: 'critical', status: 'open',
      description: 'Reported by the client; hotfix added to the active sprint.', linkRefs: ['hotfix-invoice-total'],
    },
    {
      kind: 'decision', title: 'Ship Portal 1.1 without live chat', owner: PM, decidedBy: 'demo-po', decidedAt: day(now, -6), status: 'decided',
      rationale: 'Live chat needs a staffing plan on the client\'s side first; it moves to a later release.', linkRefs: ['chat-widget'],
    },
    {
      kind: 'decision', title: 'Estimate in story points, review hours weekly', owner: PM, decidedBy: PM, decidedAt: day(now, -40), status: 'decided',
      rationale: 'The client pays by the hour, the team plans by points: the weekly report shows both.',
    },
  ];
}

/** The key of each seed ticket of ACC, by ref (summaries are unique per project). */
function keysByRef(store: JiraStore): Map<string, string> {
  const bySummary = new Map(store.issues.list(DEMO_PROJECTS.accord.id).map((issue) => [issue.summary, issue.key]));
  const keys = new Map<string, string>();
  for (const ticket of ACC_TICKETS) {
    const key = bySummary.get(ticket.summary);
    if (key) keys.set(ticket.ref, key);
  }
  return keys;
}

/** Writes the demo register through the app, then makes the first project snapshot; fails loudly if the app refuses. */
export async function seedAppRecords(runtime: SandboxForgeRuntime, store: JiraStore): Promise<void> {
  const now = runtime.clock.now();
  const keys = keysByRef(store);
  const project = DEMO_PROJECTS.accord;
  const extension = { type: 'jira:projectPage', project: { id: String(project.id), key: project.key, type: 'software' } };
  const call = async (functionKey: string, payload: unknown): Promise<void> => {
    const answer = await runtime.invoke({ moduleKey: PROJECT_PAGE, functionKey, payload, extension, accountId: PM });
    const body = answer.ok ? (answer.body as { ok?: boolean; error?: { message?: string } }) : null;
    if (!answer.ok || body?.ok !== true) {
      throw new Error(`Seeding the demo RAID register: ${functionKey} was refused: ${answer.ok ? (body?.error?.message ?? 'no answer') : answer.message}`);
    }
  };
  for (const { linkRefs, ...item } of demoItems(now)) {
    const linkedIssues = (linkRefs ?? []).map((ref) => keys.get(ref)).filter((key): key is string => key !== undefined);
    await call('createRaidItem', { item: linkedIssues.length > 0 ? { ...item, linkedIssues } : item });
  }
  await call('refreshSnapshot', {});
  await runtime.drainQueues();
}
