/** The active sprint: work in flight, two tickets added after the sprint started. */
import { inSprints, type DemoTicket } from './ticket-types';

export const CURRENT_TICKETS: DemoTicket[] = [
  {
    ref: 'ticket-list', summary: 'See my support tickets and their status', type: 'Story', points: 5, placement: inSprints(7), status: 'Done', assignee: 'demo-dev-3', labels: ['support'],
    description: `As a customer, I want to see my open and closed support tickets, so that I know what support is working on.

## Acceptance criteria
- Given I have tickets, when I open "My tickets", then open tickets are listed first, newest first.
- Each row shows number, subject, status and the date of the last reply.
- Closed tickets older than 12 months are hidden behind "Show older tickets".`,
  },
  {
    ref: 'ticket-reply', summary: 'Reply to a support ticket', type: 'Story', points: 3, placement: inSprints(7), status: 'In Review', assignee: 'demo-dev-2', labels: ['support'],
    description: `As a customer, I want to reply to an open ticket, so that I can give support the details they asked for.

## Acceptance criteria
- Given an open ticket, when I send a reply, then it appears in the conversation with my name and the time.
- Replying to a closed ticket reopens it.`,
  },
  {
    ref: 'email-templates', summary: 'Email templates for ticket updates', type: 'Task', points: 3, placement: inSprints(7), status: 'In Progress', assignee: 'demo-dev', stale: true,
    description: `Templates for: ticket created, support replied, ticket closed. Use the brand header and plain-text fallback.

Copy is in the shared drive (ask Paula).`,
  },
  {
    ref: 'sso', summary: 'Single sign-on with the company identity provider', type: 'Story', points: 13, placement: inSprints(7), status: 'In Progress', assignee: 'demo-dev-2', labels: ['auth'], priority: 'High', estimatedFirst: 8,
    description: `As an employee of a business customer, I want to sign in with my company account, so that I do not need another password.

## Acceptance criteria
- SAML 2.0 and OpenID Connect are supported.
- Given SSO is enforced for a customer, when an employee enters their email, then they are sent to the company's identity provider.
- Accounts are created on first sign-in with the attributes name and email.`,
  },
  {
    ref: 'invoice-search', summary: 'Search invoices by number or amount', type: 'Story', points: 3, placement: inSprints(7), status: 'To Do', assignee: 'demo-dev', labels: ['billing'],
    description: `As a customer with many invoices, I want to find an invoice by its number or amount, so that I can answer questions from accounting quickly.

## Acceptance criteria
- Searching "0042" finds INV-2024-0042.
- Searching "129.90" finds invoices with exactly that amount.
- No results shows "No invoices match" and a link to clear the search.`,
  },
  {
    ref: 'accessibility-audit', summary: 'Fix accessibility findings on the sign-in page', type: 'Bug', points: 2, placement: inSprints(7), status: 'In Progress', assignee: 'demo-qa', priority: 'High', duedateInDays: -1,
    description: `The audit found: missing labels on the email field, focus not visible on the "Sign in" button, error message not announced by screen readers.`,
  },
  {
    ref: 'rate-limit', summary: 'Rate-limit the sign-in endpoint', type: 'Task', points: 2, placement: inSprints(7), status: 'Done', assignee: 'demo-dev-2', labels: ['security'],
    description: 'Max 10 attempts per minute per IP address, answer 429 with Retry-After.',
  },
  {
    ref: 'overview-widgets', summary: 'Account overview page', type: 'Story', points: 5, placement: inSprints(7), status: 'In Review', assignee: 'demo-dev',
    description: `As a customer, I want an overview page after signing in, so that I see at a glance what needs my attention.

## Acceptance criteria
- Shows the number of open invoices and their total amount.
- Shows the number of open support tickets.
- Each tile links to the full list.`,
  },
  {
    ref: 'e2e-tests', summary: 'End-to-end tests for sign-in and invoices', type: 'Task', points: 3, placement: inSprints(7), status: 'To Do', assignee: 'demo-qa',
    description: 'Cover sign in, sign out, invoice list and PDF download in the nightly run.',
  },
  {
    ref: 'notification-settings', summary: 'Choose which emails I receive', type: 'Story', points: 3, placement: inSprints(7), status: 'To Do', labels: ['notifications'],
    description: `As a customer, I want to switch off emails I do not need, so that my inbox is not flooded.

## Acceptance criteria
- Invoice emails cannot be switched off (legal requirement); the toggle is shown disabled with a hint.
- Ticket update emails and product news can be switched off.
- Changes apply to emails sent from the next minute on.`,
  },
  {
    ref: 'pdf-font-bug', summary: 'Invoice PDF shows boxes instead of umlauts', type: 'Bug', points: 1, placement: inSprints(7), status: 'In Progress', assignee: 'demo-dev-2', priority: 'High', labels: ['billing'],
    description: 'Customer names with ä, ö, ü render as empty boxes in the PDF. The embedded font lacks Latin-1 glyphs.',
  },
  {
    ref: 'hotfix-invoice-total', summary: 'Overview shows wrong total for partially paid invoices', type: 'Bug', points: 2, placement: { sprints: [7], addedOnDay: 3 }, status: 'In Progress', assignee: 'demo-dev', priority: 'Highest', labels: ['billing'], duedateInDays: -2,
    description: 'Partially paid invoices are counted with their full amount in the overview total. Expected: open amount only.',
  },
  {
    ref: 'legal-imprint', summary: 'Add the legal imprint page', type: 'Task', points: 1, placement: { sprints: [7], addedOnDay: 3 }, status: 'To Do', assignee: 'demo-dev-3',
    description: 'Legal asked for it before the public launch. Text will follow.',
  },
];
