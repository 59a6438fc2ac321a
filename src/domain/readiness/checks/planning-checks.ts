import { finding, NO_FINDINGS, type Check } from './check';

export const estimateMissing: Check = (ticket, rules) => {
  const points = ticket.snapshot.storyPoints;
  if (typeof points === 'number' && Number.isFinite(points) && points >= 0) return NO_FINDINGS;
  return [
    finding(
      'estimate.missing',
      rules,
      'The ticket has no story point estimate.',
      '',
      'Estimate the ticket with the team (e.g. in refinement) and set its story points.',
    ),
  ];
};

export const priorityMissing: Check = (ticket, rules) => {
  const priority = ticket.snapshot.priority;
  if (typeof priority === 'string' && priority.trim() !== '') return NO_FINDINGS;
  return [finding('priority.missing', rules, 'The ticket has no priority.', '', 'Set a priority so the team knows its order.')];
};

export const blockersOpen: Check = (ticket, rules) => {
  const links = ticket.snapshot.links;
  if (!Array.isArray(links) || links.length === 0) return NO_FINDINGS;
  const found = [];
  for (const link of links) {
    if (typeof link?.relation !== 'string' || !rules.blockingRelations.has(link.relation.trim().toLowerCase())) continue;
    if (link.statusCategory === 'done') continue;
    found.push(
      finding(
        'blockers.open',
        rules,
        `Blocked by ${link.issueKey}, which is not done.`,
        `${link.relation} ${link.issueKey} (${statusName(link.statusCategory)})`,
        `Finish ${link.issueKey} first, or remove the link if it no longer blocks this ticket.`,
      ),
    );
  }
  return found.length > 0 ? found : NO_FINDINGS;
};

function statusName(category: string): string {
  switch (category) {
    case 'new':
      return 'To Do';
    case 'indeterminate':
      return 'In Progress';
    default:
      return 'status unknown';
  }
}
