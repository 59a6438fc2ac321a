/** Jira's issue view (`/browse/:issueKey`). */
import { useCallback, useState } from 'react';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { ApiError, errorMessages } from '../../api/http';
import { getIssue } from '../../api/jira-api';
import type { ExtensionContext } from '../../bridge/bridge-protocol';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { ErrorMessage } from '../../components/error-message';
import { IssueTypeIcon } from '../../components/issue-type-icon';
import { fieldIds } from '../../session/field-ids';
import { useSession } from '../../session/session';
import { useAsync } from '../../session/use-async';
import { CantViewPage } from '../cant-view-page';
import { ActivitySection } from './activity-section';
import { AppPanel } from './app-panel';
import { DescriptionSection } from './description-section';
import { DetailsPanel } from './details-panel';
import { TransitionBar } from './transition-bar';

async function loadIssue(key: string) {
  const [issue, ids] = await Promise.all([getIssue(key), fieldIds()]);
  return { issue, ids };
}

export function IssuePage({ issueKey }: { issueKey: string }) {
  const { accountId, state } = useSession();
  const [version, setVersion] = useState(0);
  const loaded = useAsync(() => loadIssue(issueKey).then((value) => ({ ...value, failure: null as unknown })).catch((failure: unknown) => ({ issue: null, ids: null, failure })), [issueKey, accountId, version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);

  if (!loaded.data) return <Spinner size="large" label="Loading issue" />;
  const { issue, ids, failure } = loaded.data;
  if (failure instanceof ApiError && (failure.status === 404 || failure.status === 403 || failure.status === 401)) return <CantViewPage issueKey={issueKey} />;
  if (!issue || !ids) return <ErrorMessage title={`${issueKey} could not be loaded`} messages={errorMessages(failure)} />;

  const { fields } = issue;
  const project = fields.project;
  const extension: ExtensionContext = {
    type: 'jira:issuePanel',
    issue: { id: issue.id, key: issue.key, type: fields.issuetype?.name ?? '', typeId: fields.issuetype?.id ?? '' },
    project: { id: project?.id ?? '', key: project?.key ?? issue.key.split('-')[0] ?? '', type: project?.projectTypeKey ?? 'software' },
    isNewToIssue: false,
    location: `${window.location.origin}/browse/${issue.key}`,
  };
  const panels = state?.modules.filter((module) => module.type === 'jira:issuePanel') ?? [];
  const reloadKey = `${accountId}:${version}`;

  return (
    <div data-testid="issue-view">
      <Breadcrumbs
        items={[
          { label: 'Projects' },
          { label: project?.name ?? extension.project?.key ?? '', href: `/projects/${extension.project?.key ?? ''}/issues` },
          { label: issue.key },
        ]}
      />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 360px', gap: 32, alignItems: 'start' }}>
        <Stack space="space.300">
          <Stack space="space.100">
            <Inline space="space.100" alignBlock="center">
              <IssueTypeIcon name={fields.issuetype?.name} />
              <Text color="color.text.subtle" testId="issue-key">
                {issue.key}
              </Text>
            </Inline>
            <Heading size="large" as="h1" testId="issue-summary">
              {fields.summary ?? ''}
            </Heading>
          </Stack>
          <DescriptionSection issueKey={issue.key} description={fields.description} onSaved={reload} />
          {panels.map((module) => (
            <AppPanel key={`${module.key}:${accountId}`} module={module} extension={extension} onRefresh={reload} />
          ))}
          <ActivitySection issueKey={issue.key} reloadKey={reloadKey} />
        </Stack>
        <Stack space="space.200">
          <TransitionBar issueKey={issue.key} status={fields.status} reloadKey={reloadKey} onTransitioned={reload} />
          <DetailsPanel fields={fields} ids={ids} />
        </Stack>
      </div>
    </div>
  );
}
