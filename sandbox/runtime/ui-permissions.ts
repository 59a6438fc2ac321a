/**
 * What manifest.yml's `permissions.content` and `permissions.external` ask for on behalf of the Custom UI
 * frames, read leniently (a missing or odd section is empty) so that the policy built from it is never looser
 * than the manifest says. Shapes: https://developer.atlassian.com/platform/forge/manifest-reference/permissions/
 * (mirrored in minhhai2209/forge-docs-snapshot, mirror/manifest-reference/permissions/index.md).
 */

export interface UiPermissions {
  /** `permissions.content.scripts`, as written (unquoted: `unsafe-inline`, `blob:`, `sha256-…`). */
  contentScripts: string[];
  /** `permissions.content.styles` (the schema allows `unsafe-inline` only). */
  contentStyles: string[];
  /** `permissions.external.*` as CSP sources, one list per directive they extend. */
  external: {
    'connect-src': string[];
    'img-src': string[];
    'media-src': string[];
    'script-src': string[];
    'style-src': string[];
    'font-src': string[];
    'frame-src': string[];
  };
}

/**
 * The domain formats the docs accept ("Valid domain formats": an https or wss URL, a domain, `*.domain`, `*`),
 * by the regular expression they give. Anything else is left out of the header, so an entry can never add a
 * second directive (`;`) or a keyword (`'unsafe-eval'`) through `external`.
 */
const VALID_EXTERNAL_SOURCE = /^(\*\.)?[.a-zA-Z0-9_\-/:~#%]+$/;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** `remotes[].key` → `baseUrl`, for external entries written as `{ remote: key }`. */
function remoteUrls(manifest: unknown): Map<string, string> {
  const remotes = record(manifest).remotes;
  const urls = new Map<string, string>();
  if (!Array.isArray(remotes)) return urls;
  for (const remote of remotes) {
    const { key, baseUrl } = record(remote);
    if (typeof key === 'string' && typeof baseUrl === 'string') urls.set(key, baseUrl);
  }
  return urls;
}

/**
 * One external list as CSP sources. An entry is a string, an EgressPermission `{address}` or a Remote
 * `{remote}` (its baseUrl). A remote the manifest does not declare, or a source in no valid format, is dropped:
 * the stricter reading, as @forge/manifest's validator would refuse such a manifest anyway.
 */
function externalSources(list: unknown, remotes: Map<string, string>): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    const { address, remote } = record(entry);
    if (typeof address === 'string') return [address];
    const url = typeof remote === 'string' ? remotes.get(remote) : undefined;
    return url === undefined ? [] : [url];
  }).filter((source) => source === '*' || VALID_EXTERNAL_SOURCE.test(source));
}

export function uiPermissions(manifest: unknown): UiPermissions {
  const permissions = record(record(manifest).permissions);
  const content = record(permissions.content);
  const external = record(permissions.external);
  const remotes = remoteUrls(manifest);
  const list = (value: unknown) => externalSources(value, remotes);
  return {
    contentScripts: strings(content.scripts),
    contentStyles: strings(content.styles),
    external: {
      'connect-src': list(record(external.fetch).client),
      'img-src': list(external.images),
      'media-src': list(external.media),
      'script-src': list(external.scripts),
      'style-src': list(external.styles),
      'font-src': list(external.fonts),
      'frame-src': list(external.frames),
    },
  };
}
