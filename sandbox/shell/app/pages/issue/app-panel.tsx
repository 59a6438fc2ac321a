/** An app's issue panel, framed and titled like Jira's Forge app panels. */
import Heading from '@atlaskit/heading';
import AppsIcon from '@atlaskit/icon/core/apps';
import { Inline } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { SandboxModule } from '../../api/sandbox-types';
import type { ExtensionContext } from '../../bridge/bridge-protocol';
import { AppFrame } from '../../components/app-frame';

export function AppPanel({ module, extension, onRefresh }: { module: SandboxModule; extension: ExtensionContext; onRefresh: () => void }) {
  const headingId = `panel-${module.key}`;
  return (
    <section aria-labelledby={headingId} className="shell-section" data-testid={`app-panel-${module.key}`}>
      <div style={{ padding: '8px 12px', borderBottom: `1px solid ${token('color.border')}` }}>
        <Inline space="space.100" alignBlock="center">
          <AppsIcon label="" color={token('color.icon.subtle')} />
          <Heading size="xsmall" as="h2" id={headingId}>
            {module.title}
          </Heading>
        </Inline>
      </div>
      <div style={{ padding: 4 }}>
        <AppFrame module={module} extension={extension} onRefresh={onRefresh} />
      </div>
    </section>
  );
}
