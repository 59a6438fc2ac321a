import type { RaidEditors } from '../../domain/settings/project-manager-settings';
import type { JiraPort } from '../../ports/jira';

const WHO: Record<RaidEditors, string> = {
  EDIT_ISSUES: 'the Edit issues permission in this project',
  ADMINISTER_PROJECTS: 'the Administer projects permission (the project setting says only admins edit the register)',
};

/** Whether the user may change the RAID register, as the project setting says, checked as the user. */
export async function raidEditAccess(userJira: JiraPort, projectKey: string, editors: RaidEditors): Promise<{ canEdit: boolean; reason: string | null }> {
  const perms = await userJira.getMyPermissions({ projectKey, permissions: [editors] });
  const canEdit = perms[editors] === true;
  return { canEdit, reason: canEdit ? null : `You can read the RAID register; changing it needs ${WHO[editors]}.` };
}
