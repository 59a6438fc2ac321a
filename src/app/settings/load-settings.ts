import { defaultProjectSettings, parseProjectSettings, type ProjectSettings } from '../../domain/settings/project-settings';
import type { RecordStore } from '../../ports/store';
import { settingsKey } from '../records';

/**
 * A project's settings; the defaults when nobody configured it. A stored value that no longer parses (an
 * older shape) falls back to the defaults rather than stopping every feature of the project.
 */
export async function loadSettings(store: RecordStore, projectId: string): Promise<{ settings: ProjectSettings; version: number | null }> {
  const stored = await store.load<unknown>(settingsKey(projectId));
  if (!stored) return { settings: defaultProjectSettings(), version: null };
  const parsed = parseProjectSettings(stored.value);
  return { settings: parsed.ok ? parsed.settings : defaultProjectSettings(), version: stored.version };
}
