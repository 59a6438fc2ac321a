/** `/`: opens the first project the user can browse, like Jira's "recent project". */
import { useEffect } from 'react';
import EmptyState from '@atlaskit/empty-state';
import Spinner from '@atlaskit/spinner';
import { listProjects } from '../api/jira-api';
import { ErrorMessage } from '../components/error-message';
import { navigate } from '../routing/router';
import { useSession } from '../session/session';
import { useAsync } from '../session/use-async';

export function HomePage() {
  const { accountId } = useSession();
  const projects = useAsync(() => listProjects(), [accountId]);
  const first = projects.data?.[0];

  useEffect(() => {
    if (first && window.location.pathname === '/') navigate(`/projects/${first.key}/issues`, { replace: true });
  }, [first]);

  if (projects.error) return <ErrorMessage title="Projects could not be loaded" messages={projects.error} />;
  if (!projects.data || first) return <Spinner size="large" label="Loading projects" />;
  return (
    <div data-testid="no-projects">
      <EmptyState header="You don't have access to any projects" description="Ask a Jira admin to give you access, or switch to another user in the top bar." headingLevel={1} />
    </div>
  );
}
