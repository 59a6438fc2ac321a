/** Work delivered in ACC's closed sprints 1 to 6 (and one ticket carried over into the active sprint). */
import { inSprints, type DemoTicket } from './ticket-types';

export const DELIVERED_TICKETS: DemoTicket[] = [
  {
    ref: 'login-email', summary: 'Sign in with email and password', type: 'Story', points: 5, placement: inSprints(1), status: 'Done', assignee: 'demo-dev', priority: 'High', labels: ['auth'],
    description: `As a customer, I want to sign in with my email address and password, so that I can see my account in the portal.

## Acceptance criteria
- Given a registered customer, when they enter a correct email and password, then they land on the account overview.
- Given a wrong password, when they submit, then they see "Email or password is incorrect" and the password field is cleared.
- After five failed attempts within 15 minutes the account is locked for 15 minutes.`,
  },
  {
    ref: 'password-reset', summary: 'Reset a forgotten password by email link', type: 'Story', points: 3, placement: inSprints(2), status: 'Done', assignee: 'demo-dev-2', labels: ['auth'],
    description: `As a customer who forgot my password, I want to receive a reset link by email, so that I can get back into my account without calling support.

## Acceptance criteria
- The reset link expires after 60 minutes.
- The link can be used once.
- The confirmation page does not reveal whether the email address has an account.`,
  },
  {
    ref: 'portal-shell', summary: 'Portal layout: header, navigation and footer', type: 'Task', points: 3, placement: inSprints(1), status: 'Done', assignee: 'demo-dev',
    description: 'Build the shared layout with the design system components. Navigation items: Overview, Invoices, Support, Profile.',
  },
  {
    ref: 'ci-pipeline', summary: 'CI pipeline for the portal front end', type: 'Task', points: 2, placement: inSprints(1), status: 'Done', assignee: 'demo-dev-2',
    description: 'Lint, type check, unit tests and a preview deployment on every pull request.',
  },
  {
    ref: 'invoice-list', summary: 'List my invoices', type: 'Story', points: 5, placement: inSprints(3), status: 'Done', assignee: 'demo-dev', labels: ['billing'], estimatedFirst: 3,
    description: `As a customer, I want to see a list of my invoices, so that I know what I was charged and when.

## Acceptance criteria
- Invoices are listed newest first with number, date, amount and status (paid, open, overdue).
- The list shows 20 invoices per page.
- An empty state explains that invoices appear after the first billing cycle.`,
  },
  {
    ref: 'session-timeout', summary: 'Session expires after 30 minutes of inactivity', type: 'Story', points: 2, placement: inSprints(3), status: 'Done', assignee: 'demo-dev-2', labels: ['auth', 'security'],
    description: `As a customer on a shared computer, I want my session to end after 30 minutes without activity, so that nobody else can use my account.

## Acceptance criteria
- A warning appears 2 minutes before the session ends, with a "Stay signed in" button.
- After expiry the next action leads to the sign-in page and returns to the same page afterwards.`,
  },
  {
    ref: 'login-bug-safari', summary: 'Sign-in button does nothing in Safari 17', type: 'Bug', points: 1, placement: { sprints: [2], addedOnDay: 5 }, status: 'Done', assignee: 'demo-dev', priority: 'Highest',
    description: `Steps: open the portal in Safari 17 on macOS, enter valid credentials, press "Sign in".

Expected: the overview opens. Actual: nothing happens; the console shows a blocked third-party cookie.`,
  },
  {
    ref: 'invoice-pdf', summary: 'Download an invoice as PDF', type: 'Story', points: 3, placement: inSprints(6), status: 'Done', assignee: 'demo-dev-2', labels: ['billing'],
    description: `As a customer, I want to download an invoice as a PDF, so that I can forward it to my accounting team.

## Acceptance criteria
- Given an invoice in the list, when I choose "Download PDF", then the PDF opens with the same number, date and amount as the list.
- The file name is the invoice number, e.g. INV-2024-0042.pdf.`,
  },
  {
    ref: 'profile-edit', summary: 'Edit my contact details', type: 'Story', points: 3, placement: inSprints(6), status: 'Done', assignee: 'demo-dev-3',
    description: `As a customer, I want to change my phone number and postal address, so that invoices and parcels reach me.

## Acceptance criteria
- Phone numbers are validated in international format.
- A change of postal address is confirmed by email.`,
  },
  {
    ref: 'support-form', summary: 'Open a support ticket from the portal', type: 'Story', points: 5, placement: inSprints(6), status: 'Done', assignee: 'demo-dev-2', labels: ['support'], estimatedFirst: 8,
    description: `As a customer, I want to open a support ticket from the portal, so that I do not have to write an email and wait for a ticket number.

## Acceptance criteria
- Given I am signed in, when I submit subject, category and message, then I see the new ticket number.
- Attachments up to 10 MB (PNG, JPG, PDF) can be added.
- The ticket appears in "My tickets" within a minute.`,
  },
  {
    ref: 'audit-log', summary: 'Audit log for account changes', type: 'Task', points: 3, placement: inSprints(4), status: 'Done', assignee: 'demo-dev-2', labels: ['security'],
    description: 'Record who changed contact details, password and payment method, and when. Keep entries for 13 months.',
  },
  {
    ref: 'invoice-filter-bug', summary: 'Invoice list shows invoices of another customer after switching accounts', type: 'Bug', points: 2, placement: { sprints: [5], addedOnDay: 4 }, status: 'Done', assignee: 'demo-dev', priority: 'Highest', labels: ['billing', 'security'],
    description: `Users with access to two customer accounts see the first account's invoices after switching, until they reload.

Cause: the invoice query is cached by user, not by customer account.`,
  },
  {
    ref: 'status-page', summary: 'Link the service status page in the footer', type: 'Task', points: 1, placement: inSprints(4), status: 'Done', assignee: 'demo-dev',
    description: 'Link to the public status page.',
  },
  {
    ref: 'payment-method', summary: 'Update the payment method', type: 'Story', points: 8, placement: inSprints(5, 6, 7), status: 'In Review', assignee: 'demo-dev-2', labels: ['billing'], estimatedFirst: 5, duedateInDays: -3,
    description: `As a customer, I want to replace my credit card, so that my next invoice is not charged to an expired card.

## Acceptance criteria
- Card details are entered in the payment provider's hosted fields; the portal never sees the card number.
- The new card is used from the next invoice; open invoices can be paid with it at once.
- A confirmation email is sent after the change.`,
  },
  {
    ref: 'error-pages', summary: 'Friendly 404 and 500 pages', type: 'Task', points: 1, placement: inSprints(2), status: 'Done', assignee: 'demo-dev',
    description: 'Both pages link back to the overview and show the support phone number.',
  },
  {
    ref: 'analytics', summary: 'Page view analytics without personal data', type: 'Task', points: 2, placement: inSprints(3), status: 'Done', assignee: 'demo-dev-2', labels: ['privacy'],
    description: 'Count page views per route; no cookies, no IP addresses stored.',
  },
  {
    ref: 'invoice-status-colours', summary: 'Colour-code invoice status', type: 'Story', points: 1, placement: inSprints(5), status: 'Done', assignee: 'demo-dev-3', labels: ['billing'],
    description: `As a customer, I want overdue invoices to stand out, so that I pay them first.

## Acceptance criteria
- Overdue: red lozenge; open: blue; paid: green.
- The status is also written as text for screen readers.`,
  },
  {
    ref: 'ticket-categories', summary: 'Ticket categories from the support system', type: 'Task', points: 2, placement: inSprints(6), status: 'Done', assignee: 'demo-dev-2', labels: ['support'],
    description: 'Load categories from the support system API instead of the hard-coded list; cache for one hour.',
  },
];
