// Writing one article and its record: one transaction, so that a killed ingest leaves either
// the whole article or none of it. An article already stored (the same text, or a near-duplicate
// by MinHash) is not stored again: the new source is kept as an alias of the first.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ExtractRecord } from '../pipeline/record.js';
import type { Database } from './schema.js';
import type { Store } from './open.js';
import { minhash, bandKeys, encodeSignature, decodeSignature, similarity, DUPLICATE_THRESHOLD } from '../ledger/near-duplicate.js';
import { chunks } from './chunks.js';
import { markLedgerStale } from './state.js';
import { lockWrites } from './write-lock.js';

export type Stored =
  | { kind: 'stored'; id: string }
  | { kind: 'same'; id: string }
  | { kind: 'duplicate'; id: string; similarity: number };

type Db = Kysely<Database> | Transaction<Database>;

/** The stored article this text is (the same text, or a near-duplicate), if any. */
export async function findStored(db: Db, id: string, sig: number[]): Promise<{ id: string; similarity: number } | null> {
  const same = await db.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst();
  if (same) return { id: same.id, similarity: 1 };
  const candidates = await db.selectFrom('article_bands').innerJoin('articles', 'articles.id', 'article_bands.article_id')
    .select(['articles.id', 'articles.signature']).distinct()
    .where('article_bands.band_key', 'in', bandKeys(sig)).orderBy('articles.id').execute();
  let best: { id: string; similarity: number } | null = null;
  for (const c of candidates) {
    const s = similarity(sig, decodeSignature(c.signature));
    if (s >= DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { id: c.id, similarity: s };
  }
  return best;
}

/** Keeps `source` as one more place the stored article was read from. */
export async function addAlias(db: Db, articleId: string, source: string, url: string | null, sim: number): Promise<void> {
  await db.insertInto('article_sources')
    .values({ article_id: articleId, source, url, duplicate_of: 1, similarity: sim })
    .onConflict((oc) => oc.columns(['article_id', 'source']).doNothing()).execute();
}

export async function storeArticle(store: Store, record: ExtractRecord, titleLine: boolean, version: string, sig = minhash(record.document.text)): Promise<Stored> {
  const d = record.document;
  // SQLite rolls a transaction back by itself when the disk is full; the rollback Kysely sends
  // then fails ("no transaction is active") and would hide why: the first error is the one told.
  let failure: unknown = null;
  return store.db.transaction().execute(async (trx) => {
    await lockWrites(trx, store.dialect);
    try { return await write(trx); } catch (e) { failure = e; throw e; }
  }).catch((e) => { throw failure ?? e; });

  async function write(trx: Transaction<Database>): Promise<Stored> {
    // Checked again inside the transaction (and the lock): another ingest may have stored it meanwhile.
    const found = await findStored(trx, d.id, sig);
    if (found) {
      await addAlias(trx, found.id, d.source, d.url, found.similarity);
      return found.id === d.id ? { kind: 'same', id: d.id } : { kind: 'duplicate', id: found.id, similarity: found.similarity };
    }
    await trx.insertInto('articles').values({
      id: d.id, title: d.title, published: d.published, url: d.url, source: d.source, text: d.text,
      title_line: titleLine ? 1 : 0, pipeline_version: version, signature: encodeSignature(sig),
      actors_n: record.actors.length, claims_n: record.claims.length, positions_n: record.positions.length, events_n: record.events.length,
    }).execute();
    await trx.insertInto('article_sources').values({ article_id: d.id, source: d.source, url: d.url, duplicate_of: 0, similarity: 1 }).execute();
    await trx.insertInto('article_bands').values(bandKeys(sig).map((band_key) => ({ band_key, article_id: d.id })))
      .onConflict((oc) => oc.doNothing()).execute();
    if (store.dialect === 'sqlite') {
      await sql`insert into article_fts (article_id, title, text) values (${d.id}, ${d.title ?? ''}, ${d.text})`.execute(trx);
    }
    await writeFacts(trx, record);
    await markLedgerStale(trx);
    return { kind: 'stored', id: d.id };
  }
}

/** The record's facts (an article's rows in the fact tables): on first store and on reprocess. */
export async function writeFacts(trx: Transaction<Database>, record: ExtractRecord): Promise<void> {
  const id = record.document.id;
  const text = record.document.text;
  const ev = (s: { start: number; end: number }) => ({ ev_start: s.start, ev_end: s.end, evidence: text.slice(s.start, s.end) });
  const insert = async <T extends keyof Database & string>(table: T, rows: object[]) => {
    for (const part of chunks(rows)) await trx.insertInto(table).values(part as never).execute();
  };
  await insert('article_actors', record.actors.map((a) => ({
    article_id: id, actor_id: a.id, name: a.name, kind: a.kind, country: a.country, role: a.role, mentions: a.mentions.length,
  })));
  // A location named twice in a record is one row (its name is what events point to).
  const places = [...new Map(record.locations.map((l) => [l.name, l])).values()];
  await insert('locations', places.map((l) => ({ article_id: id, name: l.name, country: l.country, lat: l.lat, lon: l.lon })));
  await insert('claims', record.claims.map((c, idx) => ({
    article_id: id, idx, ...ev(c.evidence), source: c.source, source_text: c.source_text, hedge: c.hedge, cue: c.cue, via: c.via,
  })));
  await insert('positions', record.positions.map((p, idx) => ({
    article_id: id, idx, ...ev(p.evidence), holder: p.holder, stance: p.stance, issue: p.issue, target: p.target,
    condition: p.condition, claim_idx: p.claim,
  })));
  await insert('events', record.events.map((e, idx) => ({
    article_id: id, idx, ...ev(e.evidence), type: e.type, mode: e.mode, status: e.status, actors: JSON.stringify(e.actors),
    source_actor: e.source_actor, target_actor: e.target_actor, date: e.date, date_text: e.date_text, location: e.location,
    quantities: JSON.stringify(e.quantities), killed: e.quantities.killed ?? null, claim_idx: e.claim,
  })));
}

/** Removes an article's facts (before reprocess writes the new ones). */
export async function deleteFacts(trx: Transaction<Database>, articleId: string): Promise<void> {
  for (const table of ['article_actors', 'locations', 'claims', 'positions', 'events'] as const) {
    await trx.deleteFrom(table).where('article_id', '=', articleId).execute();
  }
}
