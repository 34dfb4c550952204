// On PostgreSQL, many writers (the workers of the queue, on many machines) may store articles at
// once. Each article's transaction and each ledger rebuild first take one transaction-level
// advisory lock, so that "is this text, or a near-duplicate of it, stored already?" and the
// insert that follows are one step for the whole cluster, and a rebuild sees every article
// committed before it and none half-way. (SQLite has a single writer already.) Storing is a few
// milliseconds against the tens that extraction takes, which runs outside the lock.
import { sql, type Transaction } from 'kysely';
import type { Dialect } from './migrations.js';

/** An arbitrary constant: the bytes of "dete" as a 64-bit key. */
const WRITE_LOCK = 0x64657465;

export async function lockWrites<DB>(trx: Transaction<DB>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${sql.lit(WRITE_LOCK)})`.execute(trx);
}
