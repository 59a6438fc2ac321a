/**
 * The sandbox harness with what the trust suite asks of it again and again: the Forge contexts of each UI
 * module, resolver calls that answer the Result as is (or the runtime's own failure, which the suite counts as
 * a crash), and the app's stored records read straight from the KVS emulator.
 */
import type { Result } from '../../../src/contract/result';
import type { ExtensionContext } from '../../../sandbox/runtime/types';
import { openHarness, type Harness } from '../../integration/app/sandbox-harness';

export { DEV, OUTSIDER, PM, PO } from '../../integration/app/sandbox-harness';
export type { Harness };

export const PANEL = 'accord-issue-panel';
export const PROJECT_PAGE = 'accord-project-page';
export const SETTINGS_PAGE = 'accord-project-settings';
export const SPRINT_ACTION = 'accord-sprint-readiness';
const ENTITY = 'entity:accord-record';

/** A resolver's answer, or how the runtime failed when the function threw (a crash the app should never have). */
export type Answer<T = unknown> = Result<T> | { crash: string };

export interface TrustHarness extends Harness {
  /** The project's id and key as Jira has them. */
  project(key: string): Promise<{ id: string; key: string }>;
  /** The extension context of a project-level module (project page, settings page). */
  projectExtension(moduleKey: string, projectKey: string): Promise<ExtensionContext>;
  /** Calls a resolver; never throws for the resolver's own refusals. */
  call<T = unknown>(user: string | null, moduleKey: string, fn: string, payload: unknown, extension: ExtensionContext): Promise<Answer<T>>;
  /** Every stored record row (kind, scope, version, data) by its storage key. */
  records(): Map<string, StoredRow>;
}

export interface StoredRow {
  kind: string;
  scope: string;
  version: number;
  updatedAt: number;
  data: unknown;
}

const MODULE_TYPES: Record<string, string> = {
  [PANEL]: 'jira:issuePanel',
  [PROJECT_PAGE]: 'jira:projectPage',
  [SETTINGS_PAGE]: 'jira:projectSettingsPage',
  [SPRINT_ACTION]: 'jira:sprintAction',
};

export async function openTrustHarness(options: { appRecords?: boolean } = {}): Promise<TrustHarness> {
  const h = await openHarness(options);
  const projects = new Map<string, { id: string; key: string }>();
  const project = async (key: string) => {
    const known = projects.get(key);
    if (known) return known;
    const { body } = await h.rest('GET', `/rest/api/3/project/${key}`);
    const p = body as { id: string | number; key: string };
    const found = { id: String(p.id), key: p.key };
    projects.set(key, found);
    return found;
  };
  return Object.assign(h, {
    project,
    async projectExtension(moduleKey: string, projectKey: string): Promise<ExtensionContext> {
      const p = await project(projectKey);
      return { type: MODULE_TYPES[moduleKey] ?? moduleKey, project: { id: p.id, key: p.key, type: 'software' } };
    },
    async call<T>(user: string | null, moduleKey: string, fn: string, payload: unknown, extension: ExtensionContext): Promise<Answer<T>> {
      const result = await h.sandbox.runtime.invoke({ moduleKey, functionKey: fn, payload, extension, accountId: user });
      return result.ok ? (result.body as Result<T>) : { crash: `${result.status} ${result.message}` };
    },
    records(): Map<string, StoredRow> {
      return new Map(h.sandbox.runtime.kvs.list('', ENTITY).map((item) => [item.key, item.value as StoredRow]));
    },
  });
}

/** The data of a resolver's answer; fails the test with the refusal or crash otherwise. */
export function dataOf<T>(answer: Answer<T>): T {
  if ('crash' in answer) throw new Error(`the resolver crashed: ${answer.crash}`);
  if (!answer.ok) throw new Error(`expected ok, got ${answer.error.code}: ${answer.error.message}`);
  return answer.data;
}
