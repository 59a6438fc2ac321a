/** "ACC-12" sorts as 12, so that ACC-9 comes before ACC-10 in a table sorted by key. */
export function issueKeyOrder(key: string): number {
  const n = Number(key.slice(key.lastIndexOf('-') + 1));
  return Number.isFinite(n) ? n : 0;
}
