/**
 * Light and dark themes. `view.theme.enable()` asks the host to put its colour mode on <html
 * data-color-mode>; the design tokens' CSS is then loaded for that mode and re-applied whenever the host
 * switches it, so a page follows Jira's theme without reloading.
 */
import { view } from '@forge/bridge';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

type ColorMode = 'light' | 'dark';

function hostColorMode(): ColorMode {
  return document.documentElement.getAttribute('data-color-mode') === 'dark' ? 'dark' : 'light';
}

let applied: ColorMode | null = null;
let observer: MutationObserver | null = null;

async function apply(mode: ColorMode): Promise<void> {
  if (mode === applied) return;
  applied = mode;
  await setGlobalTheme({ colorMode: mode, light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' });
}

/** Enables host theming and keeps the tokens in step with the host's colour mode. Never throws. */
export async function enableTheme(): Promise<void> {
  try {
    await view.theme.enable();
  } catch {
    // A host without theming (or a page opened outside Jira) stays in the light theme.
  }
  try {
    await apply(hostColorMode());
  } catch {
    // The token CSS failed to load: components fall back to their built-in light colours.
  }
  if (observer) return;
  observer = new MutationObserver(() => {
    // setGlobalTheme writes the same attribute back; `apply` ignores a mode that is already applied.
    void apply(hostColorMode()).catch(() => undefined);
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-color-mode'] });
}
