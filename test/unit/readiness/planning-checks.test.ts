import { describe, expect, it } from 'vitest';
import { parseRubric, type IssueLinkSnapshot } from '../../../src/domain/readiness';
import { findingsOf, fired, ticket } from './ticket-factory';

describe('estimate.missing', () => {
  it.each([[null], [undefined], [Number.NaN], [-1]])('fires for story points %s', (storyPoints) => {
    expect(fired(ticket({ storyPoints }))).toContain('estimate.missing');
  });

  it.each([[0], [3], [0.5]])('does not fire for story points %s', (storyPoints) => {
    expect(fired(ticket({ storyPoints }))).not.toContain('estimate.missing');
  });
});

describe('blockers.open', () => {
  const link = (relation: string, issueKey: string, statusCategory: IssueLinkSnapshot['statusCategory']): IssueLinkSnapshot => ({
    relation,
    issueKey,
    statusCategory,
  });

  it.each([
    ['a blocker in To Do', [link('is blocked by', 'ACC-1', 'new')], ['ACC-1']],
    ['a blocker in progress', [link('Is Blocked By', 'ACC-2', 'indeterminate')], ['ACC-2']],
    ['two open blockers among others', [link('is blocked by', 'ACC-3', 'new'), link('relates to', 'ACC-4', 'new'), link('is blocked by', 'ACC-5', 'undefined')], ['ACC-3', 'ACC-5']],
  ])('fires for %s', (_name, links, keys) => {
    const found = findingsOf(ticket({ links }), 'blockers.open');
    expect(found.map((item) => item.evidence.split(' ')[3])).toEqual(keys);
    expect(found[0]!.severity).toBe('blocker');
  });

  it.each([
    ['no links', []],
    ['a done blocker', [link('is blocked by', 'ACC-1', 'done')]],
    ['an outward "blocks" link', [link('blocks', 'ACC-2', 'new')]],
    ['a "relates to" link', [link('relates to', 'ACC-3', 'indeterminate')]],
  ])('does not fire for %s', (_name, links) => {
    expect(fired(ticket({ links }))).not.toContain('blockers.open');
  });

  it('honours configured blocking relations', () => {
    const parsed = parseRubric({ blockingRelations: ['depends on'] });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(fired(ticket({ links: [link('depends on', 'ACC-9', 'new')] }), parsed.rubric)).toContain('blockers.open');
  });
});

describe('priority.missing', () => {
  const enabled = parseRubric({ checks: { 'priority.missing': { enabled: true } } });
  if (!enabled.ok) throw new Error(enabled.error);

  it('is off by default', () => {
    expect(fired(ticket({ priority: null }))).not.toContain('priority.missing');
  });

  it.each([[null], [''], ['  ']])('fires for %j when enabled', (priority) => {
    expect(fired(ticket({ priority }), enabled.rubric)).toContain('priority.missing');
  });

  it.each([['High'], ['Medium'], ['Lowest']])('does not fire for %s', (priority) => {
    expect(fired(ticket({ priority }), enabled.rubric)).not.toContain('priority.missing');
  });
});
