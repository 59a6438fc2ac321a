/**
 * The host half of the Custom UI bridge: one message listener for every app frame in the shell.
 * A frame is known by its window; the shell registered it with the module key and the extension
 * context it embedded the frame for, so a frame can never choose which issue or project it acts on.
 * Frames live on their own origin: a message counts only from a registered frame's window at that origin,
 * and every answer is posted to that origin alone.
 */
import { actingUser, sendRaw } from '../api/http';
import { invokeFunction } from '../api/sandbox-api';
import { isFrameMessage, type ExtensionContext, type HostToFrame } from './bridge-protocol';
import { currentFrameTheme } from './frame-theme';
import { resolveNavigation } from './navigation-targets';

export interface FrameRegistration {
  /** The frames' origin (GET /__sandbox/api/state `frames.origin`). */
  origin: string;
  moduleKey: string;
  extension: ExtensionContext;
  localId: string;
  onResize?: (height: number) => void;
  /** `view.refresh()`: the host reloads the data of the view around the frame. */
  onRefresh?: () => void;
  /** `view.submit()` / `view.close()`: only modal hosts (sprint actions) can do these. */
  onSubmit?: (payload: unknown) => void;
  onClose?: (payload: unknown) => void;
}

export interface HostServices {
  navigate: (path: string) => void;
  showFlag: (flag: { id: string; title: string; description?: string; type: string }) => void;
  closeFlag: (id: string) => void;
  currentColorMode: () => 'light' | 'dark';
}

interface FrameEntry {
  registration: FrameRegistration;
  themed: boolean;
  subscriptions: Set<string>;
}

const frames = new Map<Window, FrameEntry>();
let services: HostServices | null = null;
let listening = false;

class BridgeCallError extends Error {}

function post(target: Window, entry: FrameEntry, message: HostToFrame): void {
  target.postMessage(message, entry.registration.origin);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function hasFunction(value: unknown, depth = 0): boolean {
  if (typeof value === 'function') return true;
  if (depth > 20 || typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((child) => hasFunction(child, depth + 1));
}

async function invoke(entry: FrameEntry, payload: unknown): Promise<unknown> {
  const call = record(payload);
  if (typeof call.functionKey !== 'string' || !call.functionKey) throw new BridgeCallError('functionKey must be a string!');
  if (hasFunction(call.payload)) throw new BridgeCallError('Passing functions as part of the payload is not supported!');
  const answer = await invokeFunction({
    moduleKey: entry.registration.moduleKey,
    functionKey: call.functionKey,
    payload: call.payload ?? {},
    extension: entry.registration.extension,
  });
  if (!answer.ok) throw new BridgeCallError(answer.message || `The function failed with status ${answer.status}.`);
  // With metadata, @forge/bridge expects the answer wrapped as {body, metadata}.
  return call.metadata === undefined ? answer.body : { body: answer.body, metadata: call.metadata };
}

function context(entry: FrameEntry): unknown {
  const { registration } = entry;
  return {
    accountId: actingUser(),
    cloudId: 'sandbox-cloud',
    extension: registration.extension,
    license: null,
    localId: registration.localId,
    locale: 'en-US',
    moduleKey: registration.moduleKey,
    siteUrl: window.location.origin,
    timezone: 'UTC',
    theme: { colorMode: services?.currentColorMode() ?? 'light' },
  };
}

async function fetchProduct(payload: unknown): Promise<unknown> {
  const call = record(payload);
  if (call.product !== 'jira') throw new BridgeCallError(`The sandbox only emulates Jira, not ${String(call.product)}.`);
  const restPath = typeof call.restPath === 'string' ? call.restPath : '';
  if (!restPath.startsWith('/rest/')) throw new BridgeCallError(`requestJira needs a path that starts with /rest/, got "${restPath}".`);
  const init = record(call.fetchRequestInit);
  const headers: Record<string, string> = {};
  if (Array.isArray(init.headers)) {
    for (const pair of init.headers) {
      if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') headers[pair[0]] = pair[1];
    }
  }
  const method = typeof init.method === 'string' ? init.method.toUpperCase() : 'GET';
  const body = typeof init.body === 'string' && method !== 'GET' && method !== 'HEAD' ? init.body : null;
  const response = await sendRaw(restPath, { method, headers, body });
  return { body: response.body, headers: response.headers, status: response.status, statusText: response.statusText };
}

function broadcast(event: string, payload: unknown): void {
  for (const [target, entry] of frames) {
    if (entry.subscriptions.has(event)) post(target, entry, { accordBridge: 1, kind: 'event', event, payload });
  }
}

async function handle(entry: FrameEntry, name: string, payload: unknown): Promise<unknown> {
  const host = services;
  if (!host) throw new BridgeCallError('The shell is not ready yet.');
  switch (name) {
    case 'invoke':
      return invoke(entry, payload);
    case 'getContext':
      return context(entry);
    case 'enableTheming':
      entry.themed = true;
      return currentFrameTheme();
    case 'fetchProduct':
      return fetchProduct(payload);
    case 'navigate': {
      const call = record(payload);
      const target = resolveNavigation(typeof call.url === 'string' ? call.url : call, window.location.origin);
      if (call.type === 'new-tab' || target.external) window.open(target.href, '_blank', 'noopener');
      // Navigating away unmounts the calling frame: answer it first, then move.
      else window.setTimeout(() => host.navigate(target.path), 0);
      return undefined;
    }
    case 'getUrl':
      return resolveNavigation(payload, window.location.origin).href;
    case 'reload':
      window.location.reload();
      return undefined;
    case 'refresh':
      if (!entry.registration.onRefresh) return false;
      entry.registration.onRefresh();
      return true;
    case 'submit':
      if (!entry.registration.onSubmit) return false;
      entry.registration.onSubmit(payload);
      return true;
    case 'close':
      if (!entry.registration.onClose) return false;
      entry.registration.onClose(payload);
      return true;
    case 'emit':
    case 'emitPublic': {
      const call = record(payload);
      if (typeof call.event !== 'string') throw new BridgeCallError('An event needs a name.');
      broadcast(`${name === 'emitPublic' ? 'public:' : ''}${call.event}`, call.payload);
      return undefined;
    }
    case 'on':
    case 'onPublic':
    case 'off':
    case 'offPublic': {
      const call = record(payload);
      if (typeof call.event !== 'string') throw new BridgeCallError('An event needs a name.');
      const key = `${name.endsWith('Public') ? 'public:' : ''}${call.event}`;
      if (name.startsWith('on')) entry.subscriptions.add(key);
      else entry.subscriptions.delete(key);
      return undefined;
    }
    case 'showFlag': {
      const flag = record(payload);
      host.showFlag({
        id: String(flag.id ?? Date.now()),
        title: String(flag.title ?? ''),
        description: typeof flag.description === 'string' ? flag.description : undefined,
        type: typeof flag.type === 'string' ? flag.type : 'info',
      });
      return undefined;
    }
    case 'closeFlag':
      host.closeFlag(String(record(payload).id ?? ''));
      return undefined;
    case 'changeWindowTitle':
      return undefined;
    case 'open':
    case 'onClose':
      return false;
    default:
      throw new BridgeCallError(`The bridge call "${name}" is not supported by the Accord sandbox.`);
  }
}

function onMessage(event: MessageEvent): void {
  if (!isFrameMessage(event.data)) return;
  const source = event.source as Window | null;
  const entry = source ? frames.get(source) : undefined;
  if (!source || !entry || event.origin !== entry.registration.origin) return;
  const message = event.data;
  if (message.kind === 'resize') {
    if (Number.isFinite(message.height)) entry.registration.onResize?.(Math.max(0, Math.ceil(message.height)));
    return;
  }
  handle(entry, message.name, message.payload).then(
    (result) => post(source, entry, { accordBridge: 1, kind: 'reply', id: message.id, ok: true, result }),
    (error: unknown) => post(source, entry, { accordBridge: 1, kind: 'reply', id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
}

/** Installs the single message listener; called once by the shell with its navigation and flags. */
export function startHostBridge(hostServices: HostServices): void {
  services = hostServices;
  if (listening) return;
  window.addEventListener('message', onMessage);
  listening = true;
}

/** Registers a frame's window; returns the function that forgets it (call on unmount). */
export function registerFrame(target: Window, registration: FrameRegistration): () => void {
  frames.set(target, { registration, themed: false, subscriptions: new Set() });
  return () => {
    if (frames.get(target)?.registration === registration) frames.delete(target);
  };
}

/** Pushes the host's theme to every frame that enabled theming (called after the user switches theme). */
export function broadcastTheme(): void {
  const theme = currentFrameTheme();
  for (const [target, entry] of frames) {
    if (entry.themed) post(target, entry, { accordBridge: 1, kind: 'theme', theme });
  }
}
