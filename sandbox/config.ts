import path from 'node:path';

/** Where the repository is; the sandbox reads manifest.yml, src/ and the built UIs from here. */
export const REPO_ROOT = path.resolve(__dirname, '..');
export const MANIFEST_PATH = path.join(REPO_ROOT, 'manifest.yml');
export const APP_ENTRY = path.join(REPO_ROOT, 'src', 'index.ts');
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.sandbox');
export const DEFAULT_PORT = 8788;

/** Identity of the local installation, shaped as Forge shapes them. */
export const SANDBOX_IDS = {
  cloudId: 'sandbox-cloud',
  environmentId: 'sandbox-env',
  environmentType: 'DEVELOPMENT',
} as const;

/** The app id is the uuid in manifest.yml's `app.id` ARI. */
export function appIdFromManifest(manifest: unknown): string {
  const ari = (manifest as { app?: { id?: string } })?.app?.id ?? '';
  const id = ari.split('/').pop();
  if (!id) throw new Error('manifest.yml has no app.id');
  return id;
}

/**
 * Jira attaches workflow validators to transitions in a workflow an admin edits; the sandbox has one
 * workflow, so it says here which validator modules guard which target status.
 */
export const SANDBOX_WORKFLOW_VALIDATORS: Array<{ moduleKey: string; toStatus: string | null }> = [
  { moduleKey: 'requires-po-signoff', toStatus: 'Done' },
];
