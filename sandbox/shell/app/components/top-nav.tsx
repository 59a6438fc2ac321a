/** Jira's top navigation bar: product name with a sandbox badge, the Sandbox drawer, theme toggle and user switcher. */
import Button, { IconButton } from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import ThemeIcon from '@atlaskit/icon/core/theme';
import { Inline, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { Link } from '../routing/router';
import { useSession } from '../session/session';
import { UserSwitcher } from './user-switcher';

function JiraLogo() {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
      <rect width="24" height="24" rx="6" fill="#1868DB" />
      <path d="M17.6 6H11.4a2.8 2.8 0 0 0 2.8 2.8h1.1v1.1a2.8 2.8 0 0 0 2.8 2.8V6.5A.5.5 0 0 0 17.6 6Z" fill="#fff" />
      <path d="M14.5 9.1H8.3a2.8 2.8 0 0 0 2.8 2.8h1.1V13a2.8 2.8 0 0 0 2.8 2.8V9.6a.5.5 0 0 0-.5-.5Z" fill="#fff" opacity=".8" />
      <path d="M11.4 12.2H5.2A2.8 2.8 0 0 0 8 15h1.1v1.1a2.8 2.8 0 0 0 2.8 2.8v-6.2a.5.5 0 0 0-.5-.5Z" fill="#fff" opacity=".6" />
    </svg>
  );
}

export function TopNav({ drawerOpen, onToggleDrawer }: { drawerOpen: boolean; onToggleDrawer: () => void }) {
  const { colorMode, setColorMode } = useSession();
  const nextMode = colorMode === 'dark' ? 'light' : 'dark';
  return (
    <header className="shell-top" role="banner">
      <a className="shell-skip-link" href="#main-content">
        Skip to main content
      </a>
      <Link href="/" style={{ display: 'flex', alignItems: 'center', gap: 8, textDecoration: 'none', color: token('color.text') }} aria-label="Jira home">
        <JiraLogo />
        <Text weight="bold" size="large">
          Jira
        </Text>
      </Link>
      <Lozenge appearance="new" testId="sandbox-badge">
        Sandbox
      </Lozenge>
      <div style={{ flex: 1 }} />
      <Inline space="space.100" alignBlock="center">
        <Button appearance={drawerOpen ? 'primary' : 'subtle'} onClick={onToggleDrawer} aria-expanded={drawerOpen} aria-controls="sandbox-drawer" testId="sandbox-drawer-toggle">
          Sandbox
        </Button>
        <IconButton
          appearance="subtle"
          icon={ThemeIcon}
          label={`Switch to ${nextMode} theme`}
          isTooltipDisabled={false}
          onClick={() => setColorMode(nextMode)}
          testId="theme-toggle"
        />
        <UserSwitcher />
      </Inline>
    </header>
  );
}
