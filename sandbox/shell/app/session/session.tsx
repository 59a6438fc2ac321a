/**
 * The shell's session: sandbox state (users, app modules, triggers), the selected user and the colour
 * mode. User and theme survive reloads (localStorage); the default user is the Product Owner.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { errorMessages, setActingUser } from '../api/http';
import { getSandboxState } from '../api/sandbox-api';
import type { SandboxState, SandboxUser } from '../api/sandbox-types';
import { broadcastTheme } from '../bridge/host-bridge';

export type ColorMode = 'light' | 'dark';

const USER_KEY = 'accord-sandbox.user';
const THEME_KEY = 'accord-sandbox.theme';
export const DEFAULT_USER = 'demo-po';

export interface Session {
  state: SandboxState | null;
  loadError: string | null;
  user: SandboxUser | null;
  accountId: string;
  setAccountId: (accountId: string) => void;
  colorMode: ColorMode;
  setColorMode: (mode: ColorMode) => void;
  reloadState: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

function stored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the choice simply does not persist.
  }
}

const initialAccountId = stored(USER_KEY) ?? DEFAULT_USER;
setActingUser(initialAccountId);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SandboxState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [accountId, setAccountIdState] = useState(initialAccountId);
  const [colorMode, setColorModeState] = useState<ColorMode>(stored(THEME_KEY) === 'dark' ? 'dark' : 'light');

  const reloadState = useCallback(async () => {
    try {
      setState(await getSandboxState());
      setLoadError(null);
    } catch (error) {
      setLoadError(errorMessages(error).join(' '));
    }
  }, []);

  useEffect(() => {
    void reloadState();
  }, [reloadState]);

  useEffect(() => {
    let cancelled = false;
    void setGlobalTheme({ colorMode, light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' }).then(() => {
      if (!cancelled) broadcastTheme();
    });
    return () => {
      cancelled = true;
    };
  }, [colorMode]);

  // A stored user that no longer exists falls back to the default (or the first known user).
  useEffect(() => {
    if (!state || state.users.some((user) => user.accountId === accountId)) return;
    const fallback = state.users.find((user) => user.accountId === DEFAULT_USER) ?? state.users[0];
    if (fallback) {
      setActingUser(fallback.accountId);
      setAccountIdState(fallback.accountId);
    }
  }, [state, accountId]);

  const setAccountId = useCallback((next: string) => {
    setActingUser(next);
    store(USER_KEY, next);
    setAccountIdState(next);
  }, []);

  const setColorMode = useCallback((mode: ColorMode) => {
    store(THEME_KEY, mode);
    setColorModeState(mode);
  }, []);

  const value = useMemo<Session>(
    () => ({
      state,
      loadError,
      user: state?.users.find((candidate) => candidate.accountId === accountId) ?? null,
      accountId,
      setAccountId,
      colorMode,
      setColorMode,
      reloadState,
    }),
    [state, loadError, accountId, setAccountId, colorMode, setColorMode, reloadState],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside SessionProvider.');
  return session;
}
