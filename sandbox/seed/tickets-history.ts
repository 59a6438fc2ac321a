/**
 * More of the project's history in the closed sprints: set-up work, a ticket carried over twice, scope
 * added and taken out mid-sprint (some of it finished anyway, outside the sprint), re-estimates.
 */
import { inSprints, type DemoTicket } from './ticket-types';

export const HISTORY_TICKETS: DemoTicket[] = [
  {
    ref: 'repo-setup', summary: 'Repository, branch protection and code owners', type: 'Task', points: 1, placement: inSprints(1), status: 'Done', assignee: 'demo-dev-2',
    description: 'Main is protected; every pull request needs one review from the code owners of the folders it touches.',
  },
  {
    ref: 'design-system', summary: 'Adopt the design system components', type: 'Task', points: 3, placement: inSprints(1), status: 'Done', assignee: 'demo-dev', labels: ['frontend'],
    description: 'Buttons, form fields, lozenges and the page layout come from the design system package; no copies of its styles.',
  },
  {
    ref: 'auth-api', summary: 'Authentication API for the portal', type: 'Task', points: 8, estimatedFirst: 5, placement: inSprints(1, 2), status: 'Done', assignee: 'demo-dev-2', labels: ['auth'],
    description: 'Sessions in secure, HTTP-only cookies; password hashes with Argon2id. Carried over: the identity service contract changed mid-sprint.',
  },
  {
    ref: 'invoice-api', summary: 'Invoice data from the billing system', type: 'Task', points: 5, placement: inSprints(2), status: 'Done', assignee: 'demo-dev-2', labels: ['billing'],
    description: 'Read invoices per customer account from the billing system API; map its statuses to paid, open and overdue.',
  },
  {
    ref: 'privacy-policy', summary: 'Privacy policy page', type: 'Task', points: 1, placement: { sprints: [2], removedOnDay: 6 }, doneDaysAfterRemoval: 4, status: 'Done', assignee: 'demo-dev', labels: ['privacy'],
    description: 'Taken out of the sprint while legal reviewed the text; published as soon as it was approved.',
  },
  {
    ref: 'staging-env', summary: 'Staging environment with production-like data', type: 'Task', points: 3, placement: inSprints(3), status: 'Done', assignee: 'demo-dev-2',
    description: 'Anonymised copy of production data, refreshed weekly. Same configuration as production except the payment provider sandbox.',
  },
  {
    ref: 'invoice-cache', summary: 'Cache invoice lists per customer account', type: 'Task', points: 5, estimatedFirst: 3, placement: inSprints(3, 4), status: 'Done', assignee: 'demo-dev', labels: ['billing', 'performance'],
    description: 'Cache for five minutes, keyed by customer account; invalidate when the billing system reports a new invoice.',
  },
  {
    ref: 'invoice-date-bug', summary: 'Invoice dates shown in US format for German customers', type: 'Bug', points: 1, placement: { sprints: [3], addedOnDay: 4 }, status: 'Done', assignee: 'demo-dev-3', priority: 'High', labels: ['billing'],
    description: 'Dates follow the browser locale instead of the customer\'s billing country. Expected: 24.03.2026 for Germany.',
  },
  {
    ref: 'dependency-audit', summary: 'Audit third-party dependencies for licences', type: 'Task', points: 2, placement: { sprints: [3], removedOnDay: 7 }, doneDaysAfterRemoval: 3, status: 'Done', assignee: 'demo-pm', labels: ['security'],
    description: 'List every runtime dependency with its licence; flag anything copyleft for legal.',
  },
  {
    ref: 'account-summary-api', summary: 'Account summary endpoint for the overview page', type: 'Task', points: 3, placement: inSprints(4), status: 'Done', assignee: 'demo-dev-3',
    description: 'One request returns open invoices, their total and open support tickets for the signed-in customer account.',
  },
  {
    ref: 'email-service', summary: 'Transactional email service', type: 'Task', points: 5, placement: inSprints(4, 5), status: 'Done', assignee: 'demo-dev-2', labels: ['notifications'],
    description: 'Send through the email provider with templates in the repository; bounces and complaints are recorded per address.',
  },
  {
    ref: 'support-api-spike', summary: 'Spike: what the support system API allows', type: 'Task', points: 2, placement: inSprints(4), status: 'Done', assignee: 'demo-dev', labels: ['support'],
    description: 'Find out whether tickets, replies and attachments can be created for a customer through the API, and how fast.',
  },
  {
    ref: 'faq-page', summary: 'FAQ page with the ten most asked questions', type: 'Story', points: 2, placement: { sprints: [4], removedOnDay: 8 }, doneDaysAfterRemoval: 2, status: 'Done', assignee: 'demo-dev-3', labels: ['support'],
    description: `As a customer, I want answers to common questions in the portal, so that I do not need to open a ticket.

## Acceptance criteria
- The ten questions come from last quarter's support statistics.
- Each answer links to the page where the customer can act.`,
  },
  {
    ref: 'load-test', summary: 'Load test the portal with 2,000 concurrent users', type: 'Task', points: 3, placement: inSprints(5), status: 'Done', assignee: 'demo-qa', labels: ['performance'],
    description: 'Sign in, list invoices and download a PDF; the 95th percentile stays under 800 ms.',
  },
  {
    ref: 'security-review', summary: 'Security review before the first release', type: 'Task', points: 3, placement: inSprints(5), status: 'Done', assignee: 'demo-qa', labels: ['security'],
    description: 'External review of authentication, session handling and the invoice endpoints; findings above "medium" are fixed before the release.',
  },
  {
    ref: 'release-checklist', summary: 'Release checklist for Portal 1.0', type: 'Task', points: 1, placement: inSprints(5), status: 'Done', assignee: 'demo-pm', duedateInDays: -24,
    description: 'Support briefed, status page updated, rollback tested, customers informed two days ahead.',
  },
  {
    ref: 'maintenance-banner', summary: 'Maintenance banner for planned downtime', type: 'Task', points: 1, placement: { sprints: [6], removedOnDay: 5 }, doneDaysAfterRemoval: 3, status: 'Done', assignee: 'demo-dev-3',
    description: 'A banner above the navigation announces planned downtime; the text comes from the status page.',
  },
];
