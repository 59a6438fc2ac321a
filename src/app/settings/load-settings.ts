import { defaultProjectSettings, type ProjectSettings } from '../../domain/settings/project-settings';
import { UnreadableRecordError, type RecordStore } from '../../ports/store';
import { settingsRecords } from './settings-record';

/**
 * A project's settings; the defaults when nobody configured it. A stored value that no longer parses (an
 * older shape) falls back to the defaults rather than stopping every feature of the project; its version is
 * kept, so an admin's next save replaces it.
 */
export async function loadSettings(store: RecordStore, projectId: string): Promise<{ settings: ProjectSettings; version: number | null }> {
  try {
    const stored = await store.load(settingsRecords.key(projectId, projectId));
    return stored ? { settings: stored.value, version: stored.version } : { settings: defaultProjectSettings(), version: null };
  } catch (error) {
    if (!(error instanceof UnreadableRecordError)) throw error;
    console.warn(`${error.message}; using the default settings`);
    return { settings: defaultProjectSettings(), version: error.version };
  }
}
