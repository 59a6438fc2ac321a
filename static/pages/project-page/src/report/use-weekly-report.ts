/** Loads the weekly report of a week (the last complete one first); a newer request wins over a slower older one. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { callProjectPage, type WeeklyReportView } from '../project-page-api';

export interface WeeklyReportState {
  report: WeeklyReportView | null;
  /** The week the resolver chose when asked without one: the last complete week. */
  lastCompleteWeek: string | null;
  loading: boolean;
  error: string | null;
  load: (week?: string) => Promise<void>;
}

export function useWeeklyReport(): WeeklyReportState {
  const [report, setReport] = useState<WeeklyReportView | null>(null);
  const [lastCompleteWeek, setLastCompleteWeek] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const load = useCallback(async (week?: string) => {
    const ticket = ++latest.current;
    setLoading(true);
    setError(null);
    const answer = await callProjectPage('getWeeklyReport', week === undefined ? {} : { week });
    if (ticket !== latest.current) return;
    setLoading(false);
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    setReport(answer.data);
    if (week === undefined) setLastCompleteWeek(answer.data.week);
  }, []);

  useEffect(() => {
    void load();
    return () => {
      latest.current++;
    };
  }, [load]);

  return { report, lastCompleteWeek, loading, error, load };
}
