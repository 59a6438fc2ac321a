/** Reads the host's current theme so frames that called view.theme.enable() can mirror it. */
import type { FrameTheme } from './bridge-protocol';

export function currentFrameTheme(): FrameTheme {
  const root = document.documentElement;
  const colorMode = root.getAttribute('data-color-mode') === 'dark' ? 'dark' : 'light';
  const attributes: Record<string, string> = { 'data-color-mode': colorMode };
  const themeAttr = root.getAttribute('data-theme');
  if (themeAttr) attributes['data-theme'] = themeAttr;
  // @atlaskit/tokens appends one <style data-theme="..."> per loaded theme; the frame gets the same CSS.
  const styles = Array.from(document.head.querySelectorAll<HTMLStyleElement>('style[data-theme]')).map((style) => ({
    theme: style.dataset.theme ?? '',
    css: style.textContent ?? '',
  }));
  return { colorMode, attributes, styles };
}
