/**
 * A bundle of the `accord` command built for one test, in a folder of its own under dist/, so that the
 * repository's own bundle (and the tests that run it) are left alone. It sits inside the repository, where
 * the bundle finds the language model it loads from node_modules.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../../..');

export interface TestBundle {
  /** The folder holding accord.cjs, check-worker.cjs, the code cache and accord.inputs.json. */
  out: string;
  /** What scripts/build-cli.js printed and returned. */
  build: SpawnSyncReturns<string>;
  remove: () => void;
}

export function buildTestBundle(): TestBundle {
  mkdirSync(path.join(repoRoot, 'dist'), { recursive: true });
  const out = mkdtempSync(path.join(repoRoot, 'dist', 'test-bundle-'));
  const build = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build-cli.js'), '--out', out], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { out, build, remove: () => rmSync(out, { recursive: true, force: true }) };
}

/** A `node -e` script that runs the bundle in `out` on the arguments after it, as bin/accord.js would. */
export function runBundleScript(out: string): string {
  return `require(${JSON.stringify(path.join(out, 'accord.cjs'))}).main(process.argv.slice(1)).then((code) => (process.exitCode = code))`;
}
