/**
 * The panel's state: the view the server last answered, the changes on their way (shown optimistically),
 * and what to tell the user. Changes are sent one at a time, each built against the latest answer, because
 * every save carries the record version and two saves built on the same version would conflict with
 * each other.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PanelView } from '../../../../src/contract/issue-panel';
import type { ResolverError } from '../../../../src/contract/result';
import { callPanel, freshViewFrom } from './panel-api';
import { describeDone, planRequest, previewChange, type PanelChange } from './panel-change';

export type LoadState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready' };

export interface PanelState {
  load: LoadState;
  view: PanelView | null;
  busy: boolean;
  /** The change that hit a conflict, kept so that it can be reapplied on the fresh version. */
  conflict: PanelChange | null;
  actionError: string | null;
  announcement: string;
  reload: () => void;
  /** Resolves true when the change was saved (dialogs close then). */
  apply: (change: PanelChange) => Promise<boolean>;
  reapply: () => Promise<boolean>;
  dismissConflict: () => void;
  dismissError: () => void;
}

function sendRequest(change: PanelChange, view: PanelView) {
  const plan = planRequest(change, view);
  if (plan.kind !== 'send') return Promise.resolve(plan);
  const { request } = plan;
  // Each key pairs with its own payload type; the union is narrowed per resolver here.
  switch (request.key) {
    case 'getPanel':
      return callPanel('getPanel', request.payload);
    case 'saveCriteria':
      return callPanel('saveCriteria', request.payload);
    case 'importCriteria':
      return callPanel('importCriteria', request.payload);
    case 'verifyCriterion':
      return callPanel('verifyCriterion', request.payload);
    case 'approve':
      return callPanel('approve', request.payload);
    case 'requestChanges':
      return callPanel('requestChanges', request.payload);
  }
}

export function usePanel(): PanelState {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [serverView, setServerView] = useState<PanelView | null>(null);
  const [inFlight, setInFlight] = useState<PanelChange[]>([]);
  const [conflict, setConflict] = useState<PanelChange | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const viewRef = useRef<PanelView | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const started = useRef(false);

  const acceptView = useCallback((view: PanelView) => {
    viewRef.current = view;
    setServerView(view);
  }, []);

  const reload = useCallback(() => {
    setLoad({ status: 'loading' });
    void callPanel('getPanel', {}).then((result) => {
      if (result.ok) {
        acceptView(result.data);
        setLoad({ status: 'ready' });
      } else {
        setLoad({ status: 'failed', message: result.error.message });
      }
    });
  }, [acceptView]);

  useEffect(() => {
    // One getPanel per page load, even when React mounts effects twice in development.
    if (started.current) return;
    started.current = true;
    reload();
  }, [reload]);

  const handleFailure = useCallback(
    (change: PanelChange, error: ResolverError) => {
      const fresh = error.code === 'conflict' ? freshViewFrom(error.details) : null;
      if (fresh) {
        acceptView(fresh);
        setConflict(change);
        setActionError(null);
        setAnnouncement('Someone else changed these criteria. The panel now shows their version.');
        return;
      }
      setActionError(error.message);
      setAnnouncement(error.message);
    },
    [acceptView],
  );

  const run = useCallback(
    async (change: PanelChange): Promise<boolean> => {
      const view = viewRef.current;
      if (!view) return false;
      const answer = await sendRequest(change, view);
      if ('kind' in answer) {
        if (answer.kind === 'impossible') {
          setActionError(answer.message);
          setAnnouncement(answer.message);
          return false;
        }
        return true;
      }
      if (!answer.ok) {
        handleFailure(change, answer.error);
        return false;
      }
      acceptView(answer.data);
      setConflict(null);
      setActionError(null);
      setAnnouncement(describeDone(change, answer.data));
      return true;
    },
    [acceptView, handleFailure],
  );

  const apply = useCallback(
    (change: PanelChange): Promise<boolean> => {
      setInFlight((list) => [...list, change]);
      const done = queue.current.then(() => run(change));
      queue.current = done.catch(() => undefined);
      return done.finally(() => setInFlight((list) => list.filter((c) => c !== change)));
    },
    [run],
  );

  const reapply = useCallback(() => (conflict ? apply(conflict) : Promise.resolve(false)), [apply, conflict]);

  const view = useMemo(() => (serverView ? inFlight.reduce(previewChange, serverView) : null), [serverView, inFlight]);

  return {
    load,
    view,
    busy: inFlight.length > 0,
    conflict,
    actionError,
    announcement,
    reload,
    apply,
    reapply,
    dismissConflict: () => setConflict(null),
    dismissError: () => setActionError(null),
  };
}
