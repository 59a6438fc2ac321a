import { RateLimitedError, type JiraPort } from '../../src/ports/jira';
import type { RecordStore } from '../../src/ports/store';

/**
 * A store and a Jira that turns busy (429 past every retry) the moment the store is written: for proving that an
 * answer after a saved change does not depend on Jira, and so never says "nothing was changed" when it was.
 */
export function busyAfterWrite(store: RecordStore, jira: JiraPort): { store: RecordStore; jira: JiraPort; busy(): boolean } {
  let busy = false;
  const busyStore: RecordStore = {
    load: (key) => store.load(key),
    list: (kind, scope, cursor) => store.list(kind, scope, cursor),
    remove: (key) => store.remove(key),
    async save(key, value, expectedVersion, now) {
      const saved = await store.save(key, value, expectedVersion, now);
      busy ||= saved.ok;
      return saved;
    },
    async saveAll(writes, now) {
      const saved = await store.saveAll(writes, now);
      busy ||= saved.ok;
      return saved;
    },
  };
  const busyJira = new Proxy(jira, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (busy) return Promise.reject(new RateLimitedError('Jira answered 429', { status: 429, retryAfterSeconds: 20 }));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: busyStore, jira: busyJira, busy: () => busy };
}
