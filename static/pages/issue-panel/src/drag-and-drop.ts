/**
 * Drag and drop for criteria rows (pragmatic-drag-and-drop). Loaded on demand by the hooks in
 * use-row-drag.ts, so that people who only read the panel do not download it.
 */
import { combine } from '@atlaskit/pragmatic-drag-and-drop/combine';
import { draggable, dropTargetForElements, monitorForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter';
import { attachClosestEdge, extractClosestEdge, type Edge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge';
import { getReorderDestinationIndex } from '@atlaskit/pragmatic-drag-and-drop-hitbox/util/get-reorder-destination-index';
import { criterionDragData, isCriterionDragData } from './drag-data';

export interface RowCallbacks {
  onDragging: (dragging: boolean) => void;
  onClosestEdge: (edge: Edge | null) => void;
}

/** Makes a row draggable by its handle and a drop target that knows which of its edges is closest. */
export function registerRow(element: HTMLElement, dragHandle: HTMLElement, criterionId: string, index: number, on: RowCallbacks): () => void {
  return combine(
    draggable({
      element,
      dragHandle,
      getInitialData: () => ({ ...criterionDragData(criterionId, index) }),
      onDragStart: () => on.onDragging(true),
      onDrop: () => on.onDragging(false),
    }),
    dropTargetForElements({
      element,
      canDrop: ({ source }) => isCriterionDragData(source.data),
      getData: ({ input }) => attachClosestEdge({ ...criterionDragData(criterionId, index) }, { input, element, allowedEdges: ['top', 'bottom'] }),
      onDrag: ({ self, source }) => {
        const sameRow = isCriterionDragData(source.data) && source.data.criterionId === criterionId;
        on.onClosestEdge(sameRow ? null : extractClosestEdge(self.data));
      },
      onDragLeave: () => on.onClosestEdge(null),
      onDrop: () => on.onClosestEdge(null),
    }),
  );
}

/** Turns a drop anywhere in the list into "move this criterion to that index". */
export function monitorDrops(onMove: (criterionId: string, toIndex: number) => void): () => void {
  return monitorForElements({
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
      if (toIndex !== source.data.index) onMove(source.data.criterionId, toIndex);
    },
  });
}
