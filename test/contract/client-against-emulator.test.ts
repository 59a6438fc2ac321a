/**
 * The real client against the local Jira emulator: every port method succeeds and parses what the
 * emulator answers, and every request it makes is a documented operation. If the client and the
 * emulator drift apart (a shape, a parameter), this is where it shows.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { appPermissionKey, createJiraEmulator, parseManifestBits } from '../../sandbox/jira';
import { seedDemoSite } from '../../sandbox/seed';
import { DEMO_BOARD_ID, DEMO_SPRINT_IDS } from '../../sandbox/seed/site-layout';
import { DEMO_ACCOUNT_IDS } from '../../sandbox/seed/users';
import { createJiraClient, type JiraTransport } from '../../src/adapters/jira';
import type { JiraPort } from '../../src/ports/jira';
import { instantTime } from '../unit/adapters/jira/fake-transport';
import { keyOf } from '../support/seed-tickets';
import { everyMethod, type ClientWorld } from './every-client-method';
import { repoRoot, validateRequest } from './openapi';

const NOW = new Date('2026-03-10T09:00:00.000Z');
const APP_ID = '6f1b0c1e-6a43-4a53-9d3e-acc0d0000001';
const ENVIRONMENT_ID = 'contract';
const requests: Array<{ method: string; path: string; body?: unknown }> = [];
let jira: JiraPort;
let world: ClientWorld;

beforeAll(async () => {
  const db = new Database(':memory:');
  const manifest = parseYaml(fs.readFileSync(path.join(repoRoot, 'manifest.yml'), 'utf8')) as unknown;
  const emulator = createJiraEmulator({ db, now: () => NOW, manifest: parseManifestBits(manifest), appId: APP_ID, environmentId: ENVIRONMENT_ID });
  seedDemoSite(db, NOW);
  const transport: JiraTransport = async (route, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' ? init.body : undefined;
    requests.push({ method, path: route.value, ...(body ? { body: JSON.parse(body) as unknown } : {}) });
    const answer = await emulator.handle({
      method,
      path: route.value,
      headers: { ...(init?.headers ?? {}) },
      ...(body ? { body } : {}),
      // Who holds a permission is Jira's answer to project admins (and the app) only.
      actor: { kind: 'user', accountId: route.value.startsWith('/rest/api/3/user/permission/search') ? DEMO_ACCOUNT_IDS.projectManager : DEMO_ACCOUNT_IDS.productOwner },
      fromApp: true,
    });
    const empty = answer.status === 204 || answer.status === 303 || answer.body === '';
    return new Response(empty ? null : answer.body, { status: answer.status, headers: answer.headers });
  };
  jira = createJiraClient(transport, { ...instantTime().options, retryBudgetMs: 20_000 });
  const ids = (await jira.searchIssues({ jql: 'project = ACC ORDER BY key', fields: [], pageSize: 2 })).issues.map((i) => i.id);
  world = {
    issueKey: await keyOf({ jira: emulator }, 'login-email'),
    issueIds: ids,
    projectKey: 'ACC',
    boardId: DEMO_BOARD_ID,
    sprintId: DEMO_SPRINT_IDS.active,
    accountIds: [DEMO_ACCOUNT_IDS.productOwner, DEMO_ACCOUNT_IDS.developer],
    signOffPermission: appPermissionKey(APP_ID, ENVIRONMENT_ID, 'sign-off-work-results'),
  };
});

describe('the Jira client against the emulator', () => {
  const methods = Object.keys(everyMethod({ issueKey: '', issueIds: [], projectKey: '', boardId: 0, sprintId: 0, accountIds: [], signOffPermission: '' })) as Array<keyof JiraPort>;

  it.each(methods)('%s', async (method) => {
    const before = requests.length;
    await everyMethod(world)[method](jira);
    const made = requests.slice(before);
    expect(made.length).toBeGreaterThan(0);
    for (const request of made) expect(validateRequest(request).errors, `${request.method} ${request.path}`).toEqual([]);
  });

  it('reads back what it wrote in bulk', async () => {
    const [first] = world.issueIds;
    await jira.setIssuePropertiesBulk([{ issueId: first ?? 0, properties: { 'accord-criteria': { count: 4, passed: 1, failed: 0 } } }]);
    const issue = (await jira.searchIssues({ jql: `id = ${String(first)}`, fields: ['summary'], properties: ['accord-criteria'] })).issues[0];
    expect(issue?.properties?.['accord-criteria']).toEqual({ count: 4, passed: 1, failed: 0 });
  });

  it('lists the fields the emulator serves, with the Jira Software story points and sprint fields', async () => {
    const fields = await jira.listFields();
    const byId = new Map(fields.map((f) => [f.id, f]));
    expect(byId.get('summary')?.custom).toBe(false);
    expect(byId.get('customfield_10016')?.schema?.custom).toBe('com.pyxis.greenhopper.jira:jsw-story-points');
    expect(byId.get('customfield_10020')?.schema).toMatchObject({ type: 'array', items: 'json', custom: 'com.pyxis.greenhopper.jira:gh-sprint' });
  });

  it('pages through a search of the whole project', async () => {
    const keys: string[] = [];
    for await (const page of jira.searchAllIssues({ jql: 'project = ACC', fields: ['summary'], pageSize: 7 })) keys.push(...page.issues.map((i) => i.key));
    expect(keys.length).toBeGreaterThan(7);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
