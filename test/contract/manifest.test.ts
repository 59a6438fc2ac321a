/**
 * manifest.yml against Forge's own tooling, offline: @forge/manifest's validate() (schema, modules,
 * handlers, resources) and @forge/lint's permission linter (every requestJira(route`...`) in src/
 * maps to a scope the manifest declares), fed with the Jira OpenAPI files instead of the network.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { validate, type ManifestSchema } from '@forge/manifest';
import { PermissionLinter, parseSourceFile, tsParser, type LintResultRule } from '@forge/lint';
import { repoRoot, specFiles } from './openapi';

const manifestPath = path.join(repoRoot, 'manifest.yml');
let workDir: string;

/**
 * A copy of the app laid out for the validator: the manifest (optionally changed), src/ linked in,
 * and each resource's build copied when built or stubbed with an index.html when not (builds are
 * produced by `npm run build:ui` and not committed).
 */
function appCopy(name: string, change: (manifest: string) => string = (m) => m): string {
  const dir = path.join(workDir, name);
  fs.mkdirSync(dir, { recursive: true });
  const manifest = change(fs.readFileSync(manifestPath, 'utf8'));
  fs.writeFileSync(path.join(dir, 'manifest.yml'), manifest);
  fs.symlinkSync(path.join(repoRoot, 'src'), path.join(dir, 'src'), 'dir');
  const resources = (parseYaml(manifest) as { resources?: Array<{ path: string }> }).resources ?? [];
  for (const resource of resources) {
    const target = path.join(dir, resource.path);
    const built = path.join(repoRoot, resource.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Copied, not linked: the validator wants a real directory.
    if (fs.existsSync(path.join(built, 'index.html'))) fs.cpSync(built, target, { recursive: true });
    else {
      fs.mkdirSync(target, { recursive: true });
      fs.writeFileSync(path.join(target, 'index.html'), '<!doctype html><title>stub</title>');
    }
  }
  return path.join(dir, 'manifest.yml');
}

async function validationErrors(file: string): Promise<string[]> {
  const result = await validate(false, file);
  return (result.errors ?? []).map((e) => `${e.level} line ${e.line}: ${e.message}`);
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/**
 * Syntax-only parsing: the linter's visitors read the AST alone, and the default parser builds a
 * type-checked program of the whole project for every file (minutes, and it fails on anyone's
 * unfinished types).
 */
const parseSyntax: typeof tsParser = (code, filepath) =>
  tsParser(code, filepath, { project: undefined });

/**
 * Runs the permission linter over src/ as `forge lint` would. The linter is driven directly rather
 * than through lint(): lint() keeps only .ts files that tsconfig `include` lists one by one, and this
 * project's tsconfig includes whole folders; lint() would also want the CLI's StatsigService, which the
 * permission linter itself does not use.
 */
async function missingScopes(manifestText: string): Promise<LintResultRule[]> {
  const manifest = parseYaml(manifestText) as ManifestSchema;
  const logger = { info: () => undefined };
  const linter = new PermissionLinter('development', manifest, logger);
  await linter.bootstrap();
  const inputs = await Promise.all(sourceFiles(path.join(repoRoot, 'src')).map((file) => parseSourceFile(file, parseSyntax)));
  const results = await linter.batchExecute(inputs);
  return results.flatMap((r) => [...r.errors, ...r.warnings].map((rule) => ({ ...rule, message: `${path.relative(repoRoot, r.file)}: ${rule.message}` })));
}

beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-manifest-'));
  const empty = path.join(workDir, 'empty-openapi.json');
  fs.writeFileSync(empty, '{"paths":{}}');
  Object.assign(process.env, {
    // Keep the CLI cache (conf) out of the home directory.
    XDG_CONFIG_HOME: path.join(workDir, 'config'),
    USE_LOCAL_SWAGGER: '1',
    LOCAL_JIRA_SWAGGER: specFiles.platform,
    LOCAL_JSW_SWAGGER: specFiles.software,
    LOCAL_JSM_SWAGGER: empty,
    LOCAL_CONF_SWAGGER: empty,
    LOCAL_CONF_V2_SWAGGER: empty,
    LOCAL_BB_SWAGGER: empty,
  });
});

afterAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('manifest.yml', () => {
  it('passes @forge/manifest validate()', async () => {
    expect(await validationErrors(appCopy('app'))).toEqual([]);
  });

  it('declares every scope the Jira calls in src/ need (@forge/lint permission linter)', async () => {
    const problems = await missingScopes(fs.readFileSync(manifestPath, 'utf8'));
    expect(problems.map((p) => p.message)).toEqual([]);
  });
});

describe('the checks can fail', () => {
  it('validate() rejects a module missing a required field', async () => {
    const errors = await validationErrors(appCopy('missing-title', (m) => m.replace('      title: Acceptance & sign-off\n', '')));
    expect(errors.join('\n')).toMatch(/jira:issuePanel required properties .*title/);
  });

  it('validate() rejects a function handler that names no file', async () => {
    const errors = await validationErrors(appCopy('bad-handler', (m) => m.replace('handler: index.resolver', 'handler: nowhere.resolver')));
    expect(errors.join('\n')).toMatch(/nowhere\.resolver/);
  });

  it('validate() rejects a content style source Forge does not offer (only unsafe-inline)', async () => {
    const errors = await validationErrors(appCopy('bad-style', (m) => m.replace('      - unsafe-inline\n', '      - unsafe-eval\n')));
    expect(errors.join('\n')).toMatch(/styles/);
  });

  it('the permission linter reports a scope the manifest dropped', async () => {
    const manifest = fs.readFileSync(manifestPath, 'utf8').replace(/^\s*- write:jira-work\n/m, '');
    expect(manifest).not.toMatch(/write:jira-work/);
    const problems = await missingScopes(manifest);
    expect(problems.map((p) => p.metadata?.missingPermission)).toContain('write:jira-work');
    // The adapter's property writes are among the calls that need it.
    expect(problems.some((p) => p.message.includes('src/adapters/jira/property-requests.ts'))).toBe(true);
  });
});
