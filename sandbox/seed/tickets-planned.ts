/**
 * The future sprint (what the readiness check looks at) and the backlog: descriptions range from
 * ready to plan, through vague or compound stories, to empty, "TBD", lorem ipsum and unfilled templates.
 */
import type { DemoTicket } from './ticket-types';

export const PLANNED_TICKETS: DemoTicket[] = [
  {
    ref: 'autopay', summary: 'Pay open invoices automatically by direct debit', type: 'Story', points: 8, placement: 'future', status: 'To Do', assignee: 'demo-dev-2', labels: ['billing'], priority: 'High', release: 'Portal 1.1',
    description: `As a customer, I want open invoices to be paid automatically by direct debit, so that I never pay late fees.

## Acceptance criteria
- Given I have a valid SEPA mandate, when an invoice is issued, then it is collected on its due date.
- Given a collection fails, when the bank reports it, then I get an email and the invoice shows "payment failed".
- I can switch automatic payment off at any time; invoices already scheduled are still collected.`,
  },
  {
    ref: 'ticket-attachments', summary: 'Add attachments to a ticket reply', type: 'Story', points: 3, placement: 'future', status: 'To Do', labels: ['support'], release: 'Portal 1.1',
    description: `As a customer, I want to attach screenshots to my reply, so that support can see the problem.

## Acceptance criteria
Given an open ticket
When I attach a PNG of 2 MB and send the reply
Then the attachment is listed under my reply with its file name and size

Given a file larger than 10 MB
When I try to attach it
Then I see "Files can be at most 10 MB" and the reply is not sent`,
  },
  {
    ref: 'usage-dashboard', summary: 'Usage dashboard', type: 'Story', points: 8, placement: 'future', status: 'To Do', labels: ['insights'],
    description: `As a customer I want a fast and user-friendly dashboard with charts and/or tables of my usage and some export options, so that I can understand my usage.

It should be intuitive and load quickly.`,
  },
  {
    ref: 'dark-mode', summary: 'Dark mode', type: 'Story', points: 3, placement: 'future', status: 'To Do',
    description: 'TBD',
  },
  {
    ref: 'invoice-dispute', summary: 'Dispute an invoice', type: 'Story', points: null, placement: 'future', status: 'To Do', labels: ['billing', 'support'], release: 'Portal 1.1',
    description: `As a customer, I want to dispute an invoice line, so that billing errors are corrected without a phone call.

## Acceptance criteria
- Given an invoice, when I choose "Dispute" on a line and give a reason, then a support ticket is created and linked to the invoice.
- A disputed invoice shows "in dispute" and is not sent to collection.`,
  },
  {
    ref: 'profile-photo', summary: 'Upload a profile photo', type: 'Story', points: 2, placement: 'future', status: 'To Do',
    description: `Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.`,
  },
  {
    ref: 'export-invoices', summary: 'Export invoices as CSV', type: 'Story', points: 2, placement: 'future', status: 'To Do', labels: ['billing'], release: 'Portal 1.1',
    description: `As a [type of user], I want [some goal], so that [some reason].

## Acceptance criteria
- [criterion]`,
  },
  {
    ref: 'team-members', summary: 'Invite colleagues and manage their access', type: 'Story', points: 13, placement: 'future', status: 'To Do', assignee: 'demo-dev', labels: ['accounts'], release: 'Portal 2.0',
    description: `As an account administrator, I want to invite colleagues and manage their access and also see an activity history of what they did and set spending limits, so that my company can use the portal together.

## Acceptance criteria
- Invitations are sent by email.
- Roles: admin, billing, viewer.`,
  },
  {
    ref: 'chat-widget', summary: 'Live chat with support', type: 'Story', points: 5, placement: 'future', status: 'To Do', labels: ['support'],
    description: '',
  },
  {
    ref: 'ticket-satisfaction', summary: 'Rate the answer when a ticket is closed', type: 'Story', points: 2, placement: 'future', status: 'To Do', labels: ['support'],
    description: `As a customer, I want to rate how well my ticket was solved, so that support learns what to improve.

## Acceptance criteria
- When a ticket is closed, the email and the ticket page offer a rating from 1 to 5 and an optional comment.
- A rating can be given once and changed within 7 days.`,
  },
  {
    ref: 'sso-admin', summary: 'Configure SSO for my company', type: 'Story', points: 5, placement: 'future', status: 'To Do', labels: ['auth'], release: 'Portal 1.1',
    description: `As an account administrator, I want to connect our identity provider, so that my colleagues sign in with their company accounts.

## Acceptance criteria
- The admin can upload IdP metadata (SAML) or enter issuer, client id and secret (OIDC).
- A "Test connection" button signs the admin in through the IdP without enforcing SSO yet.
- Enforcing SSO requires a successful test.`,
  },
  {
    ref: 'mobile-nav', summary: 'Improve the navigation on mobile', type: 'Task', points: 3, placement: 'future', status: 'To Do',
    description: 'Navigation should be better on phones.',
  },
  {
    ref: 'loyalty', summary: 'Loyalty points for paying on time', type: 'Epic', points: null, placement: 'backlog', status: 'To Do',
    description: 'Idea from the sales kick-off. Needs discovery.',
  },
  {
    ref: 'multi-currency', summary: 'Show invoices in the customer currency', type: 'Story', points: 8, placement: 'backlog', status: 'To Do', labels: ['billing'], release: 'Portal 2.0',
    description: `As a customer abroad, I want to see amounts in my own currency, so that I understand what I pay.

## Acceptance criteria
- The currency is taken from the billing country.
- Exchange rates are those of the invoice date, shown with their source.`,
  },
  {
    ref: 'knowledge-base', summary: 'Suggest help articles while writing a ticket', type: 'Story', points: 5, placement: 'backlog', status: 'To Do', labels: ['support'],
    description: `As a customer, I want to see matching help articles while I type my ticket subject, so that I can solve simple problems myself.`,
  },
  {
    ref: 'gdpr-export', summary: 'Download all my personal data', type: 'Story', points: 5, placement: 'backlog', status: 'To Do', labels: ['security', 'privacy'], priority: 'High', duedateInDays: 45, release: 'Portal 2.0',
    description: `As a customer, I want to download all personal data the portal holds about me, so that I can exercise my right of access.

## Acceptance criteria
- The export is a ZIP with JSON files for profile, invoices, tickets and audit log.
- The export is ready within 24 hours and the link is valid for 7 days.`,
  },
  {
    ref: 'delete-account', summary: 'Close my account', type: 'Story', points: null, placement: 'backlog', status: 'To Do', labels: ['privacy'],
    description: 'TBD - check with legal what must be kept.',
  },
  {
    ref: 'perf-invoices', summary: 'Invoice list is slow for customers with more than 500 invoices', type: 'Bug', points: 3, placement: 'backlog', status: 'To Do', priority: 'Medium', labels: ['billing', 'performance'],
    description: 'Loading takes 8-12 s for large accounts. The API loads every invoice and pages in the browser.',
  },
  {
    ref: 'i18n', summary: 'Translate the portal into German and French', type: 'Story', points: 8, placement: 'backlog', status: 'To Do',
    description: 'Translate everything.',
  },
  {
    ref: 'cookie-banner', summary: 'Cookie consent banner', type: 'Task', points: 2, placement: 'backlog', status: 'To Do', labels: ['privacy'], visits: [{ sprint: 7, inDay: 1, outDay: 4 }, { sprint: 7, inDay: 6, outDay: 9 }],
    description: 'Use the consent tool marketing already licenses.',
  },
  {
    ref: 'push-notifications', summary: 'Push notifications for ticket replies', type: 'Story', points: null, placement: 'backlog', status: 'To Do', labels: ['notifications'],
    description: '',
  },
  {
    ref: 'contract-docs', summary: 'See my contract documents', type: 'Story', points: 3, placement: 'backlog', status: 'To Do',
    description: `As a customer, I want to open my contract and price sheet in the portal, so that I can check the terms without asking my account manager.

## Acceptance criteria
- Documents are listed with title, version and date signed.
- Only the current and the previous version are shown.`,
  },
  {
    ref: 'api-tokens', summary: 'Create API tokens for invoice downloads', type: 'Story', points: 5, placement: 'backlog', status: 'To Do', labels: ['billing', 'integration'],
    description: 'Some customers want to fetch invoices into their ERP automatically. Lorem ipsum for the rest.',
  },
  {
    ref: 'onboarding-tour', summary: 'First-time onboarding tour', type: 'Story', points: 3, placement: 'backlog', status: 'To Do',
    description: 'A short guided tour for new users. Should be user-friendly and not annoying.',
  },
  {
    ref: 'saved-cards', summary: 'Keep more than one payment method', type: 'Story', points: 5, placement: 'backlog', status: 'To Do', labels: ['billing'], release: 'Portal 2.0',
    description: `As a customer, I want to store a backup card, so that a failed payment is retried with it.`,
  },
  {
    ref: 'sla-display', summary: 'Show the expected answer time on a ticket', type: 'Story', points: 2, placement: 'backlog', status: 'To Do', labels: ['support'],
    description: `As a customer, I want to see when I can expect an answer, so that I do not chase support too early.

## Acceptance criteria
- The expected time follows the customer's support plan (4 h business, 24 h standard).
- Outside business hours the time is counted from the next business morning.`,
  },
  {
    ref: 'bug-timezone', summary: 'Ticket times are shown in UTC instead of local time', type: 'Bug', points: 1, placement: 'backlog', status: 'To Do', priority: 'Low', labels: ['support'],
    description: 'Reported by two customers in Sydney. Times in the ticket conversation are UTC.',
  },
  {
    ref: 'print-styles', summary: 'Print-friendly invoice page', type: 'Task', points: 1, placement: 'backlog', status: 'To Do',
    description: 'Hide navigation and footer when printing.',
  },
  {
    ref: 'two-factor', summary: 'Two-factor authentication with an authenticator app', type: 'Story', points: 8, placement: 'backlog', status: 'To Do', labels: ['auth', 'security'], priority: 'High', release: 'Portal 2.0',
    description: `As a customer, I want to protect my account with a second factor, so that a stolen password is not enough to get in.

## Acceptance criteria
- Given 2FA is on, when I sign in with the right password, then I am asked for a 6-digit code.
- Ten single-use recovery codes are shown once when 2FA is switched on.
- Support can reset 2FA after verifying identity; the reset is logged.`,
  },
  {
    ref: 'newsletter', summary: 'Newsletter sign-up', type: 'Story', points: 1, placement: 'backlog', status: 'To Do',
    description: 'TBD',
  },
];

/** Who blocks whom: [blocker ref, blocked ref]. Some blockers are still open. */
export const BLOCKS: Array<[string, string]> = [
  ['payment-method', 'autopay'],
  ['sso', 'sso-admin'],
  ['ticket-reply', 'ticket-attachments'],
  ['invoice-pdf', 'export-invoices'],
  ['support-form', 'invoice-dispute'],
  ['perf-invoices', 'multi-currency'],
  // Two tickets of the active sprint wait on open work.
  ['perf-invoices', 'invoice-search'],
  ['sso', 'e2e-tests'],
];
