/** Jira requests the emulator counted, grouped the way the benchmarks report them. */
export interface RequestTally {
  searches: number;
  bulkPropertyWrites: number;
  taskPolls: number;
  other: number;
  total: number;
  /** Every route template with its count, for the curious. */
  byRoute: Record<string, number>;
}

export function tallyRequests(counts: Record<string, number>): RequestTally {
  const tally: RequestTally = { searches: 0, bulkPropertyWrites: 0, taskPolls: 0, other: 0, total: 0, byRoute: { ...counts } };
  for (const [route, count] of Object.entries(counts)) {
    tally.total += count;
    if (/ \/rest\/api\/3\/search\/jql$/.test(route)) tally.searches += count;
    else if (/^POST \/rest\/api\/3\/issue\/properties\/multi$/.test(route)) tally.bulkPropertyWrites += count;
    else if (/^GET \/rest\/api\/3\/task\//.test(route)) tally.taskPolls += count;
    else tally.other += count;
  }
  return tally;
}
