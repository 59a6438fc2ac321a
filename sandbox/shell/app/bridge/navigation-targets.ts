/**
 * Maps what @forge/bridge's router passes (a URL, or a NavigationLocation such as
 * `{target: 'issue', issueKey}`) to a shell path, the way Jira resolves them.
 */
export interface ResolvedNavigation {
  path: string;
  href: string;
  external: boolean;
}

function text(value: unknown): string {
  return typeof value === 'string' ? encodeURIComponent(value) : '';
}

function locationPath(location: Record<string, unknown>): string {
  switch (location.target) {
    case 'issue':
      return `/browse/${text(location.issueKey)}`;
    case 'projectSettingsDetails':
      return `/projects/${text(location.projectKey)}/settings`;
    case 'module':
      return location.projectKey ? `/projects/${text(location.projectKey)}/apps/${text(location.moduleKey)}` : '/';
    case 'userProfile':
    case 'dashboard':
    default:
      return '/';
  }
}

export function resolveNavigation(destination: unknown, origin: string): ResolvedNavigation {
  if (typeof destination === 'string') {
    let url: URL;
    try {
      url = new URL(destination, origin);
    } catch {
      return { path: '/', href: `${origin}/`, external: false };
    }
    const external = url.origin !== origin;
    return { path: external ? url.href : `${url.pathname}${url.search}${url.hash}`, href: url.href, external };
  }
  const location = typeof destination === 'object' && destination !== null ? (destination as Record<string, unknown>) : {};
  const path = locationPath(location);
  return { path, href: `${origin}${path}`, external: false };
}
