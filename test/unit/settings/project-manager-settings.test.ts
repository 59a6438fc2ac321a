import { describe, expect, it } from 'vitest';
import { parseProjectSettings } from '../../../src/domain/settings/project-settings';

const withManager = (projectManager: unknown) => parseProjectSettings({ projectManager });

describe("the project manager's settings, as the backend checks them", () => {
  it('keeps a budget with its weekly plan, a zone in its canonical spelling and thresholds over the defaults', () => {
    const parsed = withManager({
      timeZone: 'europe/berlin',
      budget: { totalHours: 1200, start: '2026-09-01', end: '2027-02-26', weeklyPlanHours: { '2026-W36': 40 } },
      detections: { untouchedDays: 3 },
    });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.settings.projectManager.budget).toEqual({ totalHours: 1200, start: '2026-09-01', end: '2027-02-26', weeklyPlanHours: { '2026-W36': 40 } });
    expect(parsed.settings.projectManager.detections).toMatchObject({ untouchedDays: 3, scopeAddedPercent: 20 });
    expect(parsed.settings.projectManager.raidEditors).toBe('EDIT_ISSUES');
  });

  it('refuses what the form refuses: an offset for a zone, a budget that ends before it starts, a week that is not one, thresholds out of range', () => {
    const refused = [
      { timeZone: '+01:00' },
      { budget: { totalHours: 100, start: '2026-03-01', end: '2026-02-01' } },
      { budget: { totalHours: 0, start: '2026-03-01', end: '2026-04-01' } },
      { budget: { totalHours: 100, start: '2026-03-01', end: '2026-04-01', weeklyPlanHours: { 'week 9': 10 } } },
      { budget: { totalHours: 100, start: '2026-02-30', end: '2026-04-01' } },
      { detections: { untouchedDays: 0 } },
      { detections: { burnMarginPoints: 101 } },
      { detections: { disabled: ['no-such-detector'] } },
      { raidEditors: 'EVERYONE' },
    ];
    for (const projectManager of refused) {
      const result = withManager(projectManager);
      expect(result.ok, JSON.stringify(projectManager)).toBe(false);
      expect(result.ok ? '' : result.error).toMatch(/^Invalid settings/u);
    }
  });
});
