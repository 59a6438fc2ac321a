/** ACC's epics (stories sit under them through `parent`) and the team's running task for ceremonies. */
import type { DemoTicket } from './ticket-types';

/** Epics are created before the first sprint, so they come first in key order. */
const EPICS_CREATED_DAYS_AGO = 110;

export const EPIC_TICKETS: DemoTicket[] = [
  {
    ref: 'epic-accounts', summary: 'Customer accounts and sign-in', type: 'Epic', points: null, placement: 'backlog', status: 'In Progress', assignee: 'demo-po', createdDaysAgo: EPICS_CREATED_DAYS_AGO, epic: null,
    description: 'Everything a customer needs to get into the portal safely: sign-in, passwords, sessions, single sign-on for business customers.',
  },
  {
    ref: 'epic-billing', summary: 'Invoices and payments', type: 'Epic', points: null, placement: 'backlog', status: 'In Progress', assignee: 'demo-po', createdDaysAgo: EPICS_CREATED_DAYS_AGO, epic: null,
    description: 'See, download and pay invoices; manage payment methods.',
  },
  {
    ref: 'epic-support', summary: 'Support in the portal', type: 'Epic', points: null, placement: 'backlog', status: 'In Progress', assignee: 'demo-po', createdDaysAgo: EPICS_CREATED_DAYS_AGO, epic: null,
    description: 'Open, follow and answer support tickets without email.',
  },
  {
    ref: 'epic-foundations', summary: 'Portal foundations', type: 'Epic', points: null, placement: 'backlog', status: 'In Progress', assignee: 'demo-pm', createdDaysAgo: EPICS_CREATED_DAYS_AGO, epic: null,
    description: 'Layout, delivery pipeline, environments, quality and the legal pages every release needs.',
  },
  {
    ref: 'epic-privacy', summary: 'Privacy and compliance', type: 'Epic', points: null, placement: 'backlog', status: 'To Do', assignee: 'demo-po', createdDaysAgo: EPICS_CREATED_DAYS_AGO, epic: null,
    description: 'Consent, data export and account closure as the GDPR requires.',
  },
];

export const TEAM_TICKETS: DemoTicket[] = [
  {
    ref: 'ceremonies', summary: 'Sprint ceremonies and project management', type: 'Task', points: null, placement: 'backlog', status: 'In Progress', assignee: 'demo-pm', createdDaysAgo: EPICS_CREATED_DAYS_AGO - 1, epic: null,
    description: 'Planning, reviews, retrospectives and stakeholder updates: the team logs that time here.',
  },
];
