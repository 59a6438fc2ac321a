/**
 * One acceptance criterion: its text (click or Enter to edit), its verification and, for editors, a drag
 * handle (Alt+Arrow keys move the row too) and delete.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import DeleteIcon from '@atlaskit/icon/core/delete';
import DragHandleIcon from '@atlaskit/icon/core/drag-handle-vertical';
import { Box, Flex, Stack, xcss } from '@atlaskit/primitives';
import type { CriterionView, VerificationState } from '../../../../src/contract/issue-panel';
import { IconAction } from '../../../shared/ui/icon-action';
import { CriterionEditor } from './criterion-editor';
import { CriterionText } from './criterion-text';
import { useRowDrag } from './use-row-drag';
import { VerificationControl } from './verification-control';
import { VerificationStatus } from './verification-status';

const rowStyle = xcss({
  position: 'relative',
  paddingBlock: 'space.100',
  paddingInline: 'space.050',
  borderBlockEndWidth: 'border.width',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border',
  listStyle: 'none',
});
const draggingStyle = xcss({ opacity: 'opacity.disabled' });
const textStyle = xcss({
  flexGrow: 1,
  minWidth: '0',
  borderRadius: 'radius.small',
  paddingInline: 'space.050',
  cursor: 'text',
  ':hover': { backgroundColor: 'color.background.neutral.subtle.hovered' },
});
const readOnlyTextStyle = xcss({ flexGrow: 1, minWidth: '0', paddingInline: 'space.050' });
const edgeStyle = xcss({
  position: 'absolute',
  insetInline: 'space.0',
  height: '2px',
  backgroundColor: 'color.background.brand.bold',
  pointerEvents: 'none',
});
const topEdge = xcss({ insetBlockStart: 'space.0' });
const bottomEdge = xcss({ insetBlockEnd: 'space.0' });

interface Props {
  criterion: CriterionView;
  index: number;
  count: number;
  canEdit: boolean;
  maxChars: number;
  handleRef: (element: HTMLButtonElement | null) => void;
  onEdit: (text: string) => void;
  onDelete: () => void;
  onVerify: (state: VerificationState) => void;
  onMove: (toIndex: number) => void;
}

export function CriterionRow({ criterion, index, count, canEdit, maxChars, handleRef, onEdit, onDelete, onVerify, onMove }: Props) {
  const [editing, setEditing] = useState(false);
  const row = useRef<HTMLLIElement | null>(null);
  const handle = useRef<HTMLButtonElement | null>(null);
  const { dragging, closestEdge } = useRowDrag(row, handle, criterion.id, index, canEdit && !editing);
  const label = `criterion ${index + 1}`;

  const onRowKeyDown = (event: KeyboardEvent) => {
    if (!canEdit || editing || !event.altKey) return;
    if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      onMove(index - 1);
    } else if (event.key === 'ArrowDown' && index < count - 1) {
      event.preventDefault();
      onMove(index + 1);
    }
  };

  return (
    <Box
      as="li"
      ref={row}
      xcss={[rowStyle, dragging && draggingStyle]}
      onKeyDown={onRowKeyDown}
      aria-label={`Criterion ${index + 1} of ${count}`}
      testId="criterion-row"
      data-state={criterion.verification.state}
    >
      <Flex gap="space.075" alignItems="start">
        {canEdit && (
          <IconAction
            ref={(element: HTMLButtonElement | null) => {
              handle.current = element;
              handleRef(element);
            }}
            icon={DragHandleIcon}
            label={`Move ${label}. Drag, or press Alt+Arrow Up or Alt+Arrow Down.`}
            hint="Drag to reorder, or Alt+↑ / Alt+↓"
            testId="criterion-drag-handle"
          />
        )}
        {editing ? (
          <Box xcss={readOnlyTextStyle}>
            <CriterionEditor
              initialText={criterion.text}
              label={`Edit ${label}`}
              maxChars={maxChars}
              onCancel={() => setEditing(false)}
              onSave={(text) => {
                setEditing(false);
                onEdit(text);
              }}
            />
          </Box>
        ) : (
          <Stack space="space.050" grow="fill">
            {canEdit ? (
              <Box
                xcss={textStyle}
                role="button"
                tabIndex={0}
                aria-label={`Edit ${label}: ${criterion.text}`}
                testId="criterion-text"
                onClick={() => setEditing(true)}
                onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
                  if ((event.key === 'Enter' || event.key === ' ') && !event.altKey) {
                    event.preventDefault();
                    setEditing(true);
                  }
                }}
              >
                <CriterionText criterion={criterion} />
              </Box>
            ) : (
              <Box xcss={readOnlyTextStyle} testId="criterion-text">
                <CriterionText criterion={criterion} />
              </Box>
            )}
            <Box paddingInline="space.050">
              <VerificationStatus verification={criterion.verification} />
            </Box>
          </Stack>
        )}
        {canEdit && !editing && (
          <>
            <VerificationControl state={criterion.verification.state} criterionLabel={label} onChange={onVerify} />
            <IconAction icon={DeleteIcon} label={`Delete ${label}`} hint="Delete" testId="criterion-delete" onClick={onDelete} />
          </>
        )}
      </Flex>
      {closestEdge && <Box xcss={[edgeStyle, closestEdge === 'top' ? topEdge : bottomEdge]} />}
    </Box>
  );
}
