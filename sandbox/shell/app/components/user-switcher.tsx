/** Switches the user the sandbox acts as; shows avatar, name and role like Jira's profile menu. */
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useSession } from '../session/session';
import { PopupMenu } from './popup-menu';
import { UserAvatar } from './user-avatar';

export function UserSwitcher() {
  const { state, user, accountId, setAccountId } = useSession();
  const users = state?.users ?? [];
  return (
    <PopupMenu
      label="Switch user"
      align="end"
      testId="user-switcher-menu"
      items={users.map((candidate) => ({
        key: candidate.accountId,
        label: (
          <Inline space="space.100" alignBlock="center">
            <UserAvatar name={candidate.displayName} size="small" />
            <span>{candidate.displayName}</span>
          </Inline>
        ),
        description: candidate.role,
        selected: candidate.accountId === accountId,
        testId: `user-option-${candidate.accountId}`,
        onSelect: () => setAccountId(candidate.accountId),
      }))}
      trigger={(props) => (
        <button
          {...props}
          type="button"
          data-testid="user-switcher"
          aria-label={`Acting as ${user?.displayName ?? accountId}. Switch user`}
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            border: 0,
            borderRadius: token('radius.small', '4px'),
            background: props['aria-expanded'] ? token('color.background.selected') : 'transparent',
            padding: '2px 8px 2px 2px',
            cursor: 'pointer',
            color: token('color.text'),
          }}
        >
          <UserAvatar name={user?.displayName ?? accountId} size="small" />
          <Stack space="space.0">
            <Text weight="semibold" size="small" testId="current-user-name">
              {user?.displayName ?? accountId}
            </Text>
            <Text size="small" color="color.text.subtlest">
              {user?.role ?? ''}
            </Text>
          </Stack>
        </button>
      )}
    />
  );
}
