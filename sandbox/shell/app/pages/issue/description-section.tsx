/** The issue description: rendered from ADF; "Edit description" opens a Markdown editor that saves ADF. */
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import { errorMessages } from '../../api/http';
import { updateDescription } from '../../api/jira-api';
import { markdownToAdf } from '../../api/sandbox-api';
import { adfToMarkdown } from '../../adf/adf-to-markdown';
import { AdfView, isEmptyAdf } from '../../adf/adf-view';
import { ErrorMessage } from '../../components/error-message';

interface DescriptionSectionProps {
  issueKey: string;
  description: unknown;
  onSaved: () => void;
}

export function DescriptionSection({ issueKey, description, onSaved }: DescriptionSectionProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<string[] | null>(null);

  const startEditing = () => {
    setDraft(adfToMarkdown(description));
    setErrors(null);
    setEditing(true);
  };

  const save = async () => {
    setSaving(true);
    try {
      const adf = await markdownToAdf(draft);
      await updateDescription(issueKey, adf);
      setEditing(false);
      onSaved();
    } catch (error) {
      setErrors(errorMessages(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="description-heading">
      <Stack space="space.100">
        <Inline spread="space-between" alignBlock="center">
          <Heading size="xsmall" as="h2" id="description-heading">
            Description
          </Heading>
          {editing ? null : (
            <Button appearance="subtle" spacing="compact" onClick={startEditing} testId="edit-description">
              Edit description
            </Button>
          )}
        </Inline>
        {editing ? (
          <Stack space="space.100">
            <TextArea
              aria-label="Description (Markdown)"
              value={draft}
              onChange={(event) => setDraft(event.currentTarget.value)}
              minimumRows={10}
              resize="vertical"
              testId="description-editor"
              autoFocus
            />
            <Text size="small" color="color.text.subtlest">
              Markdown: # heading, - list, **bold**, *italic*, `code`. Saved as Atlassian Document Format.
            </Text>
            <ErrorMessage title="The description wasn't saved" messages={errors} testId="description-error" />
            <Inline space="space.100">
              <Button appearance="primary" onClick={() => void save()} isLoading={saving} testId="save-description">
                Save
              </Button>
              <Button appearance="subtle" onClick={() => setEditing(false)} isDisabled={saving} testId="cancel-description">
                Cancel
              </Button>
            </Inline>
          </Stack>
        ) : isEmptyAdf(description) ? (
          <Text color="color.text.subtlest">Add a description...</Text>
        ) : (
          <AdfView document={description} testId="issue-description" />
        )}
      </Stack>
    </section>
  );
}
