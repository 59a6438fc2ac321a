/**
 * The board's backlog view (`/projects/:key/boards/:boardId`): active sprint, future sprints and the
 * backlog. Each sprint has a "..." menu with the app's sprint actions, opened in a modal like Jira, and
 * the active sprint a "Complete sprint" button (the next one "Start sprint" once none is active).
 */
import { useState, type ReactNode } from 'react';
import { IconButton } from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import ShowMoreHorizontalIcon from '@atlaskit/icon/core/show-more-horizontal';
import Lozenge from '@atlaskit/lozenge';
import ModalDialog, { ModalBody, ModalHeader, ModalTitle, ModalTransition } from '@atlaskit/modal-dialog';
import { Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { listSprints, searchIssues } from '../api/jira-api';
import type { JiraIssue, JiraSprint } from '../api/jira-types';
import type { SandboxModule } from '../api/sandbox-types';
import { AppFrame } from '../components/app-frame';
import { Breadcrumbs } from '../components/breadcrumbs';
import { ErrorMessage } from '../components/error-message';
import { currentSprint, storyPoints } from '../components/issue-fields';
import { IssueTypeIcon } from '../components/issue-type-icon';
import { PopupMenu } from '../components/popup-menu';
import { StatusLozenge } from '../components/status-lozenge';
import { UserAvatar } from '../components/user-avatar';
import { Link } from '../routing/router';
import { fieldIds, type FieldIds } from '../session/field-ids';
import { useSession } from '../session/session';
import { useAsync } from '../session/use-async';
import { useProject } from '../session/use-project';
import { CompleteSprintButton, StartSprintButton } from './sprint-controls';

async function loadBoard(projectKey: string, boardId: number) {
  const ids = await fieldIds();
  const sprints = await listSprints(boardId);
  const issues: JiraIssue[] = [];
  let nextPageToken: string | undefined;
  // The board groups every issue of the project by its open sprint; a few pages at most in the sandbox.
  for (let page = 0; page < 20; page += 1) {
    const result = await searchIssues(`project = ${projectKey} ORDER BY key ASC`, ['summary', 'status', 'issuetype', 'assignee', ids.storyPoints, ids.sprint], nextPageToken, 100);
    issues.push(...result.issues);
    nextPageToken = result.nextPageToken;
    if (result.isLast !== false || !nextPageToken) break;
  }
  return { ids, sprints, issues };
}

function IssueLine({ issue, ids }: { issue: JiraIssue; ids: FieldIds }) {
  const points = storyPoints(issue.fields, ids.storyPoints);
  return (
    <li
      data-testid={`board-issue-${issue.key}`}
      style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '8px 12px', borderTop: `1px solid ${token('color.border')}`, background: token('elevation.surface') }}
    >
      <IssueTypeIcon name={issue.fields.issuetype?.name} />
      <Link href={`/browse/${issue.key}`} style={{ minWidth: 64 }}>
        {issue.key}
      </Link>
      <span style={{ flex: 1, minWidth: 0 }}>{issue.fields.summary}</span>
      <StatusLozenge status={issue.fields.status} />
      <span style={{ minWidth: 24, textAlign: 'center', background: token('color.background.neutral'), borderRadius: 12, padding: '0 6px' }} title="Story points">
        {points ?? '-'}
      </span>
      <UserAvatar name={issue.fields.assignee?.displayName} size="small" />
    </li>
  );
}

interface SprintListProps {
  title: string;
  subtitle?: string;
  sprint?: JiraSprint;
  issues: JiraIssue[];
  ids: FieldIds;
  actions: SandboxModule[];
  onAction: (module: SandboxModule, sprint: JiraSprint) => void;
  /** Start or complete, beside the sprint's menu. */
  control?: ReactNode;
}

function SprintList({ title, subtitle, sprint, issues, ids, actions, onAction, control }: SprintListProps) {
  const headingId = `sprint-${sprint?.id ?? 'backlog'}`;
  const points = issues.reduce((sum, issue) => sum + (storyPoints(issue.fields, ids.storyPoints) ?? 0), 0);
  return (
    <section aria-labelledby={headingId} className="shell-section" data-testid={sprint ? `sprint-${sprint.id}` : 'backlog'} style={{ background: token('elevation.surface.sunken') }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '8px 12px' }}>
        <Heading size="xsmall" as="h2" id={headingId}>
          {title}
        </Heading>
        {sprint?.state === 'active' ? <Lozenge appearance="inprogress">Active</Lozenge> : null}
        <Text size="small" color="color.text.subtlest">
          {subtitle ? `${subtitle} · ` : ''}
          {issues.length} issues · {points} points
        </Text>
        <div style={{ flex: 1 }} />
        {control}
        {sprint && actions.length ? (
          <PopupMenu
            label={`Actions for ${title}`}
            align="end"
            testId={`sprint-action-menu-${sprint.id}`}
            items={actions.map((module) => ({ key: module.key, label: module.title, testId: `sprint-action-${module.key}`, onSelect: () => onAction(module, sprint) }))}
            trigger={(props) => (
              <IconButton
                ref={props.ref}
                onClick={props.onClick}
                aria-haspopup={props['aria-haspopup']}
                aria-expanded={props['aria-expanded']}
                aria-controls={props['aria-controls']}
                appearance="subtle"
                spacing="compact"
                icon={ShowMoreHorizontalIcon}
                label={`More actions for ${title}`}
                testId={`sprint-actions-${sprint.id}`}
              />
            )}
          />
        ) : null}
      </div>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {issues.map((issue) => (
          <IssueLine key={issue.id} issue={issue} ids={ids} />
        ))}
      </ul>
      {issues.length === 0 ? <p style={{ padding: '8px 12px', margin: 0, color: token('color.text.subtlest') }}>No issues.</p> : null}
    </section>
  );
}

function dateRange(sprint: JiraSprint): string | undefined {
  if (!sprint.startDate || !sprint.endDate) return undefined;
  const format = (value: string) => new Date(value).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return `${format(sprint.startDate)} – ${format(sprint.endDate)}`;
}

export function BoardPage({ projectKey, boardId }: { projectKey: string; boardId: number }) {
  const { accountId, state } = useSession();
  const board = useAsync(() => loadBoard(projectKey, boardId), [projectKey, boardId, accountId]);
  const project = useProject(projectKey);
  const [open, setOpen] = useState<{ module: SandboxModule; sprint: JiraSprint } | null>(null);
  const actions = state?.modules.filter((module) => module.type === 'jira:sprintAction') ?? [];

  if (board.error) return <ErrorMessage title="The board could not be loaded" messages={board.error} />;
  if (!board.data) return <Spinner size="large" label="Loading board" />;
  const { ids, sprints, issues } = board.data;
  const openSprints = sprints.filter((sprint) => sprint.state !== 'closed').sort((a, b) => (a.state === b.state ? 0 : a.state === 'active' ? -1 : 1));
  const inSprint = (sprint: JiraSprint) => issues.filter((issue) => currentSprint(issue.fields, ids.sprint)?.id === sprint.id);
  // Jira's backlog: open issues in no open sprint, without epics (done work sits in the board's last column, not here).
  const backlog = issues.filter((issue) => {
    const sprint = currentSprint(issue.fields, ids.sprint);
    if (sprint && sprint.state !== 'closed') return false;
    if (issue.fields.issuetype?.name.toLowerCase() === 'epic') return false;
    return issue.fields.status?.statusCategory?.key !== 'done';
  });
  const active = openSprints.find((sprint) => sprint.state === 'active');
  const nextSprint = openSprints.find((sprint) => sprint.state === 'future');
  const sprintControl = (sprint: JiraSprint): ReactNode => {
    if (sprint.state === 'active') {
      const open = inSprint(sprint).filter((issue) => issue.fields.status?.statusCategory?.key !== 'done').map((issue) => issue.key);
      return <CompleteSprintButton sprint={sprint} openIssues={open} next={nextSprint} onDone={board.reload} />;
    }
    return !active && sprint === nextSprint ? <StartSprintButton sprint={sprint} onDone={board.reload} /> : null;
  };

  return (
    <Stack space="space.200">
      <div>
        <Breadcrumbs items={[{ label: 'Projects' }, { label: project.data?.name ?? projectKey, href: `/projects/${projectKey}/issues` }, { label: 'Board' }]} />
        <Heading size="large" as="h1">
          Backlog
        </Heading>
      </div>
      {openSprints.map((sprint) => (
        <SprintList
          key={sprint.id}
          title={sprint.name}
          subtitle={dateRange(sprint)}
          sprint={sprint}
          issues={inSprint(sprint)}
          ids={ids}
          actions={actions}
          onAction={(module, chosen) => setOpen({ module, sprint: chosen })}
          control={sprintControl(sprint)}
        />
      ))}
      <SprintList title="Backlog" issues={backlog} ids={ids} actions={[]} onAction={() => undefined} />
      <ModalTransition>
        {open ? (
          <ModalDialog onClose={() => setOpen(null)} width="large" testId="sprint-action-modal">
            <ModalHeader hasCloseButton>
              <ModalTitle>
                {open.module.title}: {open.sprint.name}
              </ModalTitle>
            </ModalHeader>
            <ModalBody>
              <AppFrame
                module={open.module}
                extension={{ type: 'jira:sprintAction', project: { id: project.data?.id ?? '', key: projectKey, type: project.data?.projectTypeKey ?? 'software' }, sprint: { id: open.sprint.id }, board: { id: boardId } }}
                minHeight={320}
                onSubmit={() => {
                  setOpen(null);
                  board.reload();
                }}
                onClose={() => setOpen(null)}
                onRefresh={board.reload}
              />
            </ModalBody>
          </ModalDialog>
        ) : null}
      </ModalTransition>
    </Stack>
  );
}
