// The feed items `detente watch` has seen. Marking is an insert that skips what is there, and
// returns the new: the same statement tells the watcher which items to queue.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Marks the items seen and returns those that were not, in the order given. */
export async function markSeen(db: Db, feed: string, items: string[], now: string): Promise<Set<string>> {
  if (items.length === 0) return new Set();
  const rows = await db.insertInto('feed_items').values([...new Set(items)].map((item) => ({ feed, item, first_seen: now })))
    .onConflict((oc) => oc.columns(['feed', 'item']).doNothing()).returning('item').execute();
  return new Set(rows.map((r) => r.item));
}
