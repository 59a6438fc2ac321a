/**
 * The item form's state and its save: a new item or a patch of what changed since it was read. A refusal
 * is shown where it belongs (on its field, word for word as the server wrote it); a conflict (someone else
 * saved first) shows their version and keeps the person's edits, which the next save applies over theirs.
 */
import { useCallback, useState } from 'react';
import type { PersonView } from '../../../../../../../src/contract/issue-panel';
import type { RaidKind } from '../../../../../../../src/domain/raid/raid-kinds';
import type { RaidItem } from '../../../../../../../src/domain/raid/raid-item';
import { callProjectPage, type RaidView } from '../../../project-page-api';
import { changedFields, createInput, draftOf, draftProblems, editedFields, emptyDraft, patchOf, rebasedDraft, serverProblems, type DraftField, type FieldErrors, type ItemDraft } from './item-draft';

export type ItemFormMode = { action: 'create'; kind: RaidKind } | { action: 'edit'; item: RaidItem };

/** Someone else's save that came first: their version of the item, what they changed, and what both changed. */
export interface Conflict {
  theirs: RaidItem;
  changed: DraftField[];
  /** Fields they changed that the person changed too: the person's value is kept. */
  overlapping: DraftField[];
  people: PersonView[];
}

interface Options {
  mode: ItemFormMode;
  people: readonly PersonView[];
  /** The ids the register had when the form opened: the new one is the one that was not there. */
  knownIds: ReadonlySet<string>;
  /** The register after a save: the item's id, or null when nothing had changed. */
  onSaved: (view: RaidView | null, itemId: string | null) => void;
  /** The register as it is now, when a save found it changed. */
  onStale: (view: RaidView) => void;
}

function isRaidView(value: unknown): value is RaidView {
  return typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items);
}

export function useItemForm({ mode, people, knownIds, onSaved, onStale }: Options) {
  const [draft, setDraft] = useState<ItemDraft>(() => (mode.action === 'create' ? emptyDraft(mode.kind) : draftOf(mode.item, people)));
  const [base, setBase] = useState<RaidItem | null>(mode.action === 'edit' ? mode.item : null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saving, setSaving] = useState(false);
  /** Counts the saves that were refused, so the dialog can show the person where, each time. */
  const [refusals, setRefusals] = useState(0);

  const change = useCallback((next: Partial<ItemDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    // A field being corrected loses its old message; the others keep theirs until the next save.
    setErrors((current) => {
      const left = { ...current };
      for (const key of Object.keys(next)) delete left[key as DraftField];
      return left;
    });
  }, []);

  /** A new item of another kind keeps what the kinds share. */
  const changeKind = useCallback((kind: RaidKind) => {
    setDraft((current) => ({ ...emptyDraft(kind), title: current.title, description: current.description, owner: current.owner, linkedIssues: current.linkedIssues }));
    setErrors({});
  }, []);

  const save = useCallback(async () => {
    const problems = draftProblems(draft);
    setErrors(problems);
    setFormError(null);
    if (Object.keys(problems).length > 0) {
      setRefusals((n) => n + 1);
      return;
    }
    let answer;
    if (base === null) {
      setSaving(true);
      answer = await callProjectPage('createRaidItem', { item: createInput(draft) });
    } else {
      const patch = patchOf(draft, base);
      if (Object.keys(patch).length === 1) {
        onSaved(null, null);
        return;
      }
      setSaving(true);
      answer = await callProjectPage('updateRaidItem', { itemId: base.id, patch });
    }
    setSaving(false);
    if (answer.ok) {
      const itemId = base?.id ?? answer.data.items.find((i) => !knownIds.has(i.item.id))?.item.id ?? null;
      onSaved(answer.data, itemId);
      return;
    }
    const { code, message, details } = answer.error;
    if (code === 'conflict' && base !== null && isRaidView(details)) {
      onStale(details);
      const theirs = details.items.find((i) => i.item.id === base.id)?.item;
      if (theirs) {
        const changed = changedFields(base, theirs);
        const edited = new Set(editedFields(draft, base));
        setConflict({ theirs, changed, overlapping: changed.filter((field) => edited.has(field)), people: details.people });
        setDraft(rebasedDraft(draft, base, theirs, details.people));
        setBase(theirs);
        setRefusals((n) => n + 1);
        return;
      }
    }
    const found = serverProblems(details, draft.kind);
    setErrors((current) => ({ ...current, ...found.fields }));
    const unplaced = Object.keys(found.fields).length === 0 ? [message] : found.other;
    setFormError(unplaced.length > 0 ? unplaced.join(' ') : null);
    setRefusals((n) => n + 1);
  }, [draft, base, knownIds, onSaved, onStale]);

  return { draft, change, changeKind, errors, formError, conflict, saving, save, refusals, isNew: base === null };
}
