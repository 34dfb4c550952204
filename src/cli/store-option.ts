// The store a command works on: --db URL, else $DETENTE_DB, else ./detente.db (SQLite).
// A postgres:// URL opens PostgreSQL. Errors opening it are one clear line.
import { openStore, storeProblem, StoreError, type Store } from '../store/open.js';

export function storeUrl(flag: string | undefined): string {
  return flag ?? process.env.DETENTE_DB ?? './detente.db';
}

export async function withStore<T>(command: string, flag: string | undefined, run: (store: Store) => Promise<T>): Promise<T | number> {
  // Only ingest makes a new store; a query on a path that holds none says so.
  const create = command === 'ingest';
  let store: Store;
  try {
    store = await openStore(storeUrl(flag), { create });
  } catch (e) {
    if (e instanceof StoreError) { process.stderr.write(`detente ${command}: ${e.message}\n`); return 1; }
    throw e;
  }
  try {
    return await run(store);
  } catch (e) {
    // A read-only or full store stops the command with one line; what was committed stays whole.
    const problem = e instanceof StoreError ? e : storeProblem(e, store.where);
    if (problem) { process.stderr.write(`detente ${command}: ${problem.message}\n`); return 1; }
    throw e;
  } finally {
    await store.close().catch(() => {});
  }
}
