'use strict';
// Where the prebuilt `accord` bundle lives (scripts/build-cli.js writes it) and whether it may be used: it
// must be newer than every file it was built from, so an edit in src/ is never answered by stale code.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** The bundle and the list of the files it was built from, in a checkout at `dir`. */
function bundlePaths(dir = root) {
  return { bundleFile: path.join(dir, 'dist', 'cli', 'accord.cjs'), inputsFile: path.join(dir, 'dist', 'cli', 'accord.inputs.json') };
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

module.exports = { root, bundleFile: bundlePaths().bundleFile, inputsFile: bundlePaths().inputsFile, bundlePaths, bundleIsFresh };
