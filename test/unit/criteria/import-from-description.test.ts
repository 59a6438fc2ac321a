import { describe, expect, it } from 'vitest';
import { importCriteriaFromDescription } from '../../../src/domain/criteria/import-from-description';
import { descriptionCases } from '../../fixtures/descriptions/load-descriptions';

const cases = descriptionCases();

describe('importCriteriaFromDescription on realistic descriptions', () => {
  it('has at least 30 descriptions, several of them hand-written ADF', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.source === 'raw-adf').length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = importCriteriaFromDescription(c.adf);
    expect(result.criteria.map((x) => x.text)).toEqual(c.expected);
    expect(result.sectionsFound).toBe(c.sectionsFound);
  });
});
