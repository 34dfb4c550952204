// The store's small state: whether the ledger tables are behind the articles. Every article
// write marks them stale in its own transaction; a rebuild clears the mark in its own.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';
import { LEDGER_RULES_VERSION } from '../ledger/index.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function markLedgerStale(db: Db): Promise<void> {
  await db.insertInto('state').values({ key: 'ledger_stale', value: '1' })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: '1' })).execute();
}

/** Stale: an article changed since the last rebuild, or the ledger was built by other merge rules. */
export async function ledgerIsStale(db: Db): Promise<boolean> {
  const rows = await db.selectFrom('state').select(['key', 'value']).where('key', 'in', ['ledger_stale', 'ledger_rules']).execute();
  const value = (key: string) => rows.find((r) => r.key === key)?.value;
  return value('ledger_stale') === '1' || (value('ledger_stale') !== undefined && value('ledger_rules') !== LEDGER_RULES_VERSION);
}

/** Also counts the rebuilds (ledger_generation), so that a reader's cache sees any change, even one that keeps every row count. */
export async function markLedgerFresh(db: Db): Promise<void> {
  const gen = await db.selectFrom('state').select('value').where('key', '=', 'ledger_generation').executeTakeFirst();
  for (const [key, value] of [['ledger_stale', '0'], ['ledger_rules', LEDGER_RULES_VERSION], ['ledger_generation', String(Number(gen?.value ?? 0) + 1)]]) {
    await db.insertInto('state').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
  }
}
