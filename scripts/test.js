#!/usr/bin/env node
// `npm test`: lint, typecheck, build the UIs and the command line, then every Vitest project (unit,
// integration, contract, e2e).
// Ends with the line "N passed, N failed" so any runner can read the outcome.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const started = Date.now();

function step(title, cmd, args) {
  const t0 = Date.now();
  console.log(`\n== ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  console.log(`== ${title}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

let ok = true;
ok = step('lint', bin('eslint'), ['.', '--max-warnings', '0']) && ok;
ok = step('typecheck (app, sandbox, tests)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) && ok;
ok = step('typecheck (Custom UI)', bin('tsc'), ['-p', 'static/tsconfig.json', '--noEmit']) && ok;
if (fs.existsSync(path.join(root, 'sandbox/shell/tsconfig.json'))) {
  ok = step('typecheck (sandbox shell)', bin('tsc'), ['-p', 'sandbox/shell/tsconfig.json', '--noEmit']) && ok;
}
ok = step('build UIs', process.execPath, [path.join(__dirname, 'build-ui.js')]) && ok;
// The CLI tests run bin/accord.js, which uses this bundle while it is fresh (a no-op when it is).
ok = step('build CLI', process.execPath, [path.join(__dirname, 'build-cli.js')]) && ok;

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'accord-test-')), 'vitest.json');
const vitestOk = step('tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
ok = vitestOk && ok;

let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  skipped = r.numPendingTests + r.numTodoTests;
  if (r.numTotalTests === 0) ok = false;
} else {
  failed += 1;
}
if (!ok && failed === 0) failed = 1; // a failed lint/typecheck/build counts as a failure too
console.log(`\nTotal time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
