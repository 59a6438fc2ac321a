#!/usr/bin/env node
'use strict';
// Runs the TypeScript sources directly through tsx, so the command needs no build step.
const path = require('node:path');
require('tsx/cjs/api').register();
const { main } = require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`accord: ${error instanceof Error ? error.stack || error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
