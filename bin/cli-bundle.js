'use strict';
// Where the prebuilt `accord` bundle lives (scripts/build-cli.js writes it), whether it may be used (it must
// be newer than every file it was built from, so an edit in src/ is never answered by stale code), and how
// it is loaded: through V8's code cache that the build leaves beside it, with the V8 flags the command runs
// with.
const fs = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const root = path.resolve(__dirname, '..');

/** The bundle, the list of the files it was built from, and its code cache, in a folder (dist/cli of a checkout). */
function bundlePathsIn(outDir) {
  return {
    bundleFile: path.join(outDir, 'accord.cjs'),
    inputsFile: path.join(outDir, 'accord.inputs.json'),
    cacheFile: path.join(outDir, 'accord.code-cache'),
    cacheInfoFile: path.join(outDir, 'accord.code-cache.json'),
  };
}

/** The bundle and the list of the files it was built from, in a checkout at `dir`. */
function bundlePaths(dir = root) {
  return bundlePathsIn(path.join(dir, 'dist', 'cli'));
}

/** True when the bundle exists and none of the files it was built from is missing or changed since. */
function bundleIsFresh(dir = root) {
  const { bundleFile, inputsFile } = bundlePaths(dir);
  try {
    const built = fs.statSync(bundleFile).mtimeMs;
    const { inputs } = JSON.parse(fs.readFileSync(inputsFile, 'utf8'));
    if (!Array.isArray(inputs) || inputs.length === 0) return false;
    return inputs.every((file) => fs.statSync(path.join(dir, file)).mtimeMs <= built);
  } catch {
    return false; // no bundle, no list, or an input gone: build again, or run the sources
  }
}

/**
 * Fewer optimising compilations, set before any of the command's code runs (they change how fast V8's
 * compiler makes code, never what the code does): no inlining in TurboFan, and twice the run time before a
 * function is optimised, so the Markdown lexer's largest functions are compiled fewer times over. V8
 * compiles on a second thread; `accord readiness` on 17,195 tickets spent about 0.5 s of CPU there, which
 * its checking thread needs on a 2-core machine. Measured on node 20 only: 0.3 s less CPU, and with a
 * checking thread best 1.62 s against 1.79 s, median 1.66 s against 1.81 s (5 runs each, interleaved);
 * later V8s tier up through another compiler (Maglev) first, so there the flags are left alone. The code
 * cache holds the flags it was made with: V8 refuses a cache made with others.
 */
const V8_FLAGS = process.versions.node.split('.')[0] === '20' ? ['--no-turbo-inlining', '--interrupt-budget=135168'] : [];

function applyV8Flags() {
  for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
}

/**
 * The code cache when it was made from this very bundle (its size and time, as the build wrote them down):
 * V8 itself checks only the length of the source, its own version and its flags.
 */
function codeCacheFor(outDir) {
  const { bundleFile, cacheFile, cacheInfoFile } = bundlePathsIn(outDir);
  try {
    const info = JSON.parse(fs.readFileSync(cacheInfoFile, 'utf8'));
    const bundle = fs.statSync(bundleFile);
    if (info.bundleSize !== bundle.size || info.bundleMtimeMs !== bundle.mtimeMs) return undefined;
    return fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/**
 * Loads the bundle in `outDir` as require would, compiled from V8's code cache when there is one for it
 * (the build makes it after a run on the fixture backlog, so it holds the bytecode of the functions a run
 * uses): 0.1 s less for 17,195 tickets, 30 ms less for a handful. Without a usable cache V8 compiles the
 * source, as require does. Returns the module's exports, and the script (for the build to make the cache).
 */
function loadBundle(outDir = path.join(root, 'dist', 'cli')) {
  const { bundleFile } = bundlePathsIn(outDir);
  const source = fs.readFileSync(bundleFile, 'utf8');
  const cachedData = codeCacheFor(outDir);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: bundleFile, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, path.dirname(bundleFile));
  return { exports: module.exports, script };
}

module.exports = { root, bundleFile: bundlePaths().bundleFile, inputsFile: bundlePaths().inputsFile, bundlePaths, bundlePathsIn, bundleIsFresh, applyV8Flags, loadBundle };
