/**
 * The attributes Forge puts on every Custom UI iframe, which the app cannot change.
 * Source: Forge docs, "Custom UI iframe" (https://developer.atlassian.com/platform/forge/custom-ui/iframe/):
 * the sandbox attributes allow-downloads, allow-forms, allow-modals, allow-pointer-lock, allow-same-origin,
 * allow-scripts, and the feature policies camera, clipboard-write, display-capture, fullscreen, microphone.
 * Manifest reference "Permissions" (Frames): popups are blocked unless `permissions.external.fetch.client`
 * lists `*`, which "will automatically add the allow-popups and allow-popups-to-escape-sandbox directives to
 * the iframe sandbox attribute".
 */
import { uiPermissions } from './ui-permissions';

const SANDBOX_TOKENS = ['allow-downloads', 'allow-forms', 'allow-modals', 'allow-pointer-lock', 'allow-same-origin', 'allow-scripts'];
const POPUP_TOKENS = ['allow-popups', 'allow-popups-to-escape-sandbox'];
const FEATURE_POLICIES = ['camera', 'clipboard-write', 'display-capture', 'fullscreen', 'microphone'];

export interface FrameAttributes {
  /** The iframe's `sandbox` attribute. */
  sandbox: string;
  /** The iframe's `allow` attribute (each feature for the frame's own origin, the attribute's default). */
  allow: string;
}

export function frameAttributes(manifest: unknown): FrameAttributes {
  const popups = uiPermissions(manifest).external['connect-src'].includes('*');
  return {
    sandbox: [...SANDBOX_TOKENS, ...(popups ? POPUP_TOKENS : [])].join(' '),
    allow: FEATURE_POLICIES.join('; '),
  };
}
