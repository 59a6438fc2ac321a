/**
 * An app's Custom UI frame, registered with the host bridge under the module key and the extension
 * context this view embedded it for. It grows with its content (the frame reports its height). Like Forge's,
 * the iframe comes from the frames' own origin with Forge's sandbox and allow attributes; the bridge talks
 * to it only at that origin.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { SandboxFrames, SandboxModule } from '../api/sandbox-types';
import { useSession } from '../session/session';
import type { ExtensionContext } from '../bridge/bridge-protocol';
import { registerFrame } from '../bridge/host-bridge';

const MIN_CONTENT_HEIGHT = 24;

interface AppFrameProps {
  module: SandboxModule;
  extension: ExtensionContext;
  /** Height before the frame first reports its content height. */
  minHeight?: number;
  /** Fixed height (modal hosts); otherwise the frame follows its content. */
  fixedHeight?: number | string;
  onRefresh?: () => void;
  onSubmit?: (payload: unknown) => void;
  onClose?: (payload: unknown) => void;
}

export function AppFrame(props: AppFrameProps) {
  const frames = useSession().state?.frames;
  // Modules come from the same state, so a module without its frames' origin is never shown.
  return frames ? <FrameOf {...props} frames={frames} /> : null;
}

function FrameOf({ module, frames, extension, minHeight = 120, fixedHeight, onRefresh, onSubmit, onClose }: AppFrameProps & { frames: SandboxFrames }) {
  const ref = useRef<HTMLIFrameElement | null>(null);
  const [height, setHeight] = useState(minHeight);
  const localId = `${module.key}-${useId().replace(/:/g, '')}`;
  const extensionKey = JSON.stringify(extension);
  const callbacks = useRef({ onRefresh, onSubmit, onClose });
  callbacks.current = { onRefresh, onSubmit, onClose };

  useEffect(() => {
    const target = ref.current?.contentWindow;
    if (!target) return undefined;
    return registerFrame(target, {
      origin: frames.origin,
      moduleKey: module.key,
      extension: JSON.parse(extensionKey) as ExtensionContext,
      localId,
      // Once the frame reports, it gets exactly its content height (small panels shrink, as in Jira).
      onResize: (next) => setHeight(Math.max(MIN_CONTENT_HEIGHT, next)),
      onRefresh: () => callbacks.current.onRefresh?.(),
      onSubmit: callbacks.current.onSubmit ? (payload) => callbacks.current.onSubmit?.(payload) : undefined,
      onClose: callbacks.current.onClose ? (payload) => callbacks.current.onClose?.(payload) : undefined,
    });
  }, [module.key, frames.origin, extensionKey, localId, minHeight]);

  return (
    <iframe
      ref={ref}
      className="shell-app-frame"
      src={module.frameUrl}
      sandbox={frames.sandbox}
      allow={frames.allow}
      title={module.title}
      data-testid={`app-frame-${module.key}`}
      style={{ height: fixedHeight ?? height }}
    />
  );
}
