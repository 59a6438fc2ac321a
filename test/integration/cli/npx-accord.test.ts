import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../../..');

// `npx accord` must start this repository's command from node_modules/.bin (linked by `npm install` from
// the `accord-command` development dependency): were the link missing, npx would look for a package named
// "accord" on the npm registry instead.
describe('npx accord', () => {
  it('is the repository command, linked into node_modules/.bin by the install', () => {
    const link = path.join(repoRoot, 'node_modules', '.bin', 'accord');
    expect(realpathSync(link)).toBe(path.join(repoRoot, 'bin', 'accord.js'));
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { bin?: unknown; devDependencies: Record<string, string> };
    expect(manifest.devDependencies['accord-command']).toBe('file:bin');
    // A `bin` of the repository's own would send npx through its slow path again (see README).
    expect(manifest.bin).toBeUndefined();
  });

  it('runs the command', () => {
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const result = spawnSync(npx, ['--no-install', 'accord', '--help'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: accord readiness');
  });
});
