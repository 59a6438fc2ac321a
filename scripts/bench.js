#!/usr/bin/env node
// `npm run bench`: runs every bench/*.ts (each prints its own figures) and lists their BENCH summary lines.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const only = process.argv[2];
const files = fs.readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.ts') && !f.startsWith('_')).filter((f) => !only || f.includes(only)).sort();
const summaries = [];
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', path.join(root, 'bench', file)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(r.stdout);
  for (const line of r.stdout.split('\n')) if (line.startsWith('BENCH ')) summaries.push(line);
  if (r.status !== 0) failed += 1;
}
console.log('\n## Summary');
for (const s of summaries) console.log(s);
process.exit(failed ? 1 : 0);
