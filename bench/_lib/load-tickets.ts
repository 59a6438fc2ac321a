/**
 * Puts many tickets into one sprint straight through the emulator's store, in one transaction: creating
 * 10,000 issues through REST one by one would measure the loader, not the app.
 */
import type { Database } from 'better-sqlite3';
import { markdownToAdf } from '../../src/domain/adf';
import { JiraStore, type IssueRecord } from '../../sandbox/jira/store';
import type { NeoTicket } from './neodataset';

export interface TicketTarget {
  projectKey: string;
  sprintId: number;
  reporter: string;
  now: Date;
}

/** Writes one issue per ticket and answers their keys, in creation order. */
export function loadTickets(db: Database, tickets: readonly NeoTicket[], target: TicketTarget): string[] {
  const store = new JiraStore(db);
  const project = store.directory.projects().find((p) => p.key === target.projectKey);
  if (!project) throw new Error(`No project ${target.projectKey} in the sandbox`);
  const sprint = store.agile.sprint(target.sprintId);
  if (!sprint) throw new Error(`No sprint ${target.sprintId} in the sandbox`);
  const created = target.now.toISOString();
  // Markdown to ADF outside the transaction: it is the slow part and touches no table.
  const descriptions = tickets.map((ticket) => (ticket.description.trim() === '' ? null : markdownToAdf(ticket.description)));
  return store.transaction(() => {
    const keys: string[] = [];
    let id = store.issues.nextId();
    tickets.forEach((ticket, i) => {
      const issue: IssueRecord = {
        id,
        key: `${project.key}-${store.directory.takeIssueNumber(project.id)}`,
        projectId: project.id,
        issueType: ticket.issueType,
        summary: ticket.title,
        description: descriptions[i] ?? null,
        status: 'To Do',
        assignee: null,
        reporter: target.reporter,
        priority: 'Medium',
        labels: [],
        duedate: null,
        created,
        updated: created,
        resolutiondate: null,
        storyPoints: ticket.storyPoints,
        sprintIds: [target.sprintId],
        originalEstimateSeconds: null,
        remainingEstimateSeconds: null,
        fixVersionIds: [],
        parentId: null,
      };
      store.issues.save(issue);
      keys.push(issue.key);
      id += 1;
    });
    return keys;
  });
}
