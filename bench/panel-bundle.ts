/**
 * Bundle size of the issue panel (the manifest's issue-panel resource, static/pages/issue-panel/build, built
 * by `npm run build:ui`): gzipped JS in total, and what the first paint needs (the entry script and the
 * chunks index.html preloads). Lazy chunks (dialogs, theme CSS for modes not in use) only load when asked
 * for. Budget: 150 KB gzipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';

const BUDGET_KB = 150;
const root = path.resolve(__dirname, '..');
const manifest = parseYaml(fs.readFileSync(path.join(root, 'manifest.yml'), 'utf8')) as { resources?: Array<{ key: string; path: string }> };
const resource = manifest.resources?.find((r) => r.key === 'issue-panel');
if (!resource) {
  console.error('manifest.yml has no issue-panel resource');
  process.exit(1);
}
const buildDir = path.join(root, resource.path);

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
  console.error(`${resource.path} is missing: run \`npm run build:ui\` (or \`ACCORD_PAGE=issue-panel npx vite build --config static/vite.config.mjs\`) first.`);
  process.exit(1);
}

const html = fs.readFileSync(path.join(buildDir, 'index.html'), 'utf8');
const initialRefs = new Set([...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => path.join(buildDir, m[1] ?? '')));

const files = listFiles(buildDir)
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    const raw = fs.readFileSync(file);
    return { file: path.relative(buildDir, file), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, initial: initialRefs.has(file) };
  })
  .sort((a, b) => b.gzip - a.gzip);

const total = files.reduce((sum, f) => sum + f.gzip, 0);
const initial = files.filter((f) => f.initial).reduce((sum, f) => sum + f.gzip, 0);

console.log('gzipped KB  raw KB  at load  file');
for (const f of files) {
  console.log(`${String(kb(f.gzip)).padStart(10)}  ${String(kb(f.raw)).padStart(6)}  ${f.initial ? '    yes    ' : '           '}  ${f.file}`);
}
console.log(`\nentry + preloaded chunks: ${kb(initial)} KB gzipped (budget ${BUDGET_KB} KB) · all chunks: ${kb(total)} KB gzipped in ${files.length} files`);
console.log(
  `BENCH ${JSON.stringify({ bench: 'panel-bundle', initialGzipKB: kb(initial), totalGzipKB: kb(total), files: files.length, budgetKB: BUDGET_KB, withinBudget: initial <= BUDGET_KB * 1024 })}`,
);
