import { describe, expect, it } from 'vitest';
import { weekColumns } from '../../../../src/app/project-page/hours-view';

describe('the weeks the hours table shows', () => {
  it('fills weeks nobody logged in, up to the current week', () => {
    expect(weekColumns(['2026-W48', '2026-W45', '2026-W46'], '2026-W50')).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49', '2026-W50']);
  });

  it('crosses the year and keeps a week logged ahead of the current one', () => {
    expect(weekColumns(['2026-W52', '2027-W02'], '2027-W01')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
  });

  it('shows no week without worklogs, and only the logged weeks when the range is absurdly long', () => {
    expect(weekColumns([], '2026-W50')).toEqual([]);
    expect(weekColumns(['1990-W01', '2026-W50'], '2026-W50')).toEqual(['1990-W01', '2026-W50']);
  });
});
