/** An app's project page or project settings page: the module's frame, full width, under a Jira page header. */
import { Stack } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { listBoards } from '../api/jira-api';
import type { ExtensionContext } from '../bridge/bridge-protocol';
import { AppFrame } from '../components/app-frame';
import { Breadcrumbs } from '../components/breadcrumbs';
import { ErrorMessage } from '../components/error-message';
import { useSession } from '../session/session';
import { useAsync } from '../session/use-async';
import { useProject } from '../session/use-project';

export function ModulePage({ projectKey, moduleKey, settings }: { projectKey: string; moduleKey: string; settings: boolean }) {
  const { state, accountId } = useSession();
  const project = useProject(projectKey);
  const boards = useAsync(() => listBoards(projectKey).catch(() => []), [projectKey, accountId]);
  const expectedType = settings ? 'jira:projectSettingsPage' : 'jira:projectPage';
  const module = state?.modules.find((candidate) => candidate.key === moduleKey && candidate.type === expectedType);

  if (!state || project.loading || boards.loading) return <Spinner size="large" label="Loading app" />;
  if (!module) return <ErrorMessage title="App page not found" messages={[`No ${expectedType} module "${moduleKey}" is declared in manifest.yml.`]} />;
  if (!project.data) return <ErrorMessage title="You can't view this project" messages={[`You don't have permission to browse project ${projectKey}, or it doesn't exist.`]} testId="cant-view-project" />;

  const board = boards.data?.[0];
  const extension: ExtensionContext = {
    type: module.type,
    project: { id: project.data.id, key: project.data.key, type: project.data.projectTypeKey ?? 'software' },
    ...(board && !settings ? { board: { id: board.id } } : {}),
    location: window.location.href,
  };

  return (
    <Stack space="space.200">
      <div>
        <Breadcrumbs
          items={[
            { label: 'Projects' },
            { label: project.data.name, href: `/projects/${projectKey}/issues` },
            ...(settings ? [{ label: 'Project settings' }] : []),
            { label: module.title },
          ]}
        />
        {/* The app draws its own title inside the frame, as in Jira; the page heading is for screen readers. */}
        <h1 className="shell-visually-hidden">{module.title}</h1>
      </div>
      <AppFrame key={`${module.key}:${accountId}`} module={module} extension={extension} minHeight={480} />
    </Stack>
  );
}
