// The store's small state: whether the ledger tables are behind the articles. Every article
// write marks them stale in its own transaction; a rebuild clears the mark in its own.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function markLedgerStale(db: Db): Promise<void> {
  await db.insertInto('state').values({ key: 'ledger_stale', value: '1' })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: '1' })).execute();
}

export async function ledgerIsStale(db: Db): Promise<boolean> {
  const row = await db.selectFrom('state').select('value').where('key', '=', 'ledger_stale').executeTakeFirst();
  return row?.value === '1';
}

export async function markLedgerFresh(db: Db): Promise<void> {
  await db.insertInto('state').values({ key: 'ledger_stale', value: '0' })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: '0' })).execute();
}
