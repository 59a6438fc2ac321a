/** Jira's page for an issue that does not exist or that the user may not browse. */
import EmptyState from '@atlaskit/empty-state';
import Button from '@atlaskit/button/new';
import { navigate } from '../routing/router';

export function CantViewPage({ issueKey }: { issueKey: string }) {
  return (
    <div data-testid="cant-view-issue">
      <EmptyState
        header="You can't view this issue"
        description={`It may have been deleted or you don't have permission to view it. (${issueKey})`}
        headingLevel={1}
        primaryAction={<Button onClick={() => navigate('/')}>Go to your projects</Button>}
      />
    </div>
  );
}
