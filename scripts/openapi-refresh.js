#!/usr/bin/env node
// `npm run openapi:refresh -- FOLDER` or `-- --platform a.json --software b.json`: replaces the Jira
// OpenAPI descriptions the contract tests read (test/contract/openapi/) with newer downloads, byte for
// byte, after checking each one, and says what changed. `--into DIR` writes elsewhere (for its tests).
// Nothing is written unless every given file passes its checks.
const fs = require('node:fs');
const path = require('node:path');

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Our file name, the names a download may have, and the path prefix that proves it is the right API. */
const SPECS = {
  platform: { file: 'platform.v3.json', downloadNames: ['swagger-v3.v3.json'], prefix: '/rest/api/3/' },
  software: { file: 'software.v3.json', downloadNames: ['swagger.v3.json'], prefix: '/rest/agile/1.0/' },
};

const USAGE = `Usage: npm run openapi:refresh -- FOLDER
       npm run openapi:refresh -- [--platform FILE] [--software FILE] [--into DIR]
FOLDER holds platform.v3.json and/or software.v3.json (or Atlassian's names swagger-v3.v3.json and swagger.v3.json).`;

function fail(message) {
  console.error(message);
  process.exit(1);
}

function parseArgs(argv) {
  const sources = {};
  let folder;
  let into = path.resolve(__dirname, '..', 'test', 'contract', 'openapi');
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (arg === '--platform' || arg === '--software' || arg === '--into') {
      const value = argv[i + 1];
      if (!value || value.startsWith('--')) fail(`${arg} needs a path\n${USAGE}`);
      i += 1;
      if (arg === '--into') into = path.resolve(value);
      else sources[arg.slice(2)] = path.resolve(value);
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}\n${USAGE}`);
    } else if (folder) {
      fail(`one folder only\n${USAGE}`);
    } else {
      folder = path.resolve(arg);
    }
  }
  if (folder) {
    for (const [name, spec] of Object.entries(SPECS)) {
      if (sources[name]) continue;
      const found = [spec.file, ...spec.downloadNames].map((n) => path.join(folder, n)).find((f) => fs.existsSync(f));
      if (found) sources[name] = found;
    }
    if (Object.keys(sources).length === 0) fail(`${folder} has none of ${Object.values(SPECS).flatMap((s) => [s.file, ...s.downloadNames]).join(', ')}`);
  }
  if (Object.keys(sources).length === 0) fail(USAGE);
  return { sources, into };
}

/** "GET /rest/api/3/myself" for every operation of a parsed description. */
function operationsOf(document) {
  const operations = new Set();
  for (const [template, item] of Object.entries(document.paths)) {
    for (const method of METHODS) if (item && typeof item === 'object' && item[method]) operations.add(`${method.toUpperCase()} ${template}`);
  }
  return operations;
}

/** The parsed description, or a reason it is not one of ours. */
function check(name, file) {
  let text;
  try {
    text = fs.readFileSync(file);
  } catch (error) {
    return { error: `${name}: cannot read ${file} (${error.code ?? error.message})` };
  }
  let document;
  try {
    document = JSON.parse(text.toString('utf8'));
  } catch (error) {
    return { error: `${name}: ${file} is not JSON (${error.message})` };
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return { error: `${name}: ${file} is not a JSON object` };
  if (typeof document.openapi !== 'string') return { error: `${name}: ${file} has no "openapi" version string` };
  if (typeof document.paths !== 'object' || document.paths === null || Array.isArray(document.paths)) return { error: `${name}: ${file} has no "paths" object` };
  const templates = Object.keys(document.paths);
  if (!templates.some((t) => t.startsWith(SPECS[name].prefix))) {
    return { error: `${name}: ${file} has no path under ${SPECS[name].prefix}: is it the other API's file?` };
  }
  return { text, document };
}

/** The file being replaced, when it can still be read as one (a damaged one is simply replaced). */
function parsedOrUndefined(buffer) {
  try {
    const document = JSON.parse(buffer.toString('utf8'));
    return document && typeof document.paths === 'object' ? document : undefined;
  } catch {
    return undefined;
  }
}

function summary(document) {
  const info = document.info ?? {};
  return `"${info.title ?? '?'}" ${info.version ?? '?'} (OpenAPI ${document.openapi})`;
}

function listSome(title, items) {
  if (items.length === 0) return;
  const shown = items.slice(0, 20);
  console.log(`  ${title} (${items.length}):`);
  for (const item of shown) console.log(`    ${item}`);
  if (items.length > shown.length) console.log(`    … and ${items.length - shown.length} more`);
}

function main() {
  const { sources, into } = parseArgs(process.argv.slice(2));
  const checked = {};
  const errors = [];
  for (const [name, file] of Object.entries(sources)) {
    const result = check(name, file);
    if (result.error) errors.push(result.error);
    else checked[name] = result;
  }
  if (errors.length) fail(`${errors.join('\n')}\nNothing was written.`);

  fs.mkdirSync(into, { recursive: true });
  for (const [name, { text, document }] of Object.entries(checked)) {
    const target = path.join(into, SPECS[name].file);
    const before = fs.existsSync(target) ? fs.readFileSync(target) : undefined;
    const old = before ? parsedOrUndefined(before) : undefined;
    console.log(`${SPECS[name].file} <- ${sources[name]}`);
    if (before && before.equals(text)) {
      console.log(`  unchanged: ${summary(document)}, ${operationsOf(document).size} operations`);
      continue;
    }
    fs.writeFileSync(target, text);
    const now = operationsOf(document);
    if (!old) {
      console.log(`  new: ${summary(document)}, ${now.size} operations`);
      continue;
    }
    const was = operationsOf(old);
    console.log(`  was: ${summary(old)}, ${Object.keys(old.paths ?? {}).length} paths, ${was.size} operations`);
    console.log(`  now: ${summary(document)}, ${Object.keys(document.paths).length} paths, ${now.size} operations`);
    listSome('added', [...now].filter((op) => !was.has(op)).sort());
    listSome('removed', [...was].filter((op) => !now.has(op)).sort());
  }
  console.log('Run `npm run test:contract`, then update the versions and the date in test/contract/openapi/README.md.');
}

main();
