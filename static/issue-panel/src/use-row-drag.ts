/** Makes a criterion row draggable by its handle and a drop target that knows which edge is closest. */
import { useEffect, useState, type RefObject } from 'react';
import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine';
import { draggable, dropTargetForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { attachClosestEdge, extractClosestEdge, type Edge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge';
import { criterionDragData, isCriterionDragData } from './drag-data';

export interface RowDrag {
  dragging: boolean;
  closestEdge: Edge | null;
}

export function useRowDrag(
  row: RefObject<HTMLElement | null>,
  handle: RefObject<HTMLElement | null>,
  criterionId: string,
  index: number,
  enabled: boolean,
): RowDrag {
  const [dragging, setDragging] = useState(false);
  const [closestEdge, setClosestEdge] = useState<Edge | null>(null);

  useEffect(() => {
    const element = row.current;
    const dragHandle = handle.current;
    if (!enabled || !element || !dragHandle) return;
    return combine(
      draggable({
        element,
        dragHandle,
        getInitialData: () => ({ ...criterionDragData(criterionId, index) }),
        onDragStart: () => setDragging(true),
        onDrop: () => setDragging(false),
      }),
      dropTargetForElements({
        element,
        canDrop: ({ source }) => isCriterionDragData(source.data),
        getData: ({ input }) =>
          attachClosestEdge({ ...criterionDragData(criterionId, index) }, { input, element, allowedEdges: ['top', 'bottom'] }),
        onDrag: ({ self, source }) => {
          const sameRow = isCriterionDragData(source.data) && source.data.criterionId === criterionId;
          setClosestEdge(sameRow ? null : extractClosestEdge(self.data));
        },
        onDragLeave: () => setClosestEdge(null),
        onDrop: () => setClosestEdge(null),
      }),
    );
  }, [row, handle, criterionId, index, enabled]);

  return { dragging, closestEdge };
}
