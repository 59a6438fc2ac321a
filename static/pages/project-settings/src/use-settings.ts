/**
 * Loads the settings and saves the whole form with the version it was based on. A save that lost the
 * race gets the other person's settings back: the form then shows theirs, with a warning, never a merge.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { callSettings, freshSettingsFrom, type SettingsView } from './settings-api';
import { draftFromSettings, settingsFromDraft, type FieldErrors, type SettingsDraft } from './settings-draft';

export type SaveOutcome = { kind: 'saved' } | { kind: 'conflict'; message: string } | { kind: 'error'; message: string } | { kind: 'invalid' } | null;

export interface SettingsState {
  view: SettingsView | null;
  loadError: string | null;
  draft: SettingsDraft | null;
  errors: FieldErrors;
  isDirty: boolean;
  isSaving: boolean;
  outcome: SaveOutcome;
  change: (update: (draft: SettingsDraft) => SettingsDraft) => void;
  save: () => Promise<void>;
  discard: () => void;
  reload: () => Promise<void>;
}

export function useSettings(): SettingsState {
  const [view, setView] = useState<SettingsView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isSaving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  const started = useRef(false);

  const show = useCallback((next: SettingsView) => {
    setView(next);
    setDraft(draftFromSettings(next.settings));
    setErrors({});
  }, []);

  const reload = useCallback(async () => {
    setLoadError(null);
    const result = await callSettings('getSettings', {});
    if (result.ok) show(result.data);
    else setLoadError(result.error.message);
  }, [show]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void reload();
  }, [reload]);

  const baseline = useMemo(() => (view ? JSON.stringify(draftFromSettings(view.settings)) : ''), [view]);
  const isDirty = draft !== null && JSON.stringify(draft) !== baseline;

  const change = useCallback((update: (draft: SettingsDraft) => SettingsDraft) => {
    setDraft((current) => (current ? update(current) : current));
    setOutcome((current) => (current?.kind === 'saved' ? null : current));
  }, []);

  const save = useCallback(async () => {
    if (!view || !draft) return;
    const checked = settingsFromDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setOutcome({ kind: 'invalid' });
      return;
    }
    setErrors({});
    setSaving(true);
    const result = await callSettings('saveSettings', { version: view.version, settings: checked.settings });
    setSaving(false);
    if (result.ok) {
      show(result.data);
      setOutcome({ kind: 'saved' });
      return;
    }
    const fresh = result.error.code === 'conflict' ? freshSettingsFrom(result.error.details) : null;
    if (fresh) {
      show(fresh);
      setOutcome({ kind: 'conflict', message: result.error.message });
    } else {
      setOutcome({ kind: 'error', message: result.error.message });
    }
  }, [view, draft, show]);

  const discard = useCallback(() => {
    if (view) show(view);
    setOutcome(null);
  }, [view, show]);

  return { view, loadError, draft, errors, isDirty, isSaving, outcome, change, save, discard, reload };
}
