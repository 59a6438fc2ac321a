/** scripts/openapi-refresh.js: copies checked OpenAPI files byte for byte and reports the operations that changed. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = path.resolve(__dirname, '../../../scripts/openapi-refresh.js');
let dir: string;
let into: string;

function spec(title: string, paths: Record<string, string[]>): string {
  const entries = Object.entries(paths).map(([template, methods]) => [template, Object.fromEntries(methods.map((m) => [m, { responses: {} }]))]);
  // Written without spaces, as Atlassian publishes them, so "byte for byte" is visible.
  return JSON.stringify({ openapi: '3.0.1', info: { title, version: '1' }, paths: Object.fromEntries(entries) });
}

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args, '--into', into], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const platformV1 = spec('The Jira Cloud platform REST API', { '/rest/api/3/myself': ['get'], '/rest/api/3/search': ['get', 'post'] });
const platformV2 = spec('The Jira Cloud platform REST API', { '/rest/api/3/myself': ['get'], '/rest/api/3/search/jql': ['get', 'post'], '/rest/api/3/search': ['get'] });
const software = spec('Jira Software Cloud API', { '/rest/agile/1.0/board': ['get'] });

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'accord-openapi-refresh-'));
  into = path.join(dir, 'into');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('openapi:refresh', () => {
  it('takes a folder with Atlassian download names and copies both files unchanged', () => {
    write('download/swagger-v3.v3.json', platformV1);
    write('download/swagger.v3.json', software);
    const { code, stdout, stderr } = run(path.join(dir, 'download'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readFileSync(path.join(into, 'platform.v3.json'), 'utf8')).toBe(platformV1);
    expect(readFileSync(path.join(into, 'software.v3.json'), 'utf8')).toBe(software);
    expect(stdout).toContain('new: "The Jira Cloud platform REST API" 1 (OpenAPI 3.0.1), 3 operations');
    expect(stdout).toContain('new: "Jira Software Cloud API" 1 (OpenAPI 3.0.1), 1 operations');
  });

  it('replaces one file given by path and prints the operation counts and the operations that came and went', () => {
    expect(run('--platform', write('a.json', platformV1), '--software', write('b.json', software)).code).toBe(0);
    const { code, stdout } = run('--platform', write('newer.json', platformV2));
    expect(code).toBe(0);
    expect(readFileSync(path.join(into, 'platform.v3.json'), 'utf8')).toBe(platformV2);
    expect(readFileSync(path.join(into, 'software.v3.json'), 'utf8')).toBe(software);
    expect(stdout).toContain('was: "The Jira Cloud platform REST API" 1 (OpenAPI 3.0.1), 2 paths, 3 operations');
    expect(stdout).toContain('now: "The Jira Cloud platform REST API" 1 (OpenAPI 3.0.1), 3 paths, 4 operations');
    expect(stdout).toMatch(/added \(2\):\n {4}GET \/rest\/api\/3\/search\/jql\n {4}POST \/rest\/api\/3\/search\/jql\n/);
    expect(stdout).toMatch(/removed \(1\):\n {4}POST \/rest\/api\/3\/search\n/);
    expect(stdout).not.toContain('software.v3.json');
  });

  it('says so when a file is the same', () => {
    const file = write('a.json', platformV1);
    run('--platform', file);
    const { code, stdout } = run('--platform', file);
    expect(code).toBe(0);
    expect(stdout).toContain('unchanged: "The Jira Cloud platform REST API" 1 (OpenAPI 3.0.1), 3 operations');
  });

  it('refuses files that are not JSON, lack openapi or paths, or belong to the other API, and then writes nothing', () => {
    const good = write('good.json', platformV1);
    const cases: [string, string, RegExp][] = [
      ['--software', write('html.json', '<!doctype html>'), /software: .*html\.json is not JSON/],
      ['--software', write('no-openapi.json', JSON.stringify({ paths: { '/rest/agile/1.0/board': {} } })), /has no "openapi" version string/],
      ['--software', write('no-paths.json', JSON.stringify({ openapi: '3.0.1' })), /has no "paths" object/],
      ['--software', good, /has no path under \/rest\/agile\/1\.0\/: is it the other API's file\?/],
    ];
    for (const [flag, file, message] of cases) {
      const { code, stderr } = run('--platform', good, flag, file);
      expect(code).toBe(1);
      expect(stderr).toMatch(message);
      expect(stderr).toContain('Nothing was written.');
      // The good platform file given alongside is not written either.
      expect(existsSync(path.join(into, 'platform.v3.json'))).toBe(false);
    }
  });

  it('explains its usage when given nothing or a folder without the files', () => {
    const none = run();
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Usage: npm run openapi:refresh');
    mkdirSync(path.join(dir, 'empty'));
    const empty = run(path.join(dir, 'empty'));
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('has none of platform.v3.json, swagger-v3.v3.json, software.v3.json, swagger.v3.json');
  });
});
