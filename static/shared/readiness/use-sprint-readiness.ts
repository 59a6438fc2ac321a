/**
 * Loads a sprint's readiness and keeps the last good view on screen while the next one loads, so a
 * "Check again" or a sprint switch does not blank the page. Only the latest request may update it.
 */
import { useCallback, useRef, useState } from 'react';
import { callReadiness, type SprintReadinessView } from './readiness-api';

export type ReadinessRequest = { kind: 'read' | 'check'; sprintId?: number };

export interface SprintReadinessState {
  view: SprintReadinessView | null;
  /** The request in flight, if any. */
  busy: ReadinessRequest | null;
  error: string | null;
  /** When the view on screen was produced (for "checked at"). */
  loadedAt: Date | null;
  load: (request: ReadinessRequest) => Promise<void>;
}

export function useSprintReadiness(): SprintReadinessState {
  const [view, setView] = useState<SprintReadinessView | null>(null);
  const [busy, setBusy] = useState<ReadinessRequest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadedAt, setLoadedAt] = useState<Date | null>(null);
  const latest = useRef(0);

  const load = useCallback(async (request: ReadinessRequest) => {
    const id = ++latest.current;
    setBusy(request);
    setError(null);
    const payload = request.sprintId === undefined ? {} : { sprintId: request.sprintId };
    const result = await callReadiness(request.kind === 'check' ? 'checkSprintReadiness' : 'getSprintReadiness', payload);
    if (id !== latest.current) return;
    setBusy(null);
    if (result.ok) {
      setView(result.data);
      setLoadedAt(new Date());
    } else {
      setError(result.error.message);
    }
  }, []);

  return { view, busy, error, loadedAt, load };
}
