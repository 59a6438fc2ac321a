/** What a dragged criterion row carries, checked on the way out of pragmatic-drag-and-drop's untyped data. */
const marker = Symbol('accord-criterion');

export interface CriterionDragData {
  [marker]: true;
  criterionId: string;
  index: number;
}

export const criterionDragData = (criterionId: string, index: number): CriterionDragData => ({ [marker]: true, criterionId, index });

export function isCriterionDragData(data: Record<string | symbol, unknown>): data is Record<string | symbol, unknown> & CriterionDragData {
  return data[marker] === true && typeof data.criterionId === 'string' && typeof data.index === 'number';
}
