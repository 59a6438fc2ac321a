/** "Add a criterion": a button that turns into an editor; the list limit is checked before asking the server. */
import { useState } from 'react';
import Button from '@atlaskit/button/default/button';
import AddIcon from '@atlaskit/icon/core/add';
import { Box, Text } from '@atlaskit/primitives';
import { CriterionEditor } from './criterion-editor';

interface Props {
  count: number;
  maxCriteria: number;
  maxChars: number;
  onAdd: (text: string) => void;
  startOpen?: boolean;
  onClose?: () => void;
}

export function AddCriterion({ count, maxCriteria, maxChars, onAdd, startOpen = false, onClose }: Props) {
  const [open, setOpen] = useState(startOpen);
  const full = count >= maxCriteria;
  const close = () => {
    setOpen(false);
    onClose?.();
  };

  if (full) {
    return (
      <Text size="small" color="color.text.subtle" testId="criteria-limit">
        This issue has reached the limit of {maxCriteria} acceptance criteria. Delete one to add another.
      </Text>
    );
  }
  if (!open) {
    return (
      <Box>
        <Button appearance="subtle" iconBefore={AddIcon} onClick={() => setOpen(true)} testId="add-criterion">
          Add criterion
        </Button>
      </Box>
    );
  }
  return (
    <CriterionEditor
      initialText=""
      label="New acceptance criterion"
      maxChars={maxChars}
      onCancel={close}
      onSave={(text) => {
        close();
        onAdd(text);
      }}
    />
  );
}
