import { describe, expect, it } from 'vitest';
import { importCriteria } from '../../../src/app/signoff/panel-actions';
import { ticketSnapshot } from '../../../src/app/readiness/ticket-snapshot';
import { DEFAULT_FIELD_IDS } from '../../../src/app/site/field-ids';
import { compileRubric } from '../../../src/domain/readiness/compile-rubric';
import { defaultRubric } from '../../../src/domain/readiness/rubric';
import { readTicket } from '../../../src/domain/readiness/ticket-text';
import type { AdfDocument } from '../../../src/ports/jira';
import { descriptionCases } from '../../fixtures/descriptions/load-descriptions';
import { PO, panelWorld } from './signoff/panel-world';

describe('the panel and the readiness check read the same criteria from a description', () => {
  const cases = descriptionCases();

  it('covers every description fixture', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const w = panelWorld();
    w.issue.fields.description = c.adf as AdfDocument;
    const imported = await importCriteria(w.deps(PO), w.target(PO), { version: null, mode: 'replace' });
    const byPanel = imported.ok ? imported.data.criteria.map((x) => x.text) : [];
    if (!imported.ok) expect(imported.error.code).toBe('invalid-state');

    const issue = await w.jira.asApp().getIssue(w.issue.id, { fields: ['summary', 'description', 'issuetype'] });
    const byReadiness = readTicket(ticketSnapshot(issue, null, DEFAULT_FIELD_IDS), compileRubric(defaultRubric)).criteria ?? [];

    expect(byReadiness).toEqual(byPanel);
    expect(byPanel).toEqual(c.expected);
  });
});
