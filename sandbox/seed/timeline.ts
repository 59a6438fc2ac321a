/**
 * Writes a demo ticket's life into the store: created, planned into sprints, re-estimated, moved
 * through the workflow with work logged on the way. Every change leaves the changelog Jira would
 * have written; no product events fire (seeding is not user activity).
 */
import { markdownToAdf } from 'marklassian';
import type { AdfNode } from '../jira/adf-text';
import { textToAdf } from '../jira/adf-text';
import { diffIssues } from '../jira/issue-changes';
import type { IssueRecord, JiraStore } from '../jira/store';
import { pick } from './random';
import type { DemoTicket } from './ticket-types';

const HOUR_MS = 3_600_000;
const STEPS = ['In Progress', 'In Review', 'Done'] as const;
const REVIEW_COMMENTS = [
  'Looks good to me. One question: is the empty state covered by a test?',
  'Reviewed on staging, works as described.',
  'Please double-check the copy with the product owner before merging.',
  'Found a small layout issue on narrow screens, otherwise fine.',
];

export interface TicketPlan {
  ticket: DemoTicket;
  projectId: number;
  key: string;
  id: number;
  created: Date;
  /** [sprint id, when it was added] in order. */
  sprintMoves: Array<[number, Date]>;
  /** When the work happened (status steps are spread over it). */
  workWindow: [Date, Date] | null;
  reporter: string;
}

export function toAdf(markdown: string): AdfNode | null {
  if (markdown.trim() === '') return null;
  try {
    return markdownToAdf(markdown) as AdfNode;
  } catch {
    return textToAdf(markdown);
  }
}

export class Timeline {
  constructor(
    private readonly store: JiraStore,
    private readonly random: () => number,
    private readonly now: Date,
  ) {}

  write(plan: TicketPlan): IssueRecord {
    const { ticket } = plan;
    let issue: IssueRecord = {
      id: plan.id,
      key: plan.key,
      projectId: plan.projectId,
      issueType: ticket.type,
      summary: ticket.summary,
      description: toAdf(ticket.description),
      status: 'To Do',
      assignee: null,
      reporter: plan.reporter,
      priority: ticket.priority ?? 'Medium',
      labels: ticket.labels ?? [],
      duedate: ticket.duedateInDays === undefined ? null : new Date(this.now.getTime() + ticket.duedateInDays * 24 * HOUR_MS).toISOString().slice(0, 10),
      created: plan.created.toISOString(),
      updated: plan.created.toISOString(),
      resolutiondate: null,
      storyPoints: ticket.estimatedFirst ?? ticket.points,
      sprintIds: [],
      originalEstimateSeconds: ticket.points === null ? null : ticket.points * 3 * 3600,
      remainingEstimateSeconds: ticket.points === null ? null : ticket.points * 3 * 3600,
    };
    this.store.issues.save(issue);
    const planner = 'demo-pm';
    for (const [sprintId, when] of plan.sprintMoves) {
      const keptClosed = issue.sprintIds.filter((id) => this.store.agile.sprint(id)?.state === 'closed');
      issue = this.change(issue, when, planner, { sprintIds: [...keptClosed, sprintId] });
    }
    if (ticket.assignee) {
      const firstMove = plan.sprintMoves[0]?.[1] ?? new Date(plan.created.getTime() + 2 * HOUR_MS);
      issue = this.change(issue, new Date(firstMove.getTime() + HOUR_MS), planner, { assignee: ticket.assignee });
    }
    const window = plan.workWindow;
    if (ticket.estimatedFirst !== undefined && ticket.points !== null && window) {
      // Re-estimated two days into the work, as teams do once they understand the ticket.
      issue = this.change(issue, new Date(window[0].getTime() + 2 * 24 * HOUR_MS), ticket.assignee ?? 'demo-dev', { storyPoints: ticket.points });
    }
    const target = STEPS.indexOf(ticket.status as (typeof STEPS)[number]);
    if (target >= 0 && window) issue = this.walkWorkflow(issue, ticket, window, target);
    return issue;
  }

  private walkWorkflow(issue: IssueRecord, ticket: DemoTicket, window: [Date, Date], target: number): IssueRecord {
    const worker = ticket.assignee ?? 'demo-dev';
    const span = window[1].getTime() - window[0].getTime();
    let current = issue;
    let spent = 0;
    for (let step = 0; step <= target; step += 1) {
      const status = STEPS[step] ?? 'Done';
      const fraction = (step + 1) / (target + 2) + (this.random() - 0.5) * 0.1;
      const when = new Date(window[0].getTime() + Math.max(0.05, Math.min(0.95, fraction)) * span);
      const hours = 1 + Math.floor(this.random() * 10) / 2;
      spent += this.logWork(current, worker, when, hours, status === 'In Review' ? 'Implementation and tests' : status === 'Done' ? 'Review fixes' : 'Analysis and setup');
      if (status === 'Done' && this.random() < 0.5) spent += this.logWork(current, 'demo-qa', when, 1 + Math.floor(this.random() * 4) / 2, 'Testing on staging');
      if (status === 'In Review' && this.random() < 0.5) {
        this.store.activity.addComment(current.id, pick(this.random, ['demo-dev', 'demo-dev-2', 'demo-qa']), textToAdf(pick(this.random, REVIEW_COMMENTS)), new Date(when.getTime() + 2 * HOUR_MS).toISOString());
      }
      const remaining = current.originalEstimateSeconds === null ? null : Math.max(0, current.originalEstimateSeconds - spent);
      current = this.change(current, when, worker, {
        status,
        resolutiondate: status === 'Done' ? when.toISOString() : null,
        remainingEstimateSeconds: status === 'Done' ? 0 : remaining,
      });
    }
    return current;
  }

  private logWork(issue: IssueRecord, author: string, when: Date, hours: number, comment: string): number {
    const seconds = Math.round(hours * 3600);
    const started = new Date(when.getTime() - seconds * 1000).toISOString();
    this.store.activity.addWorklog({ issueId: issue.id, author, started, timeSpentSeconds: seconds, comment: textToAdf(comment), created: when.toISOString(), updated: when.toISOString() });
    return seconds;
  }

  /** Saves a change and its changelog entry, dated `when` (never later than the sandbox's now). */
  change(issue: IssueRecord, when: Date, author: string, patch: Partial<IssueRecord>): IssueRecord {
    const at = new Date(Math.min(when.getTime(), this.now.getTime() - 60_000)).toISOString();
    const next: IssueRecord = { ...issue, ...patch, updated: at };
    const items = diffIssues({ store: this.store }, issue, next);
    this.store.issues.save(next);
    if (items.length > 0) this.store.activity.addChangelog(issue.id, author, at, items);
    return next;
  }
}
