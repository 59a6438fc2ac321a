/** The ordered list of criteria; drops and keyboard moves both end in `onMove(id, toIndex)`. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Box, xcss } from '@atlaskit/primitives';
import type { CriterionView, VerificationState } from '../../../../src/contract/issue-panel';
import { CriterionRow } from './criterion-row';
import { useDropMonitor } from './use-row-drag';

const listStyle = xcss({ paddingInlineStart: 'space.0', marginBlock: 'space.0' });

interface Props {
  criteria: CriterionView[];
  canEdit: boolean;
  maxChars: number;
  onEdit: (criterionId: string, text: string) => void;
  onDelete: (criterionId: string) => void;
  onVerify: (criterionId: string, state: VerificationState) => void;
  onMove: (criterionId: string, toIndex: number) => void;
}

export function CriteriaList({ criteria, canEdit, maxChars, onEdit, onDelete, onVerify, onMove }: Props) {
  const handles = useRef(new Map<string, HTMLButtonElement>());
  const [refocus, setRefocus] = useState<string | null>(null);
  const moveRef = useRef(onMove);
  moveRef.current = onMove;

  const onDrop = useCallback((criterionId: string, toIndex: number) => moveRef.current(criterionId, toIndex), []);
  useDropMonitor(canEdit, onDrop);

  // A row moved with the keyboard keeps focus on its handle, wherever it lands.
  useEffect(() => {
    if (!refocus) return;
    handles.current.get(refocus)?.focus();
    setRefocus(null);
  }, [criteria, refocus]);

  return (
    <Box as="ul" xcss={listStyle} aria-label="Acceptance criteria" testId="criteria-list">
      {criteria.map((criterion, index) => (
        <CriterionRow
          key={criterion.id}
          criterion={criterion}
          index={index}
          count={criteria.length}
          canEdit={canEdit}
          maxChars={maxChars}
          handleRef={(element) => {
            if (element) handles.current.set(criterion.id, element);
            else handles.current.delete(criterion.id);
          }}
          onEdit={(text) => onEdit(criterion.id, text)}
          onDelete={() => onDelete(criterion.id)}
          onVerify={(state) => onVerify(criterion.id, state)}
          onMove={(toIndex) => {
            setRefocus(criterion.id);
            onMove(criterion.id, toIndex);
          }}
        />
      ))}
    </Box>
  );
}
