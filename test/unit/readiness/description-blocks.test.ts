import { describe, expect, it } from 'vitest';
import { markdownToAdf, markdownToBlocks } from '../../../src/domain/adf';
import { checkReadiness } from '../../../src/domain/readiness';

describe('a snapshot may carry its description as text blocks', () => {
  const markdown = `As a tenant, I want to pay rent online so that I do not queue at the office.

## Acceptance criteria
- Paying by card books the payment on the same day
- TBD: what happens on a failed payment`;

  it('is checked exactly as the same description given as ADF', () => {
    const base = { summary: 'Pay rent online', issueType: 'Story', storyPoints: 3 };
    const fromAdf = checkReadiness({ ...base, description: markdownToAdf(markdown) });
    const fromBlocks = checkReadiness({ ...base, description: null, descriptionBlocks: markdownToBlocks(markdown) });
    expect(fromBlocks).toEqual(fromAdf);
    expect(fromBlocks.findings.map((item) => item.check)).toContain('description.placeholder');
  });

  it('takes the blocks over the ADF document when both are given', () => {
    const result = checkReadiness({ summary: 'Pay rent online', issueType: 'Story', storyPoints: 3, description: markdownToAdf(markdown), descriptionBlocks: [] });
    expect(result.findings.map((item) => item.check)).toContain('description.missing');
  });
});
