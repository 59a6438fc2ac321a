/**
 * Every route of the local Jira emulator answers with bodies that match Atlassian's published
 * response schema for that operation and status (or, for the agile API, which documents only
 * examples, the shape of the example). Runs against the seeded demo site, as a user and as the app.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createJiraEmulator, parseManifestBits, type JiraEmulator } from '../../sandbox/jira';
import type { Actor } from '../../sandbox/jira/emulator-types';
import { seedDemoSite } from '../../sandbox/seed';
import { DEMO_BOARD_ID, DEMO_SPRINT_IDS } from '../../sandbox/seed/site-layout';
import { DEMO_ACCOUNT_IDS } from '../../sandbox/seed/users';
import { keysOf } from '../support/seed-tickets';
import { repoRoot, validateResponse } from './openapi';

const NOW = new Date('2026-03-10T09:00:00.000Z');
const PO = DEMO_ACCOUNT_IDS.productOwner;
const adf = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Approved.' }] }] };

interface Call {
  method: string;
  path: string;
  body?: unknown;
  /** Account id, or 'app'. Default: the Product Owner. */
  as?: string;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

let jira: JiraEmulator;
/** What each answer was checked against, to prove the checks were not vacuous. */
const checked: string[] = [];
let issueId = '';
/** Seed issues the calls name, looked up by ref once the site is seeded (keys follow the seed's creation order). */
const seed = { signIn: '', safariBug: '', errorPages: '' };

async function call({ method, path: urlPath, body, as = PO }: Call): Promise<Answer> {
  const actor: Actor = as === 'app' ? { kind: 'app' } : { kind: 'user', accountId: as };
  const response = await jira.handle({
    method,
    path: urlPath,
    headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    actor,
    fromApp: true,
  });
  let parsed: unknown = undefined;
  if (response.body !== '') {
    try {
      parsed = JSON.parse(response.body);
    } catch {
      parsed = response.body;
    }
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

beforeAll(async () => {
  const db = new Database(':memory:');
  const manifest = parseYaml(fs.readFileSync(path.join(repoRoot, 'manifest.yml'), 'utf8')) as unknown;
  jira = createJiraEmulator({ db, now: () => NOW, manifest: parseManifestBits(manifest), appId: '6f1b0c1e-6a43-4a53-9d3e-acc0d0000001', environmentId: 'contract' });
  seedDemoSite(db, NOW);
  [seed.signIn, seed.safariBug, seed.errorPages] = await keysOf({ jira }, ['login-email', 'login-bug-safari', 'error-pages']);
});

/** Checks one answer: a success status (unless said otherwise) and a body matching the documented schema. */
async function expectDocumented(request: Call, expectedStatus?: number): Promise<Answer> {
  const answer = await call(request);
  const label = `${request.method} ${request.path}`;
  if (expectedStatus !== undefined) expect(answer.status, `${label}: ${JSON.stringify(answer.body)}`).toBe(expectedStatus);
  else expect(answer.status, `${label}: ${JSON.stringify(answer.body)}`).toBeLessThan(400);
  const result = validateResponse({ method: request.method, path: request.path, status: answer.status, body: answer.body ?? {} });
  expect(result.errors, label).toEqual([]);
  checked.push(`${result.checkedAgainst ?? 'nothing'} ${result.operation ?? label} ${answer.status}`);
  return answer;
}

/** Each call is built when its test runs, after the seed keys are known. */
const reads: Array<[string, () => Call]> = [
  ['issue', () => ({ method: 'GET', path: `/rest/api/3/issue/${seed.signIn}` })],
  ['issue with fields, changelog and rendered fields', () => ({ method: 'GET', path: `/rest/api/3/issue/${seed.signIn}?fields=summary,description,status,assignee&expand=changelog,renderedFields&properties=accord-signoff` })],
  ['issue as the app', () => ({ method: 'GET', path: `/rest/api/3/issue/${seed.safariBug}?fields=*all`, as: 'app' })],
  ['search (GET)', () => ({ method: 'GET', path: `/rest/api/3/search/jql?jql=${encodeURIComponent('project = ACC ORDER BY key')}&fields=summary,status&maxResults=5` })],
  ['search (POST)', () => ({ method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = ACC AND sprint in futureSprints()', fields: ['summary', 'description', 'labels'], maxResults: 10, properties: ['accord-readiness'], expand: 'renderedFields' } })],
  ['approximate count', () => ({ method: 'POST', path: '/rest/api/3/search/approximate-count', body: { jql: 'project = ACC' } })],
  ['property keys', () => ({ method: 'GET', path: `/rest/api/3/issue/${seed.signIn}/properties` })],
  ['comments', () => ({ method: 'GET', path: `/rest/api/3/issue/${seed.signIn}/comment` })],
  ['changelog', () => ({ method: 'GET', path: `/rest/api/3/issue/${seed.signIn}/changelog?startAt=0&maxResults=100` })],
  ['worklogs', () => ({ method: 'GET', path: `/rest/api/3/issue/${seed.signIn}/worklog` })],
  ['transitions', () => ({ method: 'GET', path: `/rest/api/3/issue/${seed.signIn}/transitions` })],
  ['myself', () => ({ method: 'GET', path: '/rest/api/3/myself' })],
  ['user', () => ({ method: 'GET', path: `/rest/api/3/user?accountId=${DEMO_ACCOUNT_IDS.developer}` })],
  ['users in bulk', () => ({ method: 'GET', path: `/rest/api/3/user/bulk?accountId=${PO}&accountId=${DEMO_ACCOUNT_IDS.projectManager}&maxResults=50` })],
  ['people who can browse a project', () => ({ method: 'GET', path: '/rest/api/3/user/viewissue/search?projectKey=ACC&query=d&maxResults=50' })],
  ['permission holders, as a project admin', () => ({ method: 'GET', path: '/rest/api/3/user/permission/search?projectKey=ACC&permissions=BROWSE_PROJECTS', as: DEMO_ACCOUNT_IDS.projectManager })],
  ['my permissions', () => ({ method: 'GET', path: '/rest/api/3/mypermissions?projectKey=ACC&permissions=BROWSE_PROJECTS,EDIT_ISSUES' })],
  ['project', () => ({ method: 'GET', path: '/rest/api/3/project/ACC' })],
  ['project search', () => ({ method: 'GET', path: '/rest/api/3/project/search?startAt=0&maxResults=50' })],
  ['fields', () => ({ method: 'GET', path: '/rest/api/3/field' })],
  ['fields as the app', () => ({ method: 'GET', path: '/rest/api/3/field', as: 'app' })],
  ['boards of a project', () => ({ method: 'GET', path: '/rest/agile/1.0/board?projectKeyOrId=ACC' })],
  ['board', () => ({ method: 'GET', path: `/rest/agile/1.0/board/${DEMO_BOARD_ID}` })],
  ['sprints of a board', () => ({ method: 'GET', path: `/rest/agile/1.0/board/${DEMO_BOARD_ID}/sprint?state=future,active` })],
  ['sprint', () => ({ method: 'GET', path: `/rest/agile/1.0/sprint/${DEMO_SPRINT_IDS.active}` })],
  ['sprint issues', () => ({ method: 'GET', path: `/rest/agile/1.0/sprint/${DEMO_SPRINT_IDS.future}/issue?fields=summary,status` })],
  ['backlog', () => ({ method: 'GET', path: `/rest/agile/1.0/board/${DEMO_BOARD_ID}/backlog?fields=summary` })],
];

describe('emulator reads match the Jira OpenAPI response schemas', () => {
  it.each(reads)('%s', async (_name, request) => {
    await expectDocumented(request());
  });
});

describe('emulator writes and their follow-ups match the schemas', () => {
  it('issue properties: put, get, delete', async () => {
    await expectDocumented({ method: 'PUT', path: `/rest/api/3/issue/${seed.signIn}/properties/accord-readiness`, body: { score: 55, ready: 'no' } });
    const got = await expectDocumented({ method: 'GET', path: `/rest/api/3/issue/${seed.signIn}/properties/accord-readiness` });
    expect(got.body).toMatchObject({ key: 'accord-readiness', value: { score: 55, ready: 'no' } });
    await expectDocumented({ method: 'DELETE', path: `/rest/api/3/issue/${seed.signIn}/properties/accord-readiness` }, 204);
    await expectDocumented({ method: 'GET', path: `/rest/api/3/issue/${seed.signIn}/properties/accord-readiness` }, 404);
  });

  it('bulk properties answer 303 to a task that validates', async () => {
    const issue = await call({ method: 'GET', path: `/rest/api/3/issue/${seed.errorPages}?fields=summary` });
    issueId = String((issue.body as { id: string }).id);
    const answer = await expectDocumented(
      { method: 'POST', path: '/rest/api/3/issue/properties/multi', body: { issues: [{ issueID: Number(issueId), properties: { 'accord-readiness': { score: 90 } } }] }, as: 'app' },
      303,
    );
    const location = answer.headers.location ?? answer.headers.Location ?? '';
    const taskPath = new URL(location, 'https://jira.invalid').pathname;
    expect(taskPath).toMatch(/^\/rest\/api\/3\/task\/[^/]+$/);
    const task = await expectDocumented({ method: 'GET', path: taskPath, as: 'app' });
    expect(task.body).toMatchObject({ status: 'COMPLETE' });
  });

  it('adding a comment', async () => {
    await expectDocumented({ method: 'POST', path: `/rest/api/3/issue/${seed.signIn}/comment`, body: { body: adf } }, 201);
  });

  it('errors are documented ErrorCollections', async () => {
    await expectDocumented({ method: 'GET', path: '/rest/api/3/issue/ACC-99999' }, 404);
    await expectDocumented({ method: 'GET', path: `/rest/api/3/issue/${seed.signIn}`, as: DEMO_ACCOUNT_IDS.outsider }, 404);
    // Jira lists permission holders only to those who administer the project.
    await expectDocumented({ method: 'GET', path: '/rest/api/3/user/permission/search?projectKey=ACC&permissions=BROWSE_PROJECTS' }, 403);
    // A user search needs something to search for.
    await expectDocumented({ method: 'GET', path: '/rest/api/3/user/viewissue/search?projectKey=ACC' }, 400);
  });
});

describe('the checks above were real', () => {
  it('almost every answer was checked against a schema or an example', () => {
    const unchecked = checked.filter((c) => c.startsWith('nothing'));
    expect(checked.length).toBeGreaterThan(reads.length);
    // Statuses Atlassian documents without a body schema for these operations, and the agile API's examples.
    expect(unchecked.every((c) => / (204|303|400|403|404)$/.test(c) || c.includes('/rest/agile/'))).toBe(true);
  });

  it('a body that breaks the schema is caught', () => {
    const result = validateResponse({ method: 'GET', path: '/rest/api/3/issue/ACC-1/transitions', status: 200, body: { transitions: [{ id: 31 }] } });
    expect(result.errors).toEqual(['response/transitions/0/id: must be string']);
  });
});
