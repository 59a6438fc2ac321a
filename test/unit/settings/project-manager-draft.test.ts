import { describe, expect, it } from 'vitest';
import { defaultProjectSettings, parseProjectSettings } from '../../../src/domain/settings/project-settings';
import { isCalendarDate, projectManagerDraft, projectManagerFromDraft } from '../../../static/pages/project-settings/src/project-manager-draft';
import { draftFromSettings, settingsFromDraft } from '../../../static/pages/project-settings/src/settings-draft';
import { parseWeeklyPlan, weeklyPlanText } from '../../../static/pages/project-settings/src/weekly-plan-text';

describe('the weekly plan as text', () => {
  it('reads one week and its hours per line, in the spellings a spreadsheet pastes', () => {
    expect(parseWeeklyPlan('2026-W48 40\n2026-W49: 36.5\n\n2026W50\t12,5 h\n2026-W1 8')).toEqual({
      ok: true,
      plan: { '2026-W48': 40, '2026-W49': 36.5, '2026-W50': 12.5, '2026-W01': 8 },
    });
    expect(parseWeeklyPlan('  \n')).toEqual({ ok: true, plan: undefined });
  });

  it('names the line of a week that does not exist, a repeated week, a malformed line and too many hours', () => {
    const noWeek = parseWeeklyPlan('2026-W48 40\n2025-W53 10');
    expect(noWeek.ok ? '' : noWeek.error).toMatch(/^Line 2 .*2025 has ISO weeks 01 to 52/u);
    const twice = parseWeeklyPlan('2026-W48 40\n2026-W48 10');
    expect(twice.ok ? '' : twice.error).toContain('2026-W48 is planned twice');
    const malformed = parseWeeklyPlan('week 48: forty');
    expect(malformed.ok ? '' : malformed.error).toMatch(/^Line 1 .*such as 2026-W48 40/u);
    const many = parseWeeklyPlan('2026-W48 100001');
    expect(many.ok ? '' : many.error).toContain('at most 100,000 hours');
    expect(parseWeeklyPlan('2026-W48 -5').ok).toBe(false);
  });

  it('writes a stored plan back in week order, so the text round-trips', () => {
    const text = weeklyPlanText({ '2026-W49': 36, '2026-W48': 40 });
    expect(text).toBe('2026-W48 40\n2026-W49 36');
    expect(parseWeeklyPlan(text)).toEqual({ ok: true, plan: { '2026-W48': 40, '2026-W49': 36 } });
  });
});

describe("the project manager's settings in the form", () => {
  it('round-trips the defaults and a full set of settings through the form unchanged', () => {
    expect(settingsFromDraft(draftFromSettings(defaultProjectSettings()))).toEqual({ ok: true, settings: defaultProjectSettings() });
    const parsed = parseProjectSettings({
      projectManager: {
        timeZone: 'Europe/Berlin',
        raidEditors: 'ADMINISTER_PROJECTS',
        budget: { totalHours: 1500, start: '2026-09-01', end: '2027-02-26', weeklyPlanHours: { '2026-W36': 40, '2026-W37': 60 } },
        detections: { untouchedDays: 3, scopeAddedPercent: 12.5, burnMarginPoints: 5, recentlyResolvedDays: 7, estimateExemptTypes: ['Bug'], disabled: ['overdue'] },
      },
    });
    if (!parsed.ok) throw new Error(parsed.error);
    const round = settingsFromDraft(draftFromSettings(parsed.settings));
    expect(round.ok && parseProjectSettings(round.settings)).toEqual({ ok: true, settings: parsed.settings });
  });

  it('names every project manager field out of bounds, and checks only the budget fields that are on', () => {
    const draft = projectManagerDraft(defaultProjectSettings().projectManager);
    const errors: Record<string, string> = {};
    projectManagerFromDraft(
      {
        ...draft,
        timeZone: '+01:00',
        budgetEnabled: true,
        budgetHours: '0',
        budgetStart: '2026-02-30',
        budgetEnd: '2026-01-01',
        weeklyPlan: '2026-W99 4',
        untouchedDays: '0',
        scopeAddedPercent: 'a lot',
        burnMarginPoints: '101',
        recentlyResolvedDays: '1.5',
      },
      errors,
    );
    expect(Object.keys(errors).sort()).toEqual(['budgetHours', 'budgetStart', 'burnMarginPoints', 'recentlyResolvedDays', 'scopeAddedPercent', 'timeZone', 'untouchedDays', 'weeklyPlan']);
    expect(errors.timeZone).toContain('offset');
    expect(errors.budgetStart).toContain('YYYY-MM-DD');

    const endFirst: Record<string, string> = {};
    projectManagerFromDraft({ ...draft, budgetEnabled: true, budgetHours: '100', budgetStart: '2026-03-01', budgetEnd: '2026-02-01' }, endFirst);
    expect(endFirst).toEqual({ budgetEnd: expect.stringContaining('ends before it starts') });

    const off: Record<string, string> = {};
    const saved = projectManagerFromDraft({ ...draft, budgetEnabled: false, budgetHours: 'nonsense', weeklyPlan: 'nonsense' }, off);
    expect(off).toEqual({});
    expect(saved.budget).toBeNull();
  });

  it('knows a calendar day from a date-shaped string', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-2-1')).toBe(false);
  });
});
