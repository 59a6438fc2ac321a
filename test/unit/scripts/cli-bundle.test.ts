/**
 * bin/accord.js runs the prebuilt bundle only while it is newer than every file it was built from, and
 * the TypeScript sources otherwise: tried on a checkout of its own in a temporary folder, with a bundle
 * and sources that say which of them ran.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../../..');
let dir: string;

function write(file: string, text: string, mtime: Date): void {
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  utimesSync(full, mtime, mtime);
}

/** Which implementation answered `accord --help`, and the exit code. */
function run(env: Record<string, string> = {}): { ran: string; code: number | null } {
  const result = spawnSync(process.execPath, [path.join(dir, 'bin/accord.js'), '--help'], { encoding: 'utf8', env: { ...process.env, ACCORD_CLI_FROM_SOURCES: '', ...env } });
  return { ran: result.stdout.trim(), code: result.status };
}

const past = new Date('2024-01-01T00:00:00Z');
const built = new Date('2024-01-02T00:00:00Z');
const later = new Date('2024-01-03T00:00:00Z');

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'accord-bundle-'));
  mkdirSync(path.join(dir, 'bin'));
  for (const file of ['accord.js', 'cli-bundle.js']) copyFileSync(path.join(repoRoot, 'bin', file), path.join(dir, 'bin', file));
  // tsx, for the sources
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  const body = (name: string) => `{ process.stdout.write('${name}\\n'); return 0; }`;
  write('src/cli/main.ts', `export async function main(): Promise<number> ${body('sources')}\n`, past);
  write('src/cli/helper.ts', 'export const helper = 1;\n', past);
  write('dist/cli/accord.cjs', `exports.main = async () => ${body('bundle')};\n`, built);
  write('dist/cli/accord.inputs.json', JSON.stringify({ inputs: ['src/cli/main.ts', 'src/cli/helper.ts'] }), built);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('bin/accord.js', () => {
  it('runs the bundle while it is newer than all its inputs', () => {
    expect(run()).toEqual({ ran: 'bundle', code: 0 });
  });

  it('runs the sources once any input is newer than the bundle', () => {
    write('src/cli/helper.ts', 'export const helper = 2;\n', later);
    expect(run()).toEqual({ ran: 'sources', code: 0 });
  });

  it('runs the sources when an input is gone, the list is missing or empty, or there is no bundle', () => {
    rmSync(path.join(dir, 'src/cli/helper.ts'));
    expect(run().ran).toBe('sources');
    write('src/cli/helper.ts', 'export const helper = 1;\n', past);
    expect(run().ran).toBe('bundle');
    write('dist/cli/accord.inputs.json', JSON.stringify({ inputs: [] }), built);
    expect(run().ran).toBe('sources');
    rmSync(path.join(dir, 'dist/cli/accord.inputs.json'));
    expect(run().ran).toBe('sources');
    write('dist/cli/accord.inputs.json', JSON.stringify({ inputs: ['src/cli/main.ts'] }), built);
    expect(run().ran).toBe('bundle');
    rmSync(path.join(dir, 'dist/cli/accord.cjs'));
    expect(run().ran).toBe('sources');
  });

  it('runs the sources when ACCORD_CLI_FROM_SOURCES=1', () => {
    expect(run({ ACCORD_CLI_FROM_SOURCES: '1' }).ran).toBe('sources');
  });
});
