/** Loads data for a view and reloads it on demand; stale answers (after deps changed) are dropped. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessages } from '../api/http';

export interface AsyncState<T> {
  data: T | undefined;
  error: string[] | null;
  loading: boolean;
  reload: () => void;
}

export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string[] | null>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const run = ++latest.current;
    setLoading(true);
    load().then(
      (value) => {
        if (run !== latest.current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (run !== latest.current) return;
        setError(errorMessages(failure));
        setLoading(false);
      },
    );
    // `load` is a fresh closure every render; the caller lists what it depends on in `deps`.
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, error, loading, reload };
}
