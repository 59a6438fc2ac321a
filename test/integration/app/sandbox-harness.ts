import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import type { Actor } from '../../../sandbox/jira/emulator-types';
import type { ExtensionContext } from '../../../sandbox/runtime/types';

export const PO = 'demo-po';
export const PM = 'demo-pm';
export const DEV = 'demo-dev';
export const OUTSIDER = 'demo-outsider';

export interface Harness {
  sandbox: Sandbox;
  /** Calls Jira's REST API of the sandbox as a user (or the app), as a script would. */
  rest(method: string, path: string, body?: unknown, as?: string | null): Promise<{ status: number; body: unknown }>;
  /** The extension context Jira gives an issue module for this issue. */
  issueExtension(key: string): Promise<ExtensionContext>;
  /** Invokes a resolver as `accountId` and returns the resolver's answer (a Result). */
  invoke<T = unknown>(accountId: string, moduleKey: string, functionKey: string, payload: unknown, extension: ExtensionContext): Promise<T>;
  close(): Promise<void>;
}

/**
 * A seeded sandbox in a temporary folder, without HTTP: tests drive the emulator and the runtime directly.
 * `appRecords: false` leaves out what the app writes on a new demo site (RAID register, first snapshot), for
 * tests that count the app's first requests.
 */
export async function openHarness(options: { appRecords?: boolean } = {}): Promise<Harness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-it-'));
  const sandbox = await startSandbox({ dataDir, serve: false, quiet: true, appRecords: options.appRecords });
  const rest: Harness['rest'] = async (method, p, body, as = null) => {
    const actor: Actor = as ? { kind: 'user', accountId: as } : { kind: 'app' };
    const response = await sandbox.jira.handle({
      method,
      path: p,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      actor,
      fromApp: false,
    });
    return { status: response.status, body: response.body ? (JSON.parse(response.body) as unknown) : null };
  };
  return {
    sandbox,
    rest,
    async issueExtension(key) {
      const { body } = await rest('GET', `/rest/api/3/issue/${key}?fields=project,issuetype`);
      const issue = body as { id: string; key: string; fields: { project: { id: string; key: string }; issuetype: { id: string; name: string } } };
      return {
        type: 'jira:issuePanel',
        issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype.name, typeId: issue.fields.issuetype.id },
        project: { id: issue.fields.project.id, key: issue.fields.project.key, type: 'software' },
      };
    },
    async invoke<T>(accountId: string, moduleKey: string, functionKey: string, payload: unknown, extension: ExtensionContext) {
      const result = await sandbox.runtime.invoke({ moduleKey, functionKey, payload, extension, accountId });
      if (!result.ok) throw new Error(`invoke ${functionKey} failed: ${result.status} ${result.message}`);
      return result.body as T;
    },
    async close() {
      await sandbox.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
