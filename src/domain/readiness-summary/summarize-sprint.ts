/** One ticket's readiness as the sprint summary sees it. */
export interface TicketReadiness {
  key: string;
  summary: string;
  score: number;
  ready: boolean;
  failedChecks: string[];
  /** Sign-off state from the mirror, for the overview only (decisions read the record). */
  signoff: string | null;
}

export interface SprintReadinessSummary {
  total: number;
  ready: number;
  notReady: number;
  /** Average score, rounded; null for an empty sprint. */
  averageScore: number | null;
  /** The tickets furthest from ready: lowest score first, at most `limit`. */
  furthest: TicketReadiness[];
  /** Checks that fail most, most frequent first. */
  failingChecks: Array<{ check: string; tickets: number }>;
}

export function summarizeSprint(tickets: readonly TicketReadiness[], limit = 5): SprintReadinessSummary {
  const ready = tickets.filter((t) => t.ready).length;
  const counts = new Map<string, number>();
  for (const t of tickets) for (const c of new Set(t.failedChecks)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const failingChecks = [...counts.entries()]
    .map(([check, n]) => ({ check, tickets: n }))
    .sort((a, b) => b.tickets - a.tickets || a.check.localeCompare(b.check));
  const furthest = tickets
    .filter((t) => !t.ready)
    .sort((a, b) => a.score - b.score || a.key.localeCompare(b.key, undefined, { numeric: true }))
    .slice(0, limit);
  const averageScore = tickets.length === 0 ? null : Math.round(tickets.reduce((s, t) => s + t.score, 0) / tickets.length);
  return { total: tickets.length, ready, notReady: tickets.length - ready, averageScore, furthest, failingChecks };
}
