/** Activity: the issue's comments, newest last, with ADF bodies rendered as text. */
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { getComments } from '../../api/jira-api';
import { AdfView } from '../../adf/adf-view';
import { ErrorMessage } from '../../components/error-message';
import { UserAvatar } from '../../components/user-avatar';
import { useAsync } from '../../session/use-async';

function when(value: string | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
}

export function ActivitySection({ issueKey, reloadKey }: { issueKey: string; reloadKey: string }) {
  const comments = useAsync(() => getComments(issueKey), [issueKey, reloadKey]);
  return (
    <section aria-labelledby="activity-heading" data-testid="issue-activity">
      <Stack space="space.200">
        <Heading size="xsmall" as="h2" id="activity-heading">
          Activity
        </Heading>
        {comments.loading && !comments.data ? <Spinner size="small" label="Loading comments" /> : null}
        <ErrorMessage title="Comments could not be loaded" messages={comments.error} />
        {comments.data?.length === 0 ? <Text color="color.text.subtlest">There are no comments yet.</Text> : null}
        {comments.data?.map((comment) => (
          <article key={comment.id} data-testid={`comment-${comment.id}`}>
            <Inline space="space.150" alignBlock="start">
              <UserAvatar name={comment.author?.displayName ?? 'Unknown user'} size="medium" />
              <Stack space="space.050">
                <Inline space="space.100" alignBlock="baseline">
                  <Text weight="semibold">{comment.author?.displayName ?? 'Unknown user'}</Text>
                  <Text size="small" color="color.text.subtlest">
                    {when(comment.created)}
                  </Text>
                </Inline>
                <AdfView document={comment.body} />
              </Stack>
            </Inline>
          </article>
        ))}
      </Stack>
    </section>
  );
}
