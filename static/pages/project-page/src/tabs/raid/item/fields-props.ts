import type { FieldErrors, ItemDraft } from './item-draft';

/** What each group of the item form gets: the draft, the errors to show, and how to change the draft. */
export interface FieldsProps {
  draft: ItemDraft;
  errors: FieldErrors;
  onChange: (change: Partial<ItemDraft>) => void;
  isDisabled: boolean;
}

/** The id (and test id) of a field's input: "raid-field-title". */
export const fieldId = (name: string) => `raid-field-${name}`;
