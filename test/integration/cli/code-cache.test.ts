/**
 * The build leaves V8's code cache beside the bundle, made with the flags the command runs with, and
 * bin/cli-bundle.js loads the bundle through it only while it belongs to that very bundle: V8 itself
 * checks no more than the length of the source.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestBundle } from './test-bundle';

const repoRoot = path.resolve(__dirname, '../../..');
const backlogFile = path.join(repoRoot, 'test/fixtures/stories/backlog.jsonl');
let out: string;
let removeBundle: () => void = () => undefined;
let cachedOutput: string;

/** Loads the bundle in `out` as bin/accord.js does, runs it on the fixture backlog; says whether V8 took a cache. */
function load(): { cache: string; code: number | null; stdout: string } {
  const script = `
    const bundle = require(${JSON.stringify(path.join(repoRoot, 'bin/cli-bundle.js'))});
    bundle.applyV8Flags();
    const { exports, script } = bundle.loadBundle(${JSON.stringify(out)});
    const cache = script.cachedDataRejected === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
    exports.main(['readiness', ${JSON.stringify(backlogFile)}]).then((code) => { process.stderr.write('cache ' + cache + '\\n'); process.exitCode = code; });`;
  const result = spawnSync(process.execPath, ['-e', script], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { cache: /cache (\w+)/.exec(result.stderr)?.[1] ?? result.stderr, code: result.status, stdout: result.stdout };
}

beforeAll(() => {
  const built = buildTestBundle();
  out = built.out;
  removeBundle = built.remove;
  const { build } = built;
  expect(build.status, build.stderr).toBe(0);
  expect(build.stderr).not.toContain('no code cache');
});
afterAll(() => {
  removeBundle();
});

describe('the code cache of the bundle', () => {
  it('is made by the build and used, and the command answers the same', () => {
    expect(existsSync(path.join(out, 'accord.code-cache'))).toBe(true);
    const run = load();
    expect([run.cache, run.code]).toEqual(['used', 2]); // 2: the fixture's damaged line
    expect(run.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(40);
    cachedOutput = run.stdout;
  });

  it('is left alone once the bundle changed after it was made', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(out, 'accord.cjs'), later, later);
    expect(load()).toEqual({ cache: 'none', code: 2, stdout: cachedOutput });
  });
});
