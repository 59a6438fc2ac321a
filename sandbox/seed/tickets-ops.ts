/** The second project (OPS): operations work the outsider can browse but not change. */
import type { DemoTicket } from './ticket-types';

export const OPS_TICKETS: DemoTicket[] = [
  { ref: 'ops-backups', summary: 'Nightly database backups to a second region', type: 'Task', points: 3, placement: 'backlog', status: 'In Progress', assignee: 'demo-dev-2', description: 'Keep 30 daily and 12 monthly backups. Test a restore every quarter.' },
  { ref: 'ops-alerts', summary: 'Alert on sign-in error rate above 5 %', type: 'Task', points: 2, placement: 'backlog', status: 'To Do', description: 'Page the on-call developer; include a link to the dashboard.' },
  { ref: 'ops-certs', summary: 'Renew TLS certificates automatically', type: 'Task', points: 2, placement: 'backlog', status: 'Done', assignee: 'demo-dev-2', description: 'Switch to ACME renewal 30 days before expiry.' },
  { ref: 'ops-runbook', summary: 'Runbook for payment provider outages', type: 'Task', points: 1, placement: 'backlog', status: 'To Do', assignee: 'demo-pm', description: '' },
  { ref: 'ops-cost', summary: 'Review cloud costs for the portal', type: 'Task', points: null, placement: 'backlog', status: 'To Do', description: 'TBD' },
  { ref: 'ops-incident', summary: 'Portal unavailable for 12 minutes during deployment', type: 'Bug', points: 2, placement: 'backlog', status: 'In Review', assignee: 'demo-dev', priority: 'High', description: 'The health check passed before migrations finished. Make the deployment wait for migrations.' },
];
