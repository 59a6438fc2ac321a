/**
 * Inline editor for one criterion. Enter saves, Shift+Enter starts a new line (Gherkin steps go on their
 * own lines), Escape cancels, leaving the field saves.
 */
import { useId, useRef, useState } from 'react';
import { Box, Stack, Text } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';

interface Props {
  initialText: string;
  label: string;
  maxChars: number;
  onSave: (text: string) => void;
  onCancel: () => void;
}

export function criterionProblem(text: string, maxChars: number): string | null {
  if (text.trim().length === 0) return 'A criterion cannot be empty.';
  if (text.trim().length > maxChars) return `A criterion can have at most ${maxChars} characters (this one has ${text.trim().length}).`;
  return null;
}

export function CriterionEditor({ initialText, label, maxChars, onSave, onCancel }: Props) {
  const [text, setText] = useState(initialText);
  const [problem, setProblem] = useState<string | null>(null);
  const finished = useRef(false);
  const hintId = useId();
  const problemId = useId();

  const save = () => {
    if (finished.current) return;
    const issue = criterionProblem(text, maxChars);
    if (issue) {
      setProblem(issue);
      return;
    }
    finished.current = true;
    onSave(text.trim());
  };

  const cancel = () => {
    finished.current = true;
    onCancel();
  };

  return (
    <Stack space="space.050">
      <TextArea
        aria-label={label}
        aria-describedby={problem ? `${problemId} ${hintId}` : hintId}
        aria-invalid={problem ? true : undefined}
        autoFocus
        resize="smart"
        minimumRows={1}
        value={text}
        isInvalid={problem !== null}
        testId="criterion-editor"
        onChange={(event) => {
          setText(event.currentTarget.value);
          if (problem) setProblem(criterionProblem(event.currentTarget.value, maxChars));
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            cancel();
          } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            save();
          }
        }}
        onBlur={() => {
          // Leaving an empty new criterion discards it rather than nagging.
          if (text.trim().length === 0 && initialText.length === 0) cancel();
          else save();
        }}
      />
      {problem && (
        <Box role="alert">
          <Text id={problemId} size="small" color="color.text.danger">
            {problem}
          </Text>
        </Box>
      )}
      <Text id={hintId} size="small" color="color.text.subtlest">
        Enter to save · Shift+Enter for a new line · Esc to cancel
      </Text>
    </Stack>
  );
}
