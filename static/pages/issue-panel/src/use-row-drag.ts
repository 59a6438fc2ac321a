/** Hooks that wire criteria rows to drag and drop once its module has loaded (editors only). */
import { useEffect, useState, type RefObject } from 'react';
import type { Edge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge';

type DragModule = typeof import('./drag-and-drop');
let loading: Promise<DragModule> | null = null;
const loadDragAndDrop = () => (loading ??= import('./drag-and-drop'));

/** Runs `register` with the loaded module; the cleanup it returns runs on unmount or change. */
function useDragModule(enabled: boolean, register: (module: DragModule) => () => void, deps: unknown[]) {
  useEffect(() => {
    if (!enabled) return;
    let cleanup: (() => void) | null = null;
    let live = true;
    void loadDragAndDrop().then((module) => {
      if (live) cleanup = register(module);
    });
    return () => {
      live = false;
      cleanup?.();
    };
    // `register` is rebuilt every render; `deps` say when it really changes.
  }, [enabled, ...deps]);
}

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
  useDragModule(
    enabled,
    (module) => {
      if (!row.current || !handle.current) return () => undefined;
      return module.registerRow(row.current, handle.current, criterionId, index, { onDragging: setDragging, onClosestEdge: setClosestEdge });
    },
    [criterionId, index],
  );
  return { dragging, closestEdge };
}

export function useDropMonitor(enabled: boolean, onMove: (criterionId: string, toIndex: number) => void): void {
  useDragModule(enabled, (module) => module.monitorDrops(onMove), [onMove]);
}
