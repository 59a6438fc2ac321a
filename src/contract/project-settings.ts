/** The project settings page: what it reads and saves. */
import { z } from 'zod';
import type { ProjectSettings } from '../domain/settings/project-settings';
import { projectSettingsInputSchema } from '../domain/settings/project-settings';

export interface SettingsView {
  settings: ProjectSettings;
  defaults: ProjectSettings;
  version: number | null;
  /** Only project admins change settings; everyone can read what applies. */
  canAdminister: boolean;
  /** Issue types of the project, for choosing which must be user stories. */
  issueTypes: string[];
}

export const settingsPayloads = {
  getSettings: z.strictObject({}),
  saveSettings: z.strictObject({ version: z.int().nonnegative().nullable(), settings: projectSettingsInputSchema }),
} as const;

export type SettingsPayloads = { [K in keyof typeof settingsPayloads]: z.input<(typeof settingsPayloads)[K]> };
