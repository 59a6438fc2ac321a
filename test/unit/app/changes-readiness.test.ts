import { describe, expect, it } from 'vitest';
import { changesReadiness } from '../../../src/app/readiness/recheck-issue';

describe('changesReadiness', () => {
  it('recognises the default story points field and its names', () => {
    expect(changesReadiness([{ field: 'Story point estimate', fieldId: 'customfield_10016' }])).toBe(true);
    expect(changesReadiness([{ field: 'Story Points' }])).toBe(true);
  });

  it('recognises the story points field discovered on this site, whatever its name', () => {
    const ids = { storyPoints: 'customfield_10028', sprint: 'customfield_10020' };
    expect(changesReadiness([{ field: 'Estimate (pts)', fieldId: 'customfield_10028' }], ids)).toBe(true);
    expect(changesReadiness([{ field: 'Estimate (pts)', fieldId: 'customfield_10028' }])).toBe(false);
  });

  it('ignores changes readiness does not read', () => {
    expect(changesReadiness([{ field: 'status', fieldId: 'status' }, { field: 'Sprint', fieldId: 'customfield_10020' }])).toBe(false);
  });
});
