/** What the runtime reads from manifest.yml: functions, and the modules that name them. */
import fs from 'node:fs';
import { parse } from 'yaml';

export interface FunctionDeclaration {
  key: string;
  /** `index.<export>`: the export of the app entry that handles it. */
  handler: string;
  timeoutSeconds?: number;
}

export interface ModuleDeclaration {
  key: string;
  /** The manifest module kind, e.g. `jira:issuePanel`, `trigger`. */
  type: string;
  function?: string;
  resolver?: { function?: string; endpoint?: string };
  events?: string[];
  filter?: { ignoreSelf?: boolean };
  interval?: string;
  queue?: string;
  [field: string]: unknown;
}

export class ManifestError extends Error {
  override name = 'ManifestError';
}

/** Reads and parses manifest.yml. */
export function loadManifest(path: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    throw new ManifestError(`Cannot read manifest ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return parse(text) as unknown;
  } catch (e) {
    throw new ManifestError(`manifest ${path} is not valid YAML: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export class AppManifest {
  readonly functions = new Map<string, FunctionDeclaration>();
  readonly modules: ModuleDeclaration[] = [];

  constructor(readonly raw: unknown) {
    const modules = (raw as { modules?: Record<string, unknown> } | null)?.modules;
    if (!modules || typeof modules !== 'object') throw new ManifestError('manifest has no modules');
    for (const [type, entries] of Object.entries(modules)) {
      if (!Array.isArray(entries)) continue;
      for (const entry of entries as Array<Record<string, unknown>>) {
        if (!entry || typeof entry.key !== 'string') continue;
        if (type === 'function') {
          if (typeof entry.handler !== 'string') throw new ManifestError(`function ${entry.key} has no handler`);
          this.functions.set(entry.key, {
            key: entry.key,
            handler: entry.handler,
            ...(typeof entry.timeoutSeconds === 'number' ? { timeoutSeconds: entry.timeoutSeconds } : {}),
          });
        } else {
          this.modules.push({ ...entry, key: entry.key, type } as ModuleDeclaration);
        }
      }
    }
  }

  modulesOfType(type: string): ModuleDeclaration[] {
    return this.modules.filter((m) => m.type === type);
  }

  module(key: string): ModuleDeclaration | undefined {
    return this.modules.find((m) => m.key === key);
  }

  function(key: string): FunctionDeclaration {
    const fn = this.functions.get(key);
    if (!fn) throw new ManifestError(`manifest declares no function '${key}'`);
    return fn;
  }
}
