#!/usr/bin/env node
// Builds the `accord` command into one CommonJS file, dist/cli/accord.cjs, with esbuild, so that a run
// starts in plain node instead of compiling TypeScript through tsx first (a tenth to a fifth of a second on
// every run); beside it dist/cli/check-worker.cjs, the code of the threads that check what the main thread
// of a large run reads (src/cli/check-pool.ts; a second entry, without the report command),
// and V8's code cache of the bundle (makeCodeCache). bin/accord.js uses the bundle only while it is newer
// than every file it was built from (listed in dist/cli/accord.inputs.json) and runs the sources through tsx
// otherwise, so an edit in src/ is never answered by stale code. Runs on `npm install` (the `prepare`
// script), in `npm run build` and `npm test`; skips the build when the bundle is up to date (`--force`
// builds anyway; `--out DIR` builds into another folder, for tests).
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { root, bundlePaths, bundlePathsIn, bundleIsFresh } = require('../bin/cli-bundle.js');

const outAt = process.argv.indexOf('--out');
const elsewhere = outAt >= 0 ? path.resolve(process.argv[outAt + 1] ?? '.') : null;
const { bundleFile: outFile, inputsFile, cacheFile, cacheInfoFile } = elsewhere === null ? bundlePaths() : bundlePathsIn(elsewhere);
const outDir = path.dirname(outFile);
/** The worker threads' entry, built beside the bundle (src/cli/check-pool.ts looks for it there). */
const workerFile = path.join(outDir, 'check-worker.cjs');
const force = process.argv.includes('--force') || elsewhere !== null;
/** Files that change what the bundle holds without being one of its inputs. */
const ALSO_DEPENDS_ON = ['package.json', 'package-lock.json', 'scripts/build-cli.js'];

async function build() {
  let esbuild;
  try {
    esbuild = require('esbuild');
  } catch {
    // Without dev dependencies there is no esbuild; the command still runs from the sources through tsx.
    console.warn('build-cli: esbuild is not installed; `accord` will run from the TypeScript sources');
    return;
  }
  fs.mkdirSync(outDir, { recursive: true });
  // A code cache is only ever the one made from the bundle beside it.
  for (const file of [cacheFile, cacheInfoFile]) fs.rmSync(file, { force: true });
  const result = await esbuild.build({
    absWorkingDir: root, // the metafile's input paths are relative to the repository
    entryPoints: [
      { in: path.join(root, 'src', 'cli', 'main.ts'), out: path.basename(outFile, '.cjs') },
      { in: path.join(root, 'src', 'cli', 'check-worker.ts'), out: path.basename(workerFile, '.cjs') },
    ],
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The language model is 2.9 MB of JSON: node's JSON.parse reads it faster than V8 parses it as an
    // object literal in the bundle, and it is loaded only when a story sentence needs it.
    // tsx is named only where the sources start their workers (check-pool.ts), never from the bundle.
    external: ['wink-eng-lite-web-model', 'tsx'],
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
  });
  // Only the repository's own files: node_modules changes through `npm install`, which rebuilds.
  const sources = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules/'));
  const inputs = [...new Set([...sources, ...ALSO_DEPENDS_ON])].sort();
  fs.writeFileSync(inputsFile, `${JSON.stringify({ inputs }, null, 2)}\n`);
  console.log(`build-cli: ${path.relative(root, outFile)} and ${path.basename(workerFile)} from ${sources.length} source files`);
  makeCodeCache();
}

/**
 * V8's code cache of the bundle (bin/cli-bundle.js loads the bundle through it): made after the command has
 * checked the fixture backlog, so it holds the bytecode of the functions a run uses, not only of the
 * top-level code; made with the V8 flags the command runs with, or V8 would refuse it. Without it the
 * command compiles the bundle as it loads.
 */
function makeCodeCache() {
  const sample = path.join(root, 'test', 'fixtures', 'stories', 'backlog.jsonl');
  if (!fs.existsSync(sample)) return;
  const script = `
    const fs = require('node:fs');
    const { Writable } = require('node:stream');
    const bundle = require(${JSON.stringify(path.join(root, 'bin', 'cli-bundle.js'))});
    bundle.applyV8Flags();
    const paths = bundle.bundlePathsIn(${JSON.stringify(outDir)});
    const { exports, script } = bundle.loadBundle(${JSON.stringify(outDir)});
    const nowhere = new Writable({ write: (chunk, encoding, done) => done() });
    exports.main(['readiness', ${JSON.stringify(sample)}], { stdin: process.stdin, stdout: nowhere, stderr: nowhere }).then(() => {
      fs.writeFileSync(paths.cacheFile, script.createCachedData());
      const { size, mtimeMs } = fs.statSync(paths.bundleFile);
      fs.writeFileSync(paths.cacheInfoFile, JSON.stringify({ bundleSize: size, bundleMtimeMs: mtimeMs, node: process.version }) + '\\n');
    });`;
  const made = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, ACCORD_CLI_WORKERS: '0' } });
  if (made.status !== 0) console.warn(`build-cli: no code cache (${(made.stderr || '').trim()}); \`accord\` compiles the bundle as it loads`);
}

if (!force && bundleIsFresh()) process.exit(0);
build().catch((error) => {
  console.error(`build-cli: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
