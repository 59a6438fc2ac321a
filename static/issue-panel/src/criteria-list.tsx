/** The ordered list of criteria; drops and keyboard moves both end in `onMove(id, toIndex)`. */
import { useEffect, useRef, useState } from 'react';
import { monitorForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { extractClosestEdge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge';
import { getReorderDestinationIndex } from '@atlaskit/pragmatic-drag-and-drop-hitbox/util/get-reorder-destination-index';
import { Stack, xcss } from '@atlaskit/primitives';
import type { CriterionView, VerificationState } from '../../../src/contract/issue-panel';
import { CriterionRow } from './criterion-row';
import { isCriterionDragData } from './drag-data';

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

  useEffect(
    () =>
      monitorForElements({
        canMonitor: ({ source }) => isCriterionDragData(source.data),
        onDrop: ({ source, location }) => {
          const target = location.current.dropTargets[0];
          if (!target || !isCriterionDragData(source.data) || !isCriterionDragData(target.data)) return;
          const toIndex = getReorderDestinationIndex({
            startIndex: source.data.index,
            indexOfTarget: target.data.index,
            closestEdgeOfTarget: extractClosestEdge(target.data),
            axis: 'vertical',
          });
          if (toIndex !== source.data.index) moveRef.current(source.data.criterionId, toIndex);
        },
      }),
    [],
  );

  // A row moved with the keyboard keeps focus on its handle, wherever it lands.
  useEffect(() => {
    if (!refocus) return;
    handles.current.get(refocus)?.focus();
    setRefocus(null);
  }, [criteria, refocus]);

  return (
    <Stack as="ul" xcss={listStyle} aria-label="Acceptance criteria" testId="criteria-list">
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
    </Stack>
  );
}
