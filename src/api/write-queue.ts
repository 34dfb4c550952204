// One write at a time per store (SQLite has one writer, and each write rebuilds the ledger):
// ingests and corrections of one server wait for each other in order.
import type { Store } from '../store/open.js';

const queues = new WeakMap<Store, Promise<unknown>>();

export function inWriteQueue<T>(store: Store, write: () => Promise<T>): Promise<T> {
  const next = (queues.get(store) ?? Promise.resolve()).then(write);
  queues.set(store, next.catch(() => undefined));
  return next;
}
