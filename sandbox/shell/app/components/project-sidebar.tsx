/** The project sidebar: projects the user can browse and, for the current project, its views and the app's pages. */
import BoardIcon from '@atlaskit/icon/core/board';
import ListBulletedIcon from '@atlaskit/icon/core/list-bulleted';
import AppsIcon from '@atlaskit/icon/core/apps';
import SettingsIcon from '@atlaskit/icon/core/settings';
import type { ReactNode } from 'react';
import Spinner from '@atlaskit/spinner';
import { listBoards, listProjects } from '../api/jira-api';
import { Link, usePathname } from '../routing/router';
import { useAsync } from '../session/use-async';
import { useSession } from '../session/session';

function NavLink({ href, label, icon, testId, alsoCurrentOnIssue = false, neverCurrent = false }: { href: string; label: string; icon?: ReactNode; testId?: string; alsoCurrentOnIssue?: boolean; neverCurrent?: boolean }) {
  const pathname = usePathname();
  // The issue view belongs to the Issues item, as in Jira's project sidebar.
  const current = !neverCurrent && (pathname === href || (alsoCurrentOnIssue && pathname.startsWith('/browse/')));
  return (
    <Link href={href} className="shell-nav-link" aria-current={current ? 'page' : undefined} data-testid={testId}>
      {icon}
      <span>{label}</span>
    </Link>
  );
}

export function ProjectSidebar({ projectKey }: { projectKey: string | null }) {
  const { accountId, state } = useSession();
  const projects = useAsync(() => listProjects(), [accountId]);
  const boards = useAsync(() => (projectKey ? listBoards(projectKey) : Promise.resolve([])), [projectKey, accountId]);
  const project = projects.data?.find((candidate) => candidate.key === projectKey);
  const pages = state?.modules.filter((module) => module.type === 'jira:projectPage') ?? [];
  const settings = state?.modules.filter((module) => module.type === 'jira:projectSettingsPage') ?? [];
  const board = boards.data?.[0];

  return (
    <nav className="shell-side" aria-label="Project navigation" data-testid="project-sidebar">
      {project ? (
        <>
          <div style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '0 8px 12px' }}>
            <span aria-hidden="true" style={{ width: 24, height: 24, borderRadius: 4, background: '#1F845A', color: '#fff', display: 'inline-flex', alignItems: 'center', justifyContent: 'center', fontWeight: 700, fontSize: 12 }}>
              {project.key.slice(0, 1)}
            </span>
            <span style={{ fontWeight: 600 }}>{project.name}</span>
          </div>
          <div className="shell-nav-heading">Planning</div>
          <NavLink href={`/projects/${project.key}/issues`} label="Issues" icon={<ListBulletedIcon label="" />} testId="nav-issues" alsoCurrentOnIssue />
          {board ? <NavLink href={`/projects/${project.key}/boards/${board.id}`} label="Board" icon={<BoardIcon label="" />} testId="nav-board" /> : null}
          {pages.length ? <div className="shell-nav-heading">Apps</div> : null}
          {pages.map((module) => (
            <NavLink key={module.key} href={`/projects/${project.key}/apps/${module.key}`} label={module.title} icon={<AppsIcon label="" />} testId={`nav-app-${module.key}`} />
          ))}
          <div className="shell-nav-heading">Project settings</div>
          {settings.map((module) => (
            <NavLink key={module.key} href={`/projects/${project.key}/settings/apps/${module.key}`} label={module.title} icon={<SettingsIcon label="" />} testId={`nav-settings-${module.key}`} />
          ))}
        </>
      ) : null}
      <div className="shell-nav-heading">Projects</div>
      {projects.loading && !projects.data ? <Spinner size="small" label="Loading projects" /> : null}
      {projects.data?.length === 0 ? <p style={{ padding: '0 8px' }}>No projects you can browse.</p> : null}
      {projects.data?.map((candidate) => (
        <NavLink key={candidate.id} href={`/projects/${candidate.key}/issues`} label={`${candidate.name} (${candidate.key})`} testId={`nav-project-${candidate.key}`} neverCurrent={candidate.key === projectKey} />
      ))}
    </nav>
  );
}
