/** Status as Jira shows it: grey for To Do, blue for In Progress, green for Done (by status category). */
import Lozenge from '@atlaskit/lozenge';
import type { JiraStatus } from '../api/jira-types';

export function StatusLozenge({ status, testId }: { status: JiraStatus | undefined; testId?: string }) {
  if (!status) return null;
  const category = status.statusCategory?.key ?? '';
  const appearance = category === 'done' ? 'success' : category === 'indeterminate' ? 'inprogress' : 'default';
  return (
    <Lozenge appearance={appearance} testId={testId}>
      {status.name}
    </Lozenge>
  );
}
