/** The recent function invocations the sandbox ran (resolvers, triggers, validators), newest first. */
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { getInvocations } from '../api/sandbox-api';
import { ErrorMessage } from '../components/error-message';
import { useAsync } from '../session/use-async';
import { DrawerSection } from './drawer-section';

export function InvocationsSection({ version }: { version: number }) {
  const log = useAsync(() => getInvocations(), [version]);
  const entries = [...(log.data ?? [])].sort((a, b) => b.at.localeCompare(a.at)).slice(0, 50);
  return (
    <DrawerSection title="Recent invocations">
      <div>
        <Button spacing="compact" onClick={log.reload} testId="refresh-invocations">
          Refresh
        </Button>
      </div>
      <ErrorMessage title="The log could not be loaded" messages={log.error} />
      <DynamicTable
        label="Recent invocations"
        testId="invocations-table"
        head={{ cells: [{ key: 'at', content: 'Time' }, { key: 'fn', content: 'Function' }, { key: 'ok', content: 'Result' }, { key: 'ms', content: 'ms' }] }}
        rows={entries.map((entry, index) => ({
          key: `${entry.at}-${index}`,
          cells: [
            { key: 'at', content: entry.at.slice(11, 19) },
            { key: 'fn', content: `${entry.functionKey}${entry.moduleKey ? ` (${entry.moduleKey})` : ''}` },
            { key: 'ok', content: entry.ok ? <Lozenge appearance="success">ok</Lozenge> : <Lozenge appearance="removed">{entry.error ?? 'failed'}</Lozenge> },
            { key: 'ms', content: Math.round(entry.ms) },
          ],
        }))}
        emptyView={<span>No invocations yet.</span>}
        isLoading={log.loading && !log.data}
      />
    </DrawerSection>
  );
}
