/**
 * Messages between a Custom UI frame (sandbox/shell/bridge-client.js) and the shell.
 * Every message carries `accordBridge: 1` so the shell ignores unrelated postMessage traffic.
 */

/** The extension context Jira gives a module (FORGE-FACTS §6); the shell decides it, never the frame. */
export type { ExtensionContext } from '../../../runtime/types';

export type FrameToHost =
  | { accordBridge: 1; kind: 'call'; id: number; name: string; payload?: unknown }
  | { accordBridge: 1; kind: 'resize'; height: number };

export type HostToFrame =
  | { accordBridge: 1; kind: 'reply'; id: number; ok: true; result: unknown }
  | { accordBridge: 1; kind: 'reply'; id: number; ok: false; error: string }
  | { accordBridge: 1; kind: 'event'; event: string; payload: unknown }
  | { accordBridge: 1; kind: 'theme'; theme: FrameTheme };

/** What a frame needs to look like the host: the html attributes @atlaskit/tokens uses and the theme CSS. */
export interface FrameTheme {
  colorMode: 'light' | 'dark';
  attributes: Record<string, string>;
  styles: Array<{ theme: string; css: string }>;
}

export function isFrameMessage(data: unknown): data is FrameToHost {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as { accordBridge?: unknown; kind?: unknown };
  return message.accordBridge === 1 && (message.kind === 'call' || message.kind === 'resize');
}
