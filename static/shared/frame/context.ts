/** The Forge context of the frame (who is looking, at which issue or project), read once per page. */
import { useEffect, useState } from 'react';
import { view } from '@forge/bridge';
import type { FullContext } from '@forge/bridge';

export type ForgeContextState =
  | { status: 'loading' }
  | { status: 'ready'; context: FullContext }
  | { status: 'error'; message: string };

let pending: Promise<FullContext> | null = null;

/** One bridge call per page, however many components ask. */
export function loadForgeContext(): Promise<FullContext> {
  pending ??= view.getContext().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

export function useForgeContext(): ForgeContextState {
  const [state, setState] = useState<ForgeContextState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadForgeContext().then(
      (context) => live && setState({ status: 'ready', context }),
      (error: unknown) =>
        live && setState({ status: 'error', message: `Jira did not tell Accord where it is shown: ${error instanceof Error ? error.message : String(error)}` }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
