#!/usr/bin/env node
// `npm run bench`: runs every bench/*.ts (each prints its own figures) and lists their BENCH summary lines,
// and the SKIP lines of parts that need an outside data set that is not there (see bench/_lib/neodataset.ts).
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const only = process.argv[2];
// The panel benchmarks load the built pages and the CLI benchmark runs the command's bundle: build them
// first, as `npm test` does (each a no-op when up to date).
for (const script of ['build-ui.js', 'build-cli.js']) {
  const built = spawnSync(process.execPath, [path.join(__dirname, script)], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const files = fs.readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.ts') && !f.startsWith('_')).filter((f) => !only || f.includes(only)).sort();
const summaries = [];
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', path.join(root, 'bench', file)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(r.stdout);
  for (const line of r.stdout.split('\n')) if (line.startsWith('BENCH ') || line.startsWith('SKIP ')) summaries.push(line);
  if (r.status !== 0) failed += 1;
}
console.log('\n## Summary');
for (const s of summaries) console.log(s);
process.exit(failed ? 1 : 0);
