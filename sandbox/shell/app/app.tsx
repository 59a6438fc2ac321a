/** The shell: top bar, project sidebar, the routed main area and the Sandbox drawer. */
import { useEffect, useState } from 'react';
import Spinner from '@atlaskit/spinner';
import { ErrorMessage } from './components/error-message';
import { useFlags } from './components/flags';
import { ProjectSidebar } from './components/project-sidebar';
import { TopNav } from './components/top-nav';
import { startHostBridge } from './bridge/host-bridge';
import { SandboxDrawer } from './dev/sandbox-drawer';
import { BoardPage } from './pages/board-page';
import { IssueListPage } from './pages/issue-list-page';
import { IssuePage } from './pages/issue/issue-page';
import { ModulePage } from './pages/module-page';
import { HomePage } from './pages/home-page';
import { matchPath, navigate, usePathname } from './routing/router';
import { useSession } from './session/session';

function route(pathname: string): { projectKey: string | null; view: JSX.Element } {
  let params = matchPath('/browse/:issueKey', pathname);
  if (params?.issueKey) return { projectKey: params.issueKey.split('-')[0] ?? null, view: <IssuePage key={params.issueKey} issueKey={params.issueKey} /> };
  params = matchPath('/projects/:key/issues', pathname);
  if (params?.key) return { projectKey: params.key, view: <IssueListPage projectKey={params.key} /> };
  params = matchPath('/projects/:key/boards/:boardId', pathname);
  if (params?.key && params.boardId) return { projectKey: params.key, view: <BoardPage projectKey={params.key} boardId={Number(params.boardId)} /> };
  params = matchPath('/projects/:key/apps/:moduleKey', pathname);
  if (params?.key && params.moduleKey) return { projectKey: params.key, view: <ModulePage key={pathname} projectKey={params.key} moduleKey={params.moduleKey} settings={false} /> };
  params = matchPath('/projects/:key/settings/apps/:moduleKey', pathname);
  if (params?.key && params.moduleKey) return { projectKey: params.key, view: <ModulePage key={pathname} projectKey={params.key} moduleKey={params.moduleKey} settings /> };
  return { projectKey: null, view: <HomePage /> };
}

export function App() {
  const { state, loadError, colorMode } = useSession();
  const { showFlag, closeFlag } = useFlags();
  const pathname = usePathname();
  const [drawerOpen, setDrawerOpen] = useState(false);

  useEffect(() => {
    startHostBridge({
      navigate: (path) => navigate(path),
      showFlag: (flag) => showFlag({ id: flag.id, title: flag.title, description: flag.description, type: flag.type === 'success' || flag.type === 'error' || flag.type === 'warning' ? flag.type : 'info' }),
      closeFlag,
      currentColorMode: () => (document.documentElement.getAttribute('data-color-mode') === 'dark' ? 'dark' : 'light'),
    });
  }, [showFlag, closeFlag]);

  const { projectKey, view } = route(pathname);
  return (
    <div className="shell" data-color-mode-choice={colorMode}>
      <TopNav drawerOpen={drawerOpen} onToggleDrawer={() => setDrawerOpen((open) => !open)} />
      <ProjectSidebar projectKey={projectKey} />
      <main id="main-content" className="shell-main" tabIndex={-1}>
        {loadError ? <ErrorMessage title="The sandbox server did not answer" messages={[loadError]} /> : state ? view : <Spinner size="large" label="Loading Jira" />}
      </main>
      {drawerOpen ? (
        <SandboxDrawer
          onClose={() => {
            setDrawerOpen(false);
            // Focus goes back to the control that opened the drawer.
            document.querySelector<HTMLElement>('[data-testid="sandbox-drawer-toggle"]')?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
