/**
 * The parts of manifest.yml the Jira emulator needs: JQL search aliases declared by
 * `jira:entityProperty` and the custom project permissions declared by `jira:projectPermission`.
 * Pure: it takes the already-parsed YAML object and never throws on odd input (bad entries are skipped).
 */
import type { JqlAlias } from './jql/types';

export interface AppProjectPermission {
  key: string;
  name: string;
  description: string;
}

export interface ParsedManifestBits {
  /** Search alias -> where its value lives, e.g. accordSignoff -> {propertyKey: 'accord-signoff', path: 'state'}. */
  searchAliases: Record<string, JqlAlias>;
  projectPermissions: AppProjectPermission[];
}

const ALIAS_TYPES: ReadonlySet<string> = new Set(['number', 'string', 'text', 'user', 'date']);

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function parseManifestBits(manifest: unknown): ParsedManifestBits {
  const modules = asRecord(asRecord(manifest)?.['modules']) ?? {};
  const searchAliases: Record<string, JqlAlias> = {};
  for (const entry of asArray(modules['jira:entityProperty'])) {
    const property = asRecord(entry);
    const propertyKey = text(property?.['propertyKey']);
    // Only issue properties are searchable by bare alias; project/user ones use prefixes the sandbox does not model.
    const entityType = text(property?.['entityType']) ?? 'issue';
    if (!property || !propertyKey || entityType !== 'issue') continue;
    for (const valueEntry of asArray(property['values'])) {
      const value = asRecord(valueEntry);
      const alias = text(value?.['searchAlias']);
      const path = text(value?.['path']);
      const type = text(value?.['type']);
      if (!alias || !path || !type || !ALIAS_TYPES.has(type)) continue;
      searchAliases[alias] = { propertyKey, path, type: type as JqlAlias['type'] };
    }
  }
  const projectPermissions: AppProjectPermission[] = [];
  for (const entry of asArray(modules['jira:projectPermission'])) {
    const permission = asRecord(entry);
    const key = text(permission?.['key']);
    if (!permission || !key) continue;
    projectPermissions.push({
      key,
      name: text(permission['name']) ?? key,
      description: text(permission['description']) ?? '',
    });
  }
  return { searchAliases, projectPermissions };
}

/** `ari:cloud:ecosystem::app/<uuid>` (or the bare uuid) -> the uuid Jira puts into app permission keys. */
export function appUuid(appId: string): string {
  const marker = 'app/';
  const at = appId.lastIndexOf(marker);
  return at >= 0 ? appId.slice(at + marker.length) : appId;
}

/** The key Jira gives a project permission declared by a Forge app. */
export function appPermissionKey(appId: string, environmentId: string, moduleKey: string): string {
  return `ari:cloud:ecosystem::extension/${appUuid(appId)}/${environmentId}/static/${moduleKey}`;
}
