/**
 * Every resolver of the app, with the module that calls it, what it acts on, what its caller needs, and a payload
 * the allowed caller succeeds with (built from the current state). The permission matrix and the bad-input
 * fuzzing both start from it; the permission test fails when a resolver is missing here.
 */
import type { PanelView } from '../../../src/contract/issue-panel';
import type { RaidView } from '../../../src/contract/project-page';
import type { SettingsView } from '../../../src/contract/project-settings';
import type { ExtensionContext } from '../../../sandbox/runtime/types';
import { dataOf, PANEL, PROJECT_PAGE, SETTINGS_PAGE, SPRINT_ACTION, type TrustHarness } from './trust-harness';

export type Needs = 'browse' | 'edit' | 'sign-off' | 'admin' | 'raid-edit';

export interface Spec {
  module: string;
  on: 'issue' | 'project';
  needs: Needs;
  /** A payload the allowed caller's call succeeds with, built from the current state. */
  payload(fx: Fixture): Promise<unknown> | unknown;
}

/** Every resolver: which module calls it, what it acts on, and what the caller needs. */
export const MATRIX: Record<string, Spec> = {
  getPanel: { module: PANEL, on: 'issue', needs: 'browse', payload: () => ({}) },
  saveCriteria: {
    module: PANEL,
    on: 'issue',
    needs: 'edit',
    payload: async (fx) => {
      const v = await fx.panel();
      return { version: v.version, criteria: [...v.criteria.map((c) => ({ id: c.id, text: c.text })), { text: 'The reminder e-mail lists the open invoices' }] };
    },
  },
  importCriteria: { module: PANEL, on: 'issue', needs: 'edit', payload: async (fx) => ({ version: (await fx.panel()).version, mode: 'append' }) },
  verifyCriterion: {
    module: PANEL,
    on: 'issue',
    needs: 'edit',
    payload: async (fx) => {
      const v = await fx.panel();
      return { version: v.version, criterionId: v.criteria[0]!.id, state: v.criteria[0]!.verification.state === 'passed' ? 'failed' : 'passed' };
    },
  },
  approve: { module: PANEL, on: 'issue', needs: 'sign-off', payload: async (fx) => ({ version: (await fx.panel()).version, contentHash: (await fx.panel()).contentHash }) },
  requestChanges: {
    module: PANEL,
    on: 'issue',
    needs: 'sign-off',
    payload: async (fx) => {
      const v = await fx.panel();
      return { version: v.version, contentHash: v.contentHash, feedback: 'The reminder text is missing' };
    },
  },
  getSignoffHistory: { module: PANEL, on: 'issue', needs: 'browse', payload: () => ({ page: 0 }) },
  getSprintReadiness: { module: SPRINT_ACTION, on: 'project', needs: 'browse', payload: () => ({}) },
  checkSprintReadiness: { module: SPRINT_ACTION, on: 'project', needs: 'browse', payload: () => ({}) },
  getSettings: { module: SETTINGS_PAGE, on: 'project', needs: 'browse', payload: () => ({}) },
  saveSettings: { module: SETTINGS_PAGE, on: 'project', needs: 'admin', payload: async (fx) => ({ version: (await fx.settings()).version, settings: { rubric: { threshold: 71 } } }) },
  getOverview: { module: PROJECT_PAGE, on: 'project', needs: 'browse', payload: () => ({}) },
  getRaid: { module: PROJECT_PAGE, on: 'project', needs: 'browse', payload: () => ({}) },
  getRaidHistory: { module: PROJECT_PAGE, on: 'project', needs: 'browse', payload: async (fx) => ({ itemId: (await fx.item()).id, page: 0 }) },
  createRaidItem: { module: PROJECT_PAGE, on: 'project', needs: 'raid-edit', payload: () => ({ item: { kind: 'issue', title: 'Staging certificates expire on Friday' } }) },
  updateRaidItem: {
    module: PROJECT_PAGE,
    on: 'project',
    needs: 'raid-edit',
    payload: async (fx) => {
      const item = await fx.item();
      return { itemId: item.id, patch: { version: item.version, title: `${item.title} (reviewed)` } };
    },
  },
  promoteDetection: { module: PROJECT_PAGE, on: 'project', needs: 'raid-edit', payload: async (fx) => ({ signalKey: await fx.untrackedSignal() }) },
  exportRaidCsv: { module: PROJECT_PAGE, on: 'project', needs: 'browse', payload: () => ({}) },
  findPeople: { module: PROJECT_PAGE, on: 'project', needs: 'browse', payload: () => ({ query: 'dana' }) },
  getScope: { module: PROJECT_PAGE, on: 'project', needs: 'browse', payload: () => ({}) },
  getHours: { module: PROJECT_PAGE, on: 'project', needs: 'browse', payload: () => ({}) },
  getMilestones: { module: PROJECT_PAGE, on: 'project', needs: 'browse', payload: () => ({}) },
  getWeeklyReport: { module: PROJECT_PAGE, on: 'project', needs: 'browse', payload: () => ({}) },
  refreshSnapshot: { module: PROJECT_PAGE, on: 'project', needs: 'browse', payload: () => ({}) },
};

export interface Fixture {
  panel(): Promise<PanelView>;
  settings(): Promise<SettingsView>;
  item(): Promise<RaidView['items'][number]['item']>;
  untrackedSignal(): Promise<string>;
}

export function fixtureFor(h: TrustHarness, user: string, issue: () => ExtensionContext, projectKey: () => string): Fixture {
  return {
    panel: async () => dataOf(await h.call<PanelView>(user, PANEL, 'getPanel', {}, issue())),
    settings: async () => dataOf(await h.call<SettingsView>(user, SETTINGS_PAGE, 'getSettings', {}, await h.projectExtension(SETTINGS_PAGE, projectKey()))),
    item: async () => dataOf(await h.call<RaidView>(user, PROJECT_PAGE, 'getRaid', {}, await h.projectExtension(PROJECT_PAGE, projectKey()))).items[0]!.item,
    untrackedSignal: async () => {
      const raid = dataOf(await h.call<RaidView>(user, PROJECT_PAGE, 'getRaid', {}, await h.projectExtension(PROJECT_PAGE, projectKey())));
      return raid.detected.find((d) => d.trackedBy === null)?.signalKey ?? 'blocked:OPS-1';
    },
  };
}

