/**
 * A seeded emulator whose every exchange is checked against Atlassian's OpenAPI descriptions: the request
 * (operation, path and query parameters, body) and the answer (status documented, body matching the schema
 * of that status, or the shape of the agile API's example).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createJiraEmulator, parseManifestBits, type JiraEmulator } from '../../sandbox/jira';
import type { Actor, ProductEvent } from '../../sandbox/jira/emulator-types';
import { seedDemoSite } from '../../sandbox/seed';
import { repoRoot, validateNamedSchema, validateRequest, validateResponse } from './openapi';

export const CONTRACT_NOW = new Date('2026-03-10T09:00:00.000Z');

export interface ContractCall {
  method: string;
  path: string;
  body?: unknown;
  /** Account id, or 'app' (the default). */
  as?: string;
  /** For a request that breaks the spec on purpose: the one request error expected (the answer is still checked). */
  breaks?: string;
}

export interface ContractAnswer {
  status: number;
  headers: Record<string, string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary Jira JSON
  body: any;
}

export interface ContractSite {
  jira: JiraEmulator;
  db: Database.Database;
  events: ProductEvent[];
  /** What each answer was checked against ("schema GET /rest/api/3/... 200"), to prove the checks were real. */
  checked: string[];
  /** One exchange, both sides checked; `expectedStatus` pins the status (default: any below 400). */
  documented(call: ContractCall, expectedStatus?: number): Promise<ContractAnswer>;
}

export function contractSite(now: Date = CONTRACT_NOW): ContractSite {
  const db = new Database(':memory:');
  const manifest = parseYaml(fs.readFileSync(path.join(repoRoot, 'manifest.yml'), 'utf8')) as unknown;
  const jira = createJiraEmulator({ db, now: () => now, manifest: parseManifestBits(manifest), appId: '6f1b0c1e-6a43-4a53-9d3e-acc0d0000001', environmentId: 'contract' });
  seedDemoSite(db, now);
  const events: ProductEvent[] = [];
  jira.onProductEvent((event) => events.push(event));
  const checked: string[] = [];

  async function documented({ method, path: urlPath, body, as = 'app', breaks }: ContractCall, expectedStatus?: number): Promise<ContractAnswer> {
    const label = `${method} ${urlPath}`;
    const request = validateRequest({ method, path: urlPath, body });
    expect(request.errors, `request ${label}`).toEqual(breaks ? [breaks] : []);
    const actor: Actor = as === 'app' ? { kind: 'app' } : { kind: 'user', accountId: as };
    const response = await jira.handle({
      method,
      path: urlPath,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      actor,
      fromApp: as === 'app',
    });
    const parsed: unknown = response.body === '' ? undefined : JSON.parse(response.body);
    if (expectedStatus !== undefined) expect(response.status, `${label}: ${response.body}`).toBe(expectedStatus);
    else expect(response.status, `${label}: ${response.body}`).toBeLessThan(400);
    const result = validateResponse({ method, path: urlPath, status: response.status, body: parsed ?? {} });
    expect(result.errors, `response ${label}`).toEqual([]);
    let against: string = result.checkedAgainst ?? 'nothing';
    if (response.status >= 400 && against === 'nothing') {
      // Error answers the operation documents without a body are still Jira's ErrorCollection.
      expect(validateNamedSchema('platform', 'ErrorCollection', parsed).errors, `error body ${label}`).toEqual([]);
      expect((parsed as { errorMessages?: string[]; errors?: Record<string, string> }) ?? {}, `error body ${label}`).toSatisfy(
        (error: { errorMessages?: string[]; errors?: Record<string, string> }) => (error.errorMessages?.length ?? 0) + Object.keys(error.errors ?? {}).length > 0,
      );
      against = 'error-collection';
    }
    checked.push(`${against} ${result.operation ?? label} ${response.status}`);
    return { status: response.status, headers: response.headers, body: parsed };
  }

  return { jira, db, events, checked, documented };
}
