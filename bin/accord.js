#!/usr/bin/env node
'use strict';
// The `accord` command. Runs the prebuilt bundle (dist/cli/accord.cjs, made by scripts/build-cli.js on
// `npm install`, `npm run build` and `npm test`) while it is newer than every file it was built from;
// otherwise, or with ACCORD_CLI_FROM_SOURCES=1, the TypeScript sources through tsx, so an edit in src/
// takes effect at once. The bundle saves compiling TypeScript on every run (about a tenth of a second), and
// its code cache most of compiling the bundle itself (see cli-bundle.js).
const path = require('node:path');
const { root, bundleIsFresh, applyV8Flags, loadBundle } = require('./cli-bundle.js');

applyV8Flags();

function loadCli() {
  if (process.env.ACCORD_CLI_FROM_SOURCES !== '1' && bundleIsFresh()) return loadBundle().exports;
  require('tsx/cjs/api').register();
  return require(path.join(root, 'src', 'cli', 'main.ts'));
}

loadCli()
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`accord: ${error instanceof Error ? error.stack || error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
