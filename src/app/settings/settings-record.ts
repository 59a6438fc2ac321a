import { storedSettingsCodec, type ProjectSettings } from '../../domain/settings/project-settings';
import { recordKind } from '../../ports/store';

/** One record per project (id = scope = project id): what its admins set. */
export const settingsRecords = recordKind<ProjectSettings>('settings', storedSettingsCodec);
