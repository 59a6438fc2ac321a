import type { SettingsView } from '../../contract/project-settings';
import { fail, ok, type Result } from '../../contract/result';
import { defaultProjectSettings, parseProjectSettings, type ProjectSettingsInput } from '../../domain/settings/project-settings';
import type { Clock } from '../../ports/clock';
import type { JiraPort, JiraProject } from '../../ports/jira';
import type { RecordStore } from '../../ports/store';
import { browsableProject } from '../project-access';
import { settingsRecords } from './settings-record';
import { loadSettings } from './load-settings';

export const ADMINISTER_PROJECTS = 'ADMINISTER_PROJECTS';

export interface SettingsDeps {
  userJira: JiraPort;
  store: RecordStore;
  clock: Clock;
}

const typeNames = (project: JiraProject): string[] => (project.issueTypes ?? []).filter((t) => !t.subtask && t.name !== '').map((t) => t.name);

async function issueTypes(jira: JiraPort, project: { id: string; key: string }): Promise<string[]> {
  return typeNames(await browsableProject(jira, project));
}

export async function getSettings(deps: SettingsDeps, project: { id: string; key: string }): Promise<SettingsView> {
  const [{ settings, version }, perms, types] = await Promise.all([
    loadSettings(deps.store, project.id),
    deps.userJira.getMyPermissions({ projectKey: project.key, permissions: [ADMINISTER_PROJECTS] }),
    issueTypes(deps.userJira, project),
  ]);
  return { settings, defaults: defaultProjectSettings(), version, canAdminister: perms[ADMINISTER_PROJECTS] === true, issueTypes: types };
}

/**
 * Only project admins change settings; a save based on an older version is refused, not merged. The answer
 * after a save is built from what was read before it, so a Jira that turns busy once the settings are saved
 * cannot make the page say that nothing was saved.
 */
export async function saveSettings(
  deps: SettingsDeps,
  project: { id: string; key: string },
  input: { version: number | null; settings: ProjectSettingsInput },
): Promise<Result<SettingsView>> {
  const [perms, seen] = await Promise.all([deps.userJira.getMyPermissions({ projectKey: project.key, permissions: [ADMINISTER_PROJECTS] }), browsableProject(deps.userJira, project)]);
  if (perms[ADMINISTER_PROJECTS] !== true) return fail('forbidden', 'Only project admins can change Accord settings for this project.');
  const parsed = parseProjectSettings(input.settings);
  if (!parsed.ok) return fail('invalid-payload', parsed.error);
  const saved = await deps.store.save(settingsRecords.key(project.id, project.id), parsed.settings, input.version, deps.clock.now());
  if (!saved.ok) {
    return fail('conflict', 'Someone else saved these settings while you were editing. The page now shows their version.', await getSettings(deps, project));
  }
  return ok({ settings: parsed.settings, defaults: defaultProjectSettings(), version: saved.version, canAdminister: true, issueTypes: typeNames(seen) });
}
