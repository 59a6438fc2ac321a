/** Issue search (`/projects/:key/issues`): a JQL box, the results table and "Load more" via nextPageToken. */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { errorMessages } from '../api/http';
import { searchIssues } from '../api/jira-api';
import type { JiraIssue } from '../api/jira-types';
import { Breadcrumbs } from '../components/breadcrumbs';
import { ErrorMessage } from '../components/error-message';
import { currentSprint, storyPoints } from '../components/issue-fields';
import { IssueTypeIcon } from '../components/issue-type-icon';
import { StatusLozenge } from '../components/status-lozenge';
import { UserAvatar } from '../components/user-avatar';
import { Link } from '../routing/router';
import { fieldIds, type FieldIds } from '../session/field-ids';
import { useSession } from '../session/session';
import { useProject } from '../session/use-project';

const PAGE_SIZE = 50;

function head() {
  return {
    cells: [
      { key: 'type', content: 'Type', width: 4 },
      { key: 'key', content: 'Key', width: 8 },
      { key: 'summary', content: 'Summary', width: 40 },
      { key: 'status', content: 'Status', width: 12 },
      { key: 'assignee', content: 'Assignee', width: 16 },
      { key: 'points', content: 'Story points', width: 8 },
      { key: 'sprint', content: 'Sprint', width: 14 },
    ],
  };
}

function row(issue: JiraIssue, ids: FieldIds) {
  const { fields } = issue;
  const sprint = currentSprint(fields, ids.sprint);
  return {
    key: issue.key,
    testId: `issue-row-${issue.key}`,
    cells: [
      { key: 'type', content: <IssueTypeIcon name={fields.issuetype?.name} /> },
      {
        key: 'key',
        content: (
          <Link href={`/browse/${issue.key}`} data-testid={`issue-link-${issue.key}`}>
            {issue.key}
          </Link>
        ),
      },
      {
        key: 'summary',
        content: (
          <Link href={`/browse/${issue.key}`} style={{ color: token('color.text') }}>
            {fields.summary ?? ''}
          </Link>
        ),
      },
      { key: 'status', content: <StatusLozenge status={fields.status} /> },
      {
        key: 'assignee',
        content: (
          <Inline space="space.100" alignBlock="center">
            <UserAvatar name={fields.assignee?.displayName} size="xsmall" />
            <Text>{fields.assignee?.displayName ?? 'Unassigned'}</Text>
          </Inline>
        ),
      },
      { key: 'points', content: storyPoints(fields, ids.storyPoints) ?? '' },
      { key: 'sprint', content: sprint?.name ?? '' },
    ],
  };
}

export function IssueListPage({ projectKey }: { projectKey: string }) {
  const { accountId } = useSession();
  const project = useProject(projectKey);
  const [jql, setJql] = useState(`project = ${projectKey} ORDER BY key ASC`);
  const [issues, setIssues] = useState<JiraIssue[]>([]);
  const [nextPageToken, setNextPageToken] = useState<string | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [errors, setErrors] = useState<string[] | null>(null);
  const [ids, setIds] = useState<FieldIds | null>(null);

  const run = useCallback(
    async (query: string, pageToken?: string) => {
      setLoading(true);
      try {
        const resolved = await fieldIds();
        setIds(resolved);
        const fields = ['summary', 'status', 'issuetype', 'assignee', 'priority', resolved.storyPoints, resolved.sprint];
        const result = await searchIssues(query, fields, pageToken, PAGE_SIZE);
        setIssues((current) => (pageToken ? [...current, ...result.issues] : result.issues));
        setNextPageToken(result.isLast === false || (result.isLast === undefined && result.nextPageToken) ? result.nextPageToken : undefined);
        setErrors(null);
      } catch (error) {
        if (!pageToken) setIssues([]);
        setErrors(errorMessages(error));
      } finally {
        setLoading(false);
      }
    },
    [],
  );

  useEffect(() => {
    const initial = `project = ${projectKey} ORDER BY key ASC`;
    setJql(initial);
    void run(initial);
  }, [projectKey, accountId, run]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(jql);
  };

  return (
    <Stack space="space.200">
      <div>
        <Breadcrumbs items={[{ label: 'Projects' }, { label: project.data?.name ?? projectKey, href: `/projects/${projectKey}/issues` }]} />
        <Heading size="large" as="h1">
          Issues
        </Heading>
      </div>
      <form onSubmit={onSubmit} role="search" aria-label="Search issues with JQL">
        <Inline space="space.100" alignBlock="center">
          <div style={{ flex: 1 }}>
            <TextField
              className="shell-jql"
              aria-label="JQL query"
              value={jql}
              onChange={(event) => setJql(event.currentTarget.value)}
              testId="jql-input"
              isInvalid={Boolean(errors)}
            />
          </div>
          <Button appearance="primary" type="submit" testId="jql-search">
            Search
          </Button>
        </Inline>
      </form>
      <ErrorMessage title="We couldn't run your search" messages={errors} testId="jql-error" />
      {ids ? (
        <DynamicTable
          head={head()}
          rows={issues.map((issue) => row(issue, ids))}
          isLoading={loading && issues.length === 0}
          emptyView={loading ? undefined : <Text>No issues were found matching your search.</Text>}
          label="Issues"
          testId="issue-table"
        />
      ) : null}
      {nextPageToken ? (
        <Inline alignInline="center">
          <Button onClick={() => void run(jql, nextPageToken)} isLoading={loading} testId="load-more">
            Load more
          </Button>
        </Inline>
      ) : null}
    </Stack>
  );
}
