/** The "Details" box on the right of Jira's issue view. */
import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { JiraIssueFields } from '../../api/jira-types';
import { currentSprint, storyPoints } from '../../components/issue-fields';
import { StatusLozenge } from '../../components/status-lozenge';
import { UserAvatar } from '../../components/user-avatar';
import { Link } from '../../routing/router';
import type { FieldIds } from '../../session/field-ids';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '120px 1fr', gap: 8, alignItems: 'center', minHeight: 32 }}>
      <Text weight="semibold" color="color.text.subtle">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

function Person({ name }: { name: string | undefined }) {
  return (
    <Inline space="space.100" alignBlock="center">
      <UserAvatar name={name} size="small" />
      <Text>{name ?? 'Unassigned'}</Text>
    </Inline>
  );
}

const none = <Text color="color.text.subtlest">None</Text>;

export function DetailsPanel({ fields, ids }: { fields: JiraIssueFields; ids: FieldIds }) {
  const points = storyPoints(fields, ids.storyPoints);
  const sprint = currentSprint(fields, ids.sprint);
  return (
    <section aria-labelledby="details-heading" className="shell-section" data-testid="issue-details">
      <div style={{ padding: '12px 16px', borderBottom: `1px solid ${token('color.border')}` }}>
        <Heading size="xsmall" as="h2" id="details-heading">
          Details
        </Heading>
      </div>
      <div style={{ padding: '8px 16px 12px' }}>
        <Stack space="space.050">
          <Row label="Status">
            <StatusLozenge status={fields.status} />
          </Row>
          <Row label="Assignee">
            <Person name={fields.assignee?.displayName} />
          </Row>
          <Row label="Reporter">
            <Person name={fields.reporter?.displayName} />
          </Row>
          <Row label="Story points">{points === null ? none : <Text testId="issue-story-points">{points}</Text>}</Row>
          <Row label="Sprint">{sprint ? <Text>{sprint.name}</Text> : none}</Row>
          <Row label="Parent">
            {fields.parent ? (
              <Link href={`/browse/${fields.parent.key}`} data-testid="issue-parent">
                {fields.parent.key} {fields.parent.fields.summary}
              </Link>
            ) : (
              none
            )}
          </Row>
          <Row label="Fix versions">
            {fields.fixVersions?.length ? (
              <Inline space="space.050" shouldWrap testId="issue-fix-versions">
                {fields.fixVersions.map((version) => (
                  <Lozenge key={version.id} appearance={version.released ? 'success' : 'default'}>
                    {version.name}
                  </Lozenge>
                ))}
              </Inline>
            ) : (
              none
            )}
          </Row>
          <Row label="Priority">{fields.priority ? <Text>{fields.priority.name}</Text> : none}</Row>
          <Row label="Labels">
            {fields.labels?.length ? (
              <Inline space="space.050" shouldWrap>
                {fields.labels.map((label) => (
                  <Lozenge key={label}>{label}</Lozenge>
                ))}
              </Inline>
            ) : (
              none
            )}
          </Row>
        </Stack>
      </div>
    </section>
  );
}
