/**
 * Loads one tab's view with one resolver call, and keeps it fresh while a snapshot is being made: the
 * numbers come from the last snapshot, so while one runs (started by "Refresh", the hour or an event) the
 * tab asks again every few seconds and shows the new figures when it finishes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SnapshotStatus } from '../../../../src/contract/project-page';
import { callProjectPage, type ProjectPageCalls } from './project-page-api';

const POLL_MS = 3_000;
/** How long "Refresh" waits for a queued snapshot to start before it stops asking. */
const QUEUED_WAIT_MS = 120_000;

type ViewKey = { [K in keyof ProjectPageCalls]: ProjectPageCalls[K]['data'] extends { status: SnapshotStatus } ? K : never }[keyof ProjectPageCalls];

export interface TabView<T> {
  view: T | null;
  error: string | null;
  loading: boolean;
  /** Reads the view again (after an edit, or to page). */
  reload: (payload?: ProjectPageCalls[ViewKey]['payload']) => Promise<void>;
  /** Replaces the view with one an action answered (RAID edits answer the new register). */
  replace: (view: T) => void;
  /** Asks for a new snapshot; the tab follows it until it finishes. */
  refresh: () => Promise<void>;
  refreshError: string | null;
}

export function useTabView<K extends ViewKey>(key: K, payload: ProjectPageCalls[K]['payload']): TabView<ProjectPageCalls[K]['data']> {
  type T = ProjectPageCalls[K]['data'];
  const [view, setView] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);
  const last = useRef(payload);
  const alive = useRef(true);
  // The snapshot "Refresh" asked for may wait in the queue before it runs (and says it is refreshing): until
  // a newer snapshot is in, the tab keeps asking, or the refresh would look as if nothing happened.
  const [awaiting, setAwaiting] = useState<{ since: string | null; until: number } | null>(null);

  const reload = useCallback(
    async (next?: ProjectPageCalls[K]['payload']) => {
      if (next !== undefined) last.current = next;
      setLoading(true);
      const answer = await callProjectPage(key, last.current);
      if (!alive.current) return;
      setLoading(false);
      if (answer.ok) {
        setView(answer.data);
        setError(null);
      } else setError(answer.error.message);
    },
    [key],
  );

  useEffect(() => {
    alive.current = true;
    void reload();
    return () => {
      alive.current = false;
    };
  }, [reload]);

  const status = (view as { status?: SnapshotStatus } | null)?.status;
  const refreshing = status?.refreshing === true;
  const waiting = awaiting !== null && status !== undefined && status.asOf === awaiting.since && Date.now() < awaiting.until;
  useEffect(() => {
    if (awaiting !== null && !waiting && !refreshing) setAwaiting(null);
  }, [awaiting, waiting, refreshing]);
  useEffect(() => {
    if (!refreshing && !waiting) return;
    const timer = setTimeout(() => void reload(), POLL_MS);
    return () => clearTimeout(timer);
  }, [refreshing, waiting, view, reload]);

  const refresh = useCallback(async () => {
    setRefreshError(null);
    const since = (view as { status?: SnapshotStatus } | null)?.status?.asOf ?? null;
    const answer = await callProjectPage('refreshSnapshot', {});
    if (!answer.ok) {
      setRefreshError(answer.error.message);
      return;
    }
    setAwaiting({ since, until: Date.now() + QUEUED_WAIT_MS });
    await reload();
  }, [reload, view]);

  return { view, error, loading, reload: reload as TabView<T>['reload'], replace: setView, refresh, refreshError };
}
