/**
 * Writes a planned ticket's life into the store in time order. Every change leaves the changelog Jira
 * would have written (through the emulator's own diff); no product events fire (seeding is not user
 * activity). A sprint move keeps the sprints already closed at that moment, as Jira's Sprint field does.
 */
import { markdownToAdf } from 'marklassian';
import type { AdfNode } from '../jira/adf-text';
import { textToAdf } from '../jira/adf-text';
import { diffIssues } from '../jira/issue-changes';
import type { IssueRecord, JiraStore, SprintRecord } from '../jira/store';
import { DAY_MS } from './calendar';
import { pick } from './random';
import type { TicketPlan } from './ticket-plan';

const REVIEW_COMMENTS = [
  'Looks good to me. One question: is the empty state covered by a test?',
  'Reviewed on staging, works as described.',
  'Please double-check the copy with the product owner before merging.',
  'Found a small layout issue on narrow screens, otherwise fine.',
];

export function toAdf(markdown: string): AdfNode | null {
  if (markdown.trim() === '') return null;
  try {
    return markdownToAdf(markdown) as AdfNode;
  } catch {
    return textToAdf(markdown);
  }
}

export class Timeline {
  private readonly sprints: Map<number, SprintRecord>;

  constructor(
    private readonly store: JiraStore,
    private readonly random: () => number,
    private readonly now: Date,
    /** Epic refs to issue ids, filled as epics are written (they are created first). */
    private readonly issueIdOfRef: ReadonlyMap<string, number>,
  ) {
    this.sprints = new Map(store.agile.sprints().map((sprint) => [sprint.id, sprint]));
  }

  write(plan: TicketPlan & { id: number; key: string }): IssueRecord {
    const { ticket } = plan;
    const points = ticket.estimatedFirst ?? ticket.points;
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
      duedate: ticket.duedateInDays === undefined ? null : new Date(this.now.getTime() + ticket.duedateInDays * DAY_MS).toISOString().slice(0, 10),
      created: plan.created.toISOString(),
      updated: plan.created.toISOString(),
      resolutiondate: null,
      storyPoints: points,
      sprintIds: [],
      originalEstimateSeconds: ticket.points === null ? null : ticket.points * 3 * 3600,
      remainingEstimateSeconds: ticket.points === null ? null : ticket.points * 3 * 3600,
      fixVersionIds: [],
      parentId: plan.epicAtCreation === null ? null : (this.issueIdOfRef.get(plan.epicAtCreation) ?? null),
    };
    this.store.issues.save(issue);
    // Stable: changes planned for the same moment keep their planned order.
    const changes = [...plan.changes].sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const { at, author, change } of changes) {
      switch (change.kind) {
        case 'sprint':
          issue = this.change(issue, at, author, { sprintIds: this.sprintIdsAfterMove(issue.sprintIds, change.to, at) });
          break;
        case 'fields':
          issue = this.change(issue, at, author, change.patch);
          break;
        case 'parent':
          issue = this.change(issue, at, author, { parentId: this.issueIdOfRef.get(change.epicRef) ?? null });
          break;
        case 'review-comment':
          this.store.activity.addComment(issue.id, pick(this.random, ['demo-dev', 'demo-dev-2', author]), textToAdf(pick(this.random, REVIEW_COMMENTS)), this.clamp(at));
          break;
      }
    }
    return issue;
  }

  /** Sprints closed by `at` stay in the field; the open one is replaced by `to` (null: to the backlog). */
  private sprintIdsAfterMove(current: number[], to: number | null, at: Date): number[] {
    const closedBy = (id: number) => {
      const completed = this.sprints.get(id)?.completeDate;
      return completed !== null && completed !== undefined && new Date(completed).getTime() <= at.getTime();
    };
    const kept = current.filter(closedBy);
    return to === null || kept.includes(to) ? kept : [...kept, to];
  }

  /** Never later than a minute before the sandbox's now. */
  private clamp(when: Date): string {
    return new Date(Math.min(when.getTime(), this.now.getTime() - 60_000)).toISOString();
  }

  /** Saves a change and its changelog entry, dated `when`. */
  change(issue: IssueRecord, when: Date, author: string, patch: Partial<IssueRecord>): IssueRecord {
    const at = this.clamp(when);
    const next: IssueRecord = { ...issue, ...patch, updated: at };
    const items = diffIssues({ store: this.store }, issue, next);
    if (items.length === 0) return issue;
    this.store.issues.save(next);
    this.store.activity.addChangelog(issue.id, author, at, items);
    return next;
  }
}
