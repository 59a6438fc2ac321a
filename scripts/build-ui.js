#!/usr/bin/env node
// Builds every Custom UI page named in manifest.yml `resources` (static/pages/<page>/build) and the sandbox
// shell, skipping a build whose output is newer than its sources (so `npm start` stays fast after the first run).
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const YAML = require('yaml');

const root = path.resolve(__dirname, '..');
const force = process.argv.includes('--force');

function newestMtime(dirs) {
  let newest = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      const base = path.basename(p);
      if (base === 'build' || base === 'node_modules') return;
      for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  dirs.forEach(walk);
  return newest;
}

function upToDate(outIndex, sources) {
  if (force || !fs.existsSync(outIndex)) return false;
  return fs.statSync(outIndex).mtimeMs >= newestMtime(sources);
}

function vite(configFile, env) {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', configFile, '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    // Test runners set NODE_ENV=test, which would ship React's development build.
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const PAGE_RESOURCE = /^static\/pages\/([^/]+)\/build\/?$/;
const pagesDir = path.join(root, 'static', 'pages');

/** The page folder of each manifest resource; a resource elsewhere is a layout error, said as such. */
function manifestPages() {
  const manifest = YAML.parse(fs.readFileSync(path.join(root, 'manifest.yml'), 'utf8'));
  return (manifest.resources ?? []).map((resource) => {
    const match = PAGE_RESOURCE.exec(resource.path ?? '');
    if (!match) {
      console.error(`manifest.yml resource ${resource.key} has path ${resource.path}: a page resource is static/pages/<page>/build`);
      process.exit(1);
    }
    return match[1];
  });
}

const pages = manifestPages();
const onDisk = fs.existsSync(pagesDir) ? fs.readdirSync(pagesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
const missing = pages.filter((page) => !onDisk.includes(page));
const unnamed = onDisk.filter((page) => !pages.includes(page));
if (missing.length > 0 || unnamed.length > 0) {
  for (const page of missing) console.error(`manifest.yml names resource static/pages/${page}/build, but static/pages/${page}/ does not exist`);
  for (const page of unnamed) console.error(`static/pages/${page}/ is a page no manifest.yml resource names: add a resource or remove the folder`);
  process.exit(1);
}

// What every page is built from besides its own folder.
const shared = [path.join(root, 'static', 'shared'), path.join(root, 'src', 'contract'), path.join(root, 'static', 'vite.config.mjs')];

for (const page of pages) {
  const dir = path.join(pagesDir, page);
  if (upToDate(path.join(dir, 'build', 'index.html'), [dir, ...shared])) continue;
  console.log(`building static/pages/${page}`);
  vite(path.join(root, 'static', 'vite.config.mjs'), { ACCORD_PAGE: page });
}

const shellDir = path.join(root, 'sandbox', 'shell');
if (fs.existsSync(path.join(shellDir, 'vite.config.mts')) && !upToDate(path.join(shellDir, 'build', 'index.html'), [path.join(shellDir, 'app'), path.join(shellDir, 'vite.config.mts')])) {
  console.log('building the sandbox shell');
  vite(path.join(shellDir, 'vite.config.mts'), {});
}
