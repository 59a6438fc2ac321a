import { describe, expect, it } from 'vitest';
import { defaultProjectSettings, parseProjectSettings } from '../../../src/domain/settings/project-settings';

describe('project settings', () => {
  it('defaults need no setup', () => {
    const s = defaultProjectSettings();
    expect(s.schedule).toEqual({ mode: 'before-sprint', daysBefore: 2 });
    expect(s.commentOnDecision).toBe(true);
    expect(s.commentOnUnready).toBe(false);
    expect(s.rubric.threshold).toBe(70);
  });
  it('merges a partial input over the defaults', () => {
    const r = parseProjectSettings({ rubric: { threshold: 80 }, commentOnDecision: false });
    expect(r.ok && r.settings.rubric.threshold).toBe(80);
    expect(r.ok && r.settings.commentOnDecision).toBe(false);
    expect(r.ok && r.settings.schedule.mode).toBe('before-sprint');
  });
  it('refuses bad input with a readable error', () => {
    const r = parseProjectSettings({ schedule: { mode: 'weekly', weekday: 9, hour: 3 } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/Invalid settings/);
    expect(parseProjectSettings({ unknown: true }).ok).toBe(false);
    expect(parseProjectSettings({ rubric: { threshold: 101 } }).ok).toBe(false);
  });
});
