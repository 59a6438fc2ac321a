/**
 * Jira-style flags (toasts) in the bottom-left corner, for results and errors of actions.
 * @atlaskit/flag is not installed, so this follows its look with tokens and primitives.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { IconButton } from '@atlaskit/button/new';
import CrossIcon from '@atlaskit/icon/core/cross';
import StatusErrorIcon from '@atlaskit/icon/core/status-error';
import StatusSuccessIcon from '@atlaskit/icon/core/status-success';
import StatusInformationIcon from '@atlaskit/icon/core/status-information';
import StatusWarningIcon from '@atlaskit/icon/core/status-warning';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';

export type FlagType = 'success' | 'error' | 'warning' | 'info';

export interface Flag {
  id: string;
  type: FlagType;
  title: string;
  description?: string;
}

interface FlagsApi {
  showFlag: (flag: Omit<Flag, 'id'> & { id?: string }) => void;
  closeFlag: (id: string) => void;
}

const FlagsContext = createContext<FlagsApi | null>(null);
let counter = 0;

function FlagIcon({ type }: { type: FlagType }) {
  if (type === 'success') return <StatusSuccessIcon label="Success" color={token('color.icon.success')} />;
  if (type === 'error') return <StatusErrorIcon label="Error" color={token('color.icon.danger')} />;
  if (type === 'warning') return <StatusWarningIcon label="Warning" color={token('color.icon.warning')} />;
  return <StatusInformationIcon label="Information" color={token('color.icon.information')} />;
}

export function FlagsProvider({ children }: { children: ReactNode }) {
  const [flags, setFlags] = useState<Flag[]>([]);
  const closeFlag = useCallback((id: string) => setFlags((current) => current.filter((flag) => flag.id !== id)), []);
  const showFlag = useCallback<FlagsApi['showFlag']>((flag) => {
    const id = flag.id ?? `flag-${++counter}`;
    setFlags((current) => [...current.filter((existing) => existing.id !== id), { ...flag, id }]);
    if (flag.type === 'success' || flag.type === 'info') window.setTimeout(() => setFlags((current) => current.filter((existing) => existing.id !== id)), 8000);
  }, []);
  const api = useMemo(() => ({ showFlag, closeFlag }), [showFlag, closeFlag]);
  return (
    <FlagsContext.Provider value={api}>
      {children}
      <div role="region" aria-label="Notifications" style={{ position: 'fixed', left: 24, bottom: 24, zIndex: 600, display: 'flex', flexDirection: 'column', gap: 8, width: 400 }}>
        {flags.map((flag) => (
          <div
            key={flag.id}
            role={flag.type === 'error' ? 'alert' : 'status'}
            data-testid={`flag-${flag.type}`}
            style={{
              background: token('elevation.surface.overlay'),
              boxShadow: token('elevation.shadow.overlay'),
              borderRadius: token('radius.large', '8px'),
              padding: token('space.200'),
            }}
          >
            <Inline space="space.200" alignBlock="start">
              <FlagIcon type={flag.type} />
              <div style={{ flex: 1 }}>
                <Stack space="space.100">
                  <Text weight="semibold">{flag.title}</Text>
                  {flag.description ? <Text>{flag.description}</Text> : null}
                </Stack>
              </div>
              <IconButton appearance="subtle" spacing="compact" icon={CrossIcon} label="Dismiss" onClick={() => closeFlag(flag.id)} />
            </Inline>
          </div>
        ))}
      </div>
    </FlagsContext.Provider>
  );
}

export function useFlags(): FlagsApi {
  const api = useContext(FlagsContext);
  if (!api) throw new Error('useFlags must be used inside FlagsProvider.');
  return api;
}
