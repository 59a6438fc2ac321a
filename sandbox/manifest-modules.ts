/** Reads what the shell needs from manifest.yml: UI modules, their frames, scheduled triggers. */
type ModuleEntry = { key: string; resource?: string; title?: unknown; resolver?: { function?: string }; interval?: string };

const UI_MODULE_TYPES = ['jira:issuePanel', 'jira:projectPage', 'jira:projectSettingsPage', 'jira:sprintAction'] as const;

function modulesOf(manifest: unknown, type: string): ModuleEntry[] {
  const modules = (manifest as { modules?: Record<string, ModuleEntry[]> }).modules ?? {};
  return modules[type] ?? [];
}

/** Each UI module with the absolute URL of its frame on the frame origin (a separate listener). */
export function listUiModules(manifest: unknown, frameOrigin: string) {
  return UI_MODULE_TYPES.flatMap((type) =>
    modulesOf(manifest, type).map((m) => ({
      key: m.key,
      type,
      title: typeof m.title === 'string' ? m.title : m.key,
      resource: m.resource ?? null,
      frameUrl: m.resource ? `${frameOrigin}/__sandbox/frames/${m.resource}/index.html` : null,
    })),
  );
}

export function listScheduledTriggers(manifest: unknown) {
  return modulesOf(manifest, 'scheduledTrigger').map((m) => ({ key: m.key, interval: m.interval ?? 'hour' }));
}

export function resourcePaths(manifest: unknown): Record<string, string> {
  const resources = (manifest as { resources?: Array<{ key: string; path: string }> }).resources ?? [];
  return Object.fromEntries(resources.map((r) => [r.key, r.path]));
}
