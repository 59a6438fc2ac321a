#!/usr/bin/env node
// `npm start`: builds the UIs when their sources changed, then runs the sandbox (TypeScript through tsx).
const path = require('node:path');
const { spawnSync, spawn } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
if (!args.includes('--no-serve')) {
  const build = spawnSync(process.execPath, [path.join(__dirname, 'build-ui.js')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'sandbox', 'main.ts'), ...args], {
  cwd: root,
  stdio: 'inherit',
});
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', (code) => process.exit(code ?? 0));
