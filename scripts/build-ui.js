#!/usr/bin/env node
// Builds every Custom UI page named in manifest.yml `resources` (static/<page>) and the sandbox shell,
// skipping a build whose output is newer than its sources (so `npm start` stays fast after the first run).
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

const manifest = YAML.parse(fs.readFileSync(path.join(root, 'manifest.yml'), 'utf8'));
const pages = (manifest.resources ?? []).map((r) => path.basename(path.dirname(r.path)));
const shared = [path.join(root, 'static', 'common'), path.join(root, 'static', 'readiness-ui'), path.join(root, 'src', 'contract'), path.join(root, 'static', 'vite.config.mjs')];

for (const page of pages) {
  const dir = path.join(root, 'static', page);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`static/${page}/index.html is missing (manifest.yml names resource static/${page}/build)`);
    process.exit(1);
  }
  if (upToDate(path.join(dir, 'build', 'index.html'), [dir, ...shared])) continue;
  console.log(`building static/${page}`);
  vite(path.join(root, 'static', 'vite.config.mjs'), { ACCORD_PAGE: page });
}

const shellDir = path.join(root, 'sandbox', 'shell');
if (fs.existsSync(path.join(shellDir, 'vite.config.mts')) && !upToDate(path.join(shellDir, 'build', 'index.html'), [path.join(shellDir, 'app'), path.join(shellDir, 'vite.config.mts')])) {
  console.log('building the sandbox shell');
  vite(path.join(shellDir, 'vite.config.mts'), {});
}
