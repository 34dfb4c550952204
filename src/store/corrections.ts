// Analysts' corrections in the store: their own table, read whole (they are few) or by article.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';
import type { Correction, CorrectionAction, FactKind } from '../ledger/corrections.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function readCorrections(db: Db, articleIds?: string[]): Promise<Correction[]> {
  if (articleIds && articleIds.length === 0) return [];
  let q = db.selectFrom('corrections').selectAll();
  if (articleIds) q = q.where('article_id', 'in', articleIds);
  const rows = await q.orderBy('id').execute();
  return rows.map((r) => ({
    id: Number(r.id), kind: r.kind as FactKind, article: r.article_id, idx: r.fact_idx, start: r.ev_start, end: r.ev_end,
    original: JSON.parse(r.original) as Correction['original'], action: r.action as CorrectionAction,
    changes: JSON.parse(r.changes) as Correction['changes'], reason: r.reason, analyst: r.analyst, created_at: r.created_at,
  }));
}

export async function insertCorrection(db: Db, c: Omit<Correction, 'id'>): Promise<number> {
  const row = await db.insertInto('corrections').values({
    kind: c.kind, article_id: c.article, fact_idx: c.idx, ev_start: c.start, ev_end: c.end, original: JSON.stringify(c.original),
    action: c.action, changes: JSON.stringify(c.changes), reason: c.reason, analyst: c.analyst, created_at: c.created_at,
  }).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}
