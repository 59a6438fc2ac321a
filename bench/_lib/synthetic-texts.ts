/**
 * Ticket texts for the synthetic project, made from word lists by a seeded generator: summaries that read
 * like a team's backlog, and descriptions in ADF, from well-written user stories with acceptance criteria
 * to placeholders, so that the readiness check of the next sprint finds both.
 */
import type { AdfNode } from '../../sandbox/jira/adf-text';
import { pick } from '../../sandbox/seed/random';

const ACTIONS = ['Export', 'Import', 'Filter', 'Archive', 'Approve', 'Search', 'Print', 'Share', 'Schedule', 'Cancel', 'Merge', 'Tag', 'Sort', 'Download', 'Preview'];
const THINGS = ['invoices', 'orders', 'customer notes', 'support tickets', 'delivery slots', 'price lists', 'contracts', 'stock counts', 'refunds', 'timesheets', 'purchase requests', 'team rotas'];
const READERS = ['for the finance team', 'by date range', 'from the mobile app', 'in bulk', 'per region', 'for archived accounts', 'as PDF', 'as CSV', 'with a reason', 'for a single branch'];
const ROLES = ['an accountant', 'a support agent', 'a branch manager', 'a warehouse clerk', 'a customer', 'an auditor', 'a sales lead'];
const BENEFITS = ['I can close the month on time', 'I answer customers without asking a colleague', 'I see mistakes before they reach a customer', 'I plan the week from one screen', 'I keep the records the law asks for'];
const BUG_PLACES = ['on the invoice page', 'after a password reset', 'when the list is empty', 'in the nightly import', 'for names with accents', 'on narrow screens'];
const BUG_SYMPTOMS = ['shows the wrong total', 'times out', 'loses the selected filter', 'sends the email twice', 'rounds to whole euros', 'hides the last row'];
const TASK_WORK = ['Upgrade the database driver', 'Rotate the signing keys', 'Add monitoring for the queue', 'Remove the old report endpoint', 'Document the release checklist', 'Clean up feature flags'];
const EPIC_THEMES = ['Billing', 'Self-service accounts', 'Support inbox', 'Reporting', 'Mobile', 'Warehouse', 'Compliance', 'Onboarding', 'Payments', 'Search'];

export type SyntheticType = 'Story' | 'Task' | 'Bug' | 'Epic';

export function epicSummary(random: () => number, n: number): string {
  return `${pick(random, EPIC_THEMES)} ${Math.floor(n / EPIC_THEMES.length) + 1}: ${pick(random, ACTIONS).toLowerCase()} ${pick(random, THINGS)}`;
}

export function ticketSummary(random: () => number, type: SyntheticType): string {
  if (type === 'Bug') return `${pick(random, THINGS).replace(/^./u, (c) => c.toUpperCase())} ${pick(random, BUG_SYMPTOMS)} ${pick(random, BUG_PLACES)}`;
  if (type === 'Task') return `${pick(random, TASK_WORK)} (${pick(random, THINGS)})`;
  return `${pick(random, ACTIONS)} ${pick(random, THINGS)} ${pick(random, READERS)}`;
}

const text = (value: string): AdfNode => ({ type: 'text', text: value });
const paragraph = (value: string): AdfNode => ({ type: 'paragraph', content: [text(value)] });
const doc = (...content: AdfNode[]): AdfNode => ({ type: 'doc', version: 1, content });

/** How well written a description is: most are fine, some are thin, a few are placeholders. */
export type DescriptionQuality = 'complete' | 'no-criteria' | 'placeholder' | 'none';

export function describe(random: () => number, summary: string, type: SyntheticType, quality: DescriptionQuality): AdfNode | null {
  if (quality === 'none') return null;
  if (quality === 'placeholder') return doc(paragraph('TBD'));
  const story = type === 'Story' ? `As ${pick(random, ROLES)}, I want to ${summary.charAt(0).toLowerCase()}${summary.slice(1)}, so that ${pick(random, BENEFITS)}.` : `${summary}. Steps and expected result are below.`;
  if (quality === 'no-criteria') return doc(paragraph(story));
  const criteria = [`The list shows at most 50 ${pick(random, THINGS)} a page`, `A refused request names the field that is wrong`, `The result is the same for every branch`];
  return doc(
    paragraph(story),
    { type: 'heading', attrs: { level: 3 }, content: [text('Acceptance criteria')] },
    { type: 'bulletList', content: criteria.map((c) => ({ type: 'listItem', content: [paragraph(c)] })) },
  );
}
