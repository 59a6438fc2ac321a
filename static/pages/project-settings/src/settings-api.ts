/** The settings resolvers, typed from the shared contract (types only: no schema code in the bundle). */
import type { SettingsPayloads, SettingsView } from '../../../../src/contract/project-settings';
import { createResolverClient, type ResolverCall } from '../../../shared/frame/invoke';

export type SettingsCalls = { [K in keyof SettingsPayloads]: ResolverCall<SettingsPayloads[K], SettingsView> };

export const callSettings = createResolverClient<SettingsCalls>();

/** A conflict carries the fresh view in `details`; anything else there is ignored. */
export function freshSettingsFrom(details: unknown): SettingsView | null {
  if (typeof details !== 'object' || details === null) return null;
  const candidate = details as Partial<SettingsView>;
  const looksLikeView = typeof candidate.settings === 'object' && candidate.settings !== null && typeof candidate.defaults === 'object' && Array.isArray(candidate.issueTypes);
  return looksLikeView ? (details as SettingsView) : null;
}

export type { SettingsView } from '../../../../src/contract/project-settings';
