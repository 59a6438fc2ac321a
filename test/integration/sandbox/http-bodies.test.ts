/**
 * The sandbox over real HTTP: a body the client got wrong (malformed JSON, over the limit, the wrong shape)
 * answers 4xx with `{errorMessages}`, never 500, on the control API and on the Jira REST bridge.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { keyOf } from '../../support/seed-tickets';

let sandbox: Sandbox;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-http-'));
  sandbox = await startSandbox({ dataDir, port: 0, quiet: true });
});

afterAll(async () => {
  await sandbox?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  contentType: string;
  json: { errorMessages?: string[]; errors?: Record<string, string> } & Record<string, unknown>;
}

async function send(method: string, url: string, body?: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Answer> {
  const response = await fetch(`${sandbox.url}${url}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', json: text ? (JSON.parse(text) as Answer['json']) : {} };
}

const control = (method: string, name: string, body: unknown) => send(method, `/__sandbox/api/${name}`, JSON.stringify(body));

/** Over the 6 MB both routers accept. */
const OVERSIZE = 'x'.repeat(6 * 1024 * 1024 + 1024);

const CONTROLS: Array<[string, string]> = [
  ['POST', 'invoke'],
  ['POST', 'scheduled-triggers/run'],
  ['POST', 'clock'],
  ['PUT', 'faults'],
  ['POST', 'markdown-to-adf'],
];

describe('the control API refuses bad bodies with 4xx JSON', () => {
  it.each(CONTROLS)('%s /%s: malformed JSON answers 400 naming the problem', async (method, name) => {
    const answer = await send(method, `/__sandbox/api/${name}`, '{"speed": 2,');
    expect(answer.status).toBe(400);
    expect(answer.contentType).toContain('application/json');
    expect(answer.json.errorMessages).toEqual([expect.stringMatching(/^The request body is not valid JSON: /)]);
  });

  it.each(CONTROLS)('%s /%s: a body over 6 MB answers 413', async (method, name) => {
    const answer = await send(method, `/__sandbox/api/${name}`, JSON.stringify({ markdown: OVERSIZE }));
    expect(answer.status).toBe(413);
    expect(answer.json.errorMessages).toEqual([expect.stringMatching(/^The request body is \d+ bytes; the sandbox accepts at most 6291456 bytes\.$/)]);
  });

  it.each(CONTROLS)('%s /%s: a body that is not an object answers 400', async (method, name) => {
    for (const body of ['[]', '5', '"text"', 'null']) {
      const answer = await send(method, `/__sandbox/api/${name}`, body);
      expect(answer.status, body).toBe(400);
      expect(answer.json.errorMessages, body).toEqual([expect.stringMatching(/^The request body must be a JSON object with /)]);
    }
  });

  it('reads a body sent without a JSON content type as JSON instead of ignoring it', async () => {
    const garbled = await send('POST', '/__sandbox/api/clock', 'speed=2', { 'content-type': 'text/plain' });
    expect(garbled.status).toBe(400);
    const plain = await send('POST', '/__sandbox/api/clock', JSON.stringify({ speed: 1 }), { 'content-type': 'text/plain' });
    expect(plain.status).toBe(200);
    expect(plain.json.speed).toBe(1);
  });

  it('invoke: names each field of the wrong type', async () => {
    const answer = await control('POST', 'invoke', { moduleKey: 7, functionKey: 'getPanel', extension: ['jira:issuePanel'] });
    expect(answer.status).toBe(400);
    expect(answer.json.errorMessages).toEqual([
      'moduleKey: must be a string: the UI module whose resolver is called',
      'extension: must be an object: the extension context Jira gives the module',
    ]);
    const noType = await control('POST', 'invoke', { moduleKey: 'accord-issue-panel', functionKey: 'getPanel', extension: {} });
    expect(noType.json.errorMessages).toEqual(['extension.type: must be a string: the module type']);
    const empty = await send('POST', '/__sandbox/api/invoke');
    expect(empty.status).toBe(400);
    expect(empty.json.errorMessages).toEqual(expect.arrayContaining(['moduleKey: must be a string: the UI module whose resolver is called']));
  });

  it('invoke: a well-formed call still reaches the runtime, whose own answers stay in the body', async () => {
    const answer = await control('POST', 'invoke', { moduleKey: 'no-such-module', functionKey: 'f', extension: { type: 'jira:issuePanel' } });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ ok: false, status: 404, message: "manifest.yml has no module 'no-such-module' with a resolver function" });
  });

  it('scheduled triggers: a key of the wrong type or not in manifest.yml answers 400', async () => {
    const wrongType = await control('POST', 'scheduled-triggers/run', { key: 42 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.errorMessages).toEqual(['key: must be a string: a scheduledTrigger key from manifest.yml']);
    const unknown = await control('POST', 'scheduled-triggers/run', { key: 'no-such-trigger' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errorMessages).toEqual([expect.stringMatching(/^key: manifest\.yml declares no scheduledTrigger 'no-such-trigger' \(it has \S+/)]);
  });

  it('clock: a speed or advance out of range answers 400 and changes nothing', async () => {
    const before = await control('POST', 'clock', {});
    expect(before.status).toBe(200);
    for (const body of [{ speed: 'fast' }, { speed: 0 }, { speed: 100_001 }, { advanceMs: -1 }, { advanceMs: '1h' }]) {
      const answer = await control('POST', 'clock', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json.errorMessages?.[0], JSON.stringify(body)).toMatch(/^(speed: must be a number from 1 to 100,000|advanceMs: must be a number of milliseconds, 0 or more)$/);
    }
    const after = await control('POST', 'clock', {});
    expect(after.json.speed).toBe(before.json.speed);
    expect(Date.parse(after.json.now as string) - Date.parse(before.json.now as string)).toBeLessThan(60_000);
  });

  it('faults: a wrong value or an unknown field answers 400 and applies none of the patch', async () => {
    const wrong = await control('PUT', 'faults', { latencyMs: 5, rateLimitNext: 1.5, retryAfterSeconds: 'soon' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.errorMessages).toEqual([
      'rateLimitNext: must be a whole number, 0 or more (how many requests answer 429)',
      'retryAfterSeconds: must be a whole number, 0 or more (the Retry-After seconds; null sends none)',
    ]);
    const misspelt = await control('PUT', 'faults', { latency: 500 });
    expect(misspelt.status).toBe(400);
    expect(misspelt.json.errorMessages).toEqual(['Unknown field "latency"; this control takes latencyMs, rateLimitNext, retryAfterSeconds, unavailableNext, pathPrefix.']);
    expect(sandbox.jira.faults).toEqual({ latencyMs: 0, rateLimitNext: 0, retryAfterSeconds: null, unavailableNext: 0, pathPrefix: null });

    const applied = await control('PUT', 'faults', { retryAfterSeconds: 2, pathPrefix: '/rest/agile' });
    expect(applied.status).toBe(200);
    expect(applied.json).toEqual({ latencyMs: 0, rateLimitNext: 0, retryAfterSeconds: 2, unavailableNext: 0, pathPrefix: '/rest/agile' });
    expect((await control('PUT', 'faults', { retryAfterSeconds: null, pathPrefix: null })).json).toMatchObject({ retryAfterSeconds: null, pathPrefix: null });
  });

  it('markdown-to-adf: not a string or over 100,000 characters answers 400; a good one converts', async () => {
    for (const markdown of [5, 'x'.repeat(100_001)]) {
      const answer = await control('POST', 'markdown-to-adf', { markdown });
      expect(answer.status).toBe(400);
      expect(answer.json.errorMessages).toEqual(['markdown: must be a string of at most 100,000 characters']);
    }
    const converted = await control('POST', 'markdown-to-adf', { markdown: '# Done' });
    expect(converted.status).toBe(200);
    expect(converted.json).toMatchObject({ type: 'doc', content: [{ type: 'heading' }] });
  });

  it('an unknown control still answers 501 naming it', async () => {
    const answer = await control('POST', 'rewind', {});
    expect(answer.status).toBe(501);
    expect(answer.json.errorMessages).toEqual(['The sandbox has no control POST /__sandbox/api/rewind']);
  });
});

describe('the Jira REST bridge refuses an oversize body in Jira’s error shape', () => {
  it('answers 413 {errorMessages, errors} and leaves the issue as it was', async () => {
    const asPo = { 'content-type': 'application/json', 'x-sandbox-user': 'demo-po' };
    const key = await keyOf(sandbox.url, 'login-email');
    const before = await send('GET', `/rest/api/3/issue/${key}?fields=summary`, undefined, asPo);
    expect(before.status).toBe(200);
    const answer = await send('PUT', `/rest/api/3/issue/${key}`, JSON.stringify({ fields: { summary: OVERSIZE } }), asPo);
    expect(answer.status).toBe(413);
    expect(answer.contentType).toContain('application/json');
    expect(answer.json).toEqual({ errorMessages: [expect.stringMatching(/^The request body is \d+ bytes; the sandbox accepts at most 6291456 bytes\.$/)], errors: {} });
    const after = await send('GET', `/rest/api/3/issue/${key}?fields=summary`, undefined, asPo);
    expect(after.json).toEqual(before.json);
  });

  it('still leaves malformed JSON to the emulator, which answers Jira’s 400', async () => {
    const answer = await send('POST', '/rest/api/3/search/jql', '{"jql": ');
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ errorMessages: [expect.stringMatching(/^The request body is not valid JSON/)], errors: {} });
  });
});

/** A description (ADF) whose paragraphs nest `levels` deep: two JSON levels each, written as text. */
function deepAdf(levels: number): string {
  return `{"type":"doc","version":1,"content":[${'{"type":"paragraph","content":['.repeat(levels)}{"type":"text","text":"deep"}${']}'.repeat(levels)}]}`;
}
const TOO_DEEP = /^The request body nests JSON more than 1,000 levels deep; the sandbox reads at most 1,000\.$/;

describe('the Jira REST bridge refuses a description nested 10,000 levels deep with Jira’s 400', () => {
  const asPo = { 'content-type': 'application/json', 'x-sandbox-user': 'demo-po' };

  // The last number: the most paragraph levels that keep the body within 1,000 JSON levels.
  it.each([
    ['PUT', 'issue/{key}', (adf: string) => `{"fields":{"description":${adf}}}`, 497],
    ['POST', 'issue', (adf: string) => `{"fields":{"project":{"key":"ACC"},"issuetype":{"name":"Story"},"summary":"Deep","description":${adf}}}`, 497],
    ['POST', 'issue/{key}/comment', (adf: string) => `{"body":${adf}}`, 498],
  ])('%s /rest/api/3/%s: 400 {errorMessages, errors}, nothing written; a body at the limit is still read', async (method, route, bodyOf, mostLevels) => {
    const key = await keyOf(sandbox.url, 'login-email');
    const url = `/rest/api/3/${route.replace('{key}', key)}`;
    const before = await send('GET', `/rest/api/3/issue/${key}?fields=description,comment`, undefined, asPo);
    const deep = await send(method, url, bodyOf(deepAdf(10_000)), asPo);
    expect(deep.status).toBe(400);
    expect(deep.json).toEqual({ errorMessages: [expect.stringMatching(TOO_DEEP)], errors: {} });
    expect((await send('GET', `/rest/api/3/issue/${key}?fields=description,comment`, undefined, asPo)).json).toEqual(before.json);
    // One level over the limit is refused the same way; at the limit it is an ordinary (if odd) description.
    expect((await send(method, url, bodyOf(deepAdf(mostLevels + 1)), asPo)).json.errorMessages).toEqual([expect.stringMatching(TOO_DEEP)]);
    const within = await send(method, url, bodyOf(deepAdf(mostLevels)), asPo);
    expect(within.status).toBeLessThan(300);
  });

  it('the same for any JSON body, even one the route would refuse anyway', async () => {
    const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    for (const [method, url, body] of [
      ['POST', '/rest/api/3/search/jql', `{"jql":"project = ACC","fields":${deepArray}}`],
      ['PUT', '/rest/api/3/issue/ACC-1/properties/deep', deepArray],
      ['POST', '/rest/api/3/issue/properties/multi', `{"issues":${deepArray}}`],
    ] as const) {
      const answer = await send(method, url, body, asPo);
      expect(answer.status, url).toBe(400);
      expect(answer.json.errorMessages, url).toEqual([expect.stringMatching(TOO_DEEP)]);
    }
  });

  it('a JSON string full of brackets is not nesting', async () => {
    const answer = await send('POST', '/__sandbox/api/markdown-to-adf', JSON.stringify({ markdown: `${'['.repeat(5000)}x${'{'.repeat(5000)}` }));
    expect(answer.status).toBe(200);
  });

  it('the control API refuses it too, with its own 400', async () => {
    const answer = await send('POST', '/__sandbox/api/invoke', `{"moduleKey":"accord-issue-panel","functionKey":"getPanel","extension":{"type":"jira:issuePanel"},"payload":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ errorMessages: [expect.stringMatching(TOO_DEEP)] });
  });
});

/** Bodies a client can get wrong in every way that is not about one route's fields. */
const BAD_BODIES: string[] = [
  '{"fields": ',
  `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
  'null',
  '[]',
  '5',
  '"text"',
  'true',
  '{}',
  '{"fields":5,"update":5,"body":5,"transition":5,"issues":5,"issueIds":5,"issueIdsOrKeys":5,"entitiesIds":5,"properties":5,"ids":5,"jql":5,"name":5,"state":5,"value":5}',
  '{"fields":{"summary":5,"description":5,"labels":5,"priority":5,"issuetype":5,"project":5,"parent":5,"fixVersions":5,"assignee":5,"reporter":5,"duedate":5,"customfield_10016":"x","customfield_10020":"x"},"update":{"labels":5,"fixVersions":[5]},"transition":{"id":{}},"jql":"","maxResults":"x","nextPageToken":5,"fieldsByKeys":"x","expand":5}',
  '{"fields":{"labels":[null],"fixVersions":[null],"parent":{"key":null},"description":{"type":"doc","content":[null,{"type":5,"content":5}]}},"body":{"type":"doc","content":[null,{"type":"paragraph","content":[{"type":"text","text":5}]}]},"issues":[null,5],"issueIdsOrKeys":[null,{}],"entitiesIds":[null,"x"],"issueIds":[null,"x"],"properties":[null,{"key":5}],"ids":[null,"x"],"fieldIds":[5],"visibility":5}',
  '{"name":{},"startDate":"not a date","endDate":5,"goal":5,"originBoardId":"x","state":"sideways","released":"yes","releaseDate":5,"projectId":"x","description":5,"moveUnfixedIssuesTo":{},"timeSpentSeconds":"x","timeSpent":5,"started":"yesterday","comment":5,"rankBeforeIssue":5}',
  `{"jql":"${'('.repeat(10_000)}project = ACC${')'.repeat(10_000)}"}`,
  `{"jql":"project = ACC AND summary ~ \\"${'x'.repeat(200_000)}\\""}`,
];

describe('every REST route answers a bad body with 4xx, never 500', () => {
  it('sends each write route each bad body, as the app and as a user', async () => {
    const { routeTemplates } = await import('../../../sandbox/jira/router-table');
    const key = await keyOf(sandbox.url, 'login-email');
    const params: Record<string, string> = { issueIdOrKey: key, propertyKey: 'fuzz', taskId: '1', id: '1', projectIdOrKey: 'ACC', boardId: '1', sprintId: '8' };
    const writes = routeTemplates().filter(([method]) => method === 'POST' || method === 'PUT');
    expect(writes.length).toBeGreaterThan(15);
    const failures: string[] = [];
    const asApp: Record<string, string> = { 'content-type': 'application/json' };
    for (const headers of [asApp, { ...asApp, 'x-sandbox-user': 'demo-dev' }]) {
      for (const [method, template] of writes) {
        const url = template.replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? '1');
        for (const body of BAD_BODIES) {
          const response = await fetch(`${sandbox.url}${url}`, { method, headers, body });
          const text = await response.text();
          if (response.status >= 500) failures.push(`${method} ${url} ${headers['x-sandbox-user'] ?? 'app'} ${body.slice(0, 60)} -> ${response.status} ${text.slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('every control answers a bad body with 4xx, never 500', () => {
  it.each(CONTROLS)('%s /%s', async (method, name) => {
    // {} is a valid body for several controls (and would run every scheduled trigger), so it is left out.
    for (const body of BAD_BODIES.filter((b) => b !== '{}')) {
      const answer = await fetch(`${sandbox.url}/__sandbox/api/${name}`, { method, headers: { 'content-type': 'application/json' }, body });
      expect(answer.status, body.slice(0, 60)).toBeLessThan(500);
    }
  });
});

describe('the CSP report route on the frame origin', () => {
  const report = (body: string, type = 'application/csp-report') => fetch(`${sandbox.frameOrigin}/__sandbox/csp-report`, { method: 'POST', headers: { 'content-type': type }, body });

  it('keeps a report the browser sends and lists it in the control API', async () => {
    const body = JSON.stringify({ 'csp-report': { 'document-uri': 'http://127.0.0.1/x', 'effective-directive': 'style-src-elem', 'blocked-uri': 'inline', 'line-number': 3 } });
    expect((await report(body)).status).toBe(204);
    const listed = (await send('GET', '/__sandbox/api/csp-reports')).json as unknown as Array<Record<string, unknown>>;
    expect(listed.at(-1)).toMatchObject({ documentUri: 'http://127.0.0.1/x', effectiveDirective: 'style-src-elem', blockedUri: 'inline', lineNumber: 3, sourceFile: null });
  });

  it('answers malformed, deep, oversize and non-report bodies with 4xx JSON', async () => {
    const statuses: Record<string, number> = {};
    for (const [name, body] of [
      ['malformed', '{"csp-report": '],
      ['deep', `{"csp-report": ${'['.repeat(2000)}${']'.repeat(2000)}}`],
      ['oversize', JSON.stringify({ 'csp-report': { 'document-uri': 'x'.repeat(70_000) } })],
      ['not a report', '{"report": {}}'],
      ['null', 'null'],
    ]) {
      const answer = await report(body as string);
      statuses[name as string] = answer.status;
      expect(answer.headers.get('content-type'), name).toContain('application/json');
    }
    expect(statuses).toEqual({ malformed: 400, deep: 400, oversize: 413, 'not a report': 400, null: 400 });
  });
});
