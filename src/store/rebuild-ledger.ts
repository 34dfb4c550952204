// The ledger tables are derived: the facts of every stored article go through the pure merge
// rules (src/ledger/) and the result replaces the ledger rows, in one transaction. Any command
// that reads the ledger first brings it up to date, so an ingest killed before its rebuild
// leaves a ledger that the next command completes.
import type { Kysely, Transaction } from 'kysely';
import type { Store } from './open.js';
import type { Database } from './schema.js';
import { buildLedger, type EventFact, type PositionFact, type Ledger } from '../ledger/index.js';
import { chunks } from './chunks.js';
import { ledgerIsStale, markLedgerFresh } from './state.js';
import { lockWrites } from './write-lock.js';

export async function ensureLedger(store: Store): Promise<void> {
  if (await ledgerIsStale(store.db)) await rebuildLedger(store);
}

export async function readFacts(db: Kysely<Database> | Transaction<Database>) {
  const actors = await db.selectFrom('article_actors')
    .select(['article_id as article', 'actor_id as id', 'name', 'kind', 'country', 'role', 'mentions']).execute();
  const eventRows = await db.selectFrom('events').innerJoin('articles', 'articles.id', 'events.article_id')
    .leftJoin('locations', (j) => j.onRef('locations.article_id', '=', 'events.article_id').onRef('locations.name', '=', 'events.location'))
    .select(['events.article_id', 'articles.published', 'events.idx', 'events.type', 'events.mode', 'events.status', 'events.actors',
      'events.source_actor', 'events.target_actor', 'events.date', 'events.location', 'locations.country', 'locations.lat', 'locations.lon',
      'events.killed', 'events.ev_start', 'events.ev_end', 'events.evidence']).execute();
  const events: EventFact[] = eventRows.map((r) => ({
    article: r.article_id, published: r.published, idx: r.idx, type: r.type, mode: r.mode, status: r.status as EventFact['status'],
    actors: JSON.parse(r.actors) as string[], source_actor: r.source_actor, target_actor: r.target_actor, date: r.date,
    location: r.location, country: r.country ?? null, lat: r.lat ?? null, lon: r.lon ?? null, killed: r.killed,
    evidence: { article: r.article_id, start: r.ev_start, end: r.ev_end, text: r.evidence },
  }));
  const positionRows = await db.selectFrom('positions').innerJoin('articles', 'articles.id', 'positions.article_id')
    .select(['positions.article_id', 'articles.published', 'positions.idx', 'positions.holder', 'positions.stance', 'positions.issue',
      'positions.target', 'positions.condition', 'positions.ev_start', 'positions.ev_end', 'positions.evidence']).execute();
  const positions: PositionFact[] = positionRows.map((r) => ({
    article: r.article_id, published: r.published, idx: r.idx, holder: r.holder, stance: r.stance, issue: r.issue,
    target: r.target, condition: r.condition, evidence: { article: r.article_id, start: r.ev_start, end: r.ev_end, text: r.evidence },
  }));
  return { actors, events, positions };
}

export async function rebuildLedger(store: Store): Promise<Ledger> {
  return store.db.transaction().execute(async (trx) => {
    await lockWrites(trx, store.dialect);
    // Read inside the transaction: an article stored meanwhile marks the ledger stale after this.
    const ledger = buildLedger(await readFacts(trx));
    for (const table of ['ledger_actors', 'ledger_events', 'ledger_event_reports', 'ledger_stances'] as const) await trx.deleteFrom(table).execute();
    for (const part of chunks(ledger.actors)) await trx.insertInto('ledger_actors').values(part).execute();
    for (const part of chunks(ledger.events)) {
      await trx.insertInto('ledger_events').values(part.map((e) => ({
        ord: e.ord, id: e.id, type: e.type, mode: e.mode, status: e.status, date: e.date, location: e.location, country: e.country,
        lat: e.lat, lon: e.lon, actors: JSON.stringify(e.actors), actor1: e.actor1, actor2: e.actor2,
        fatalities_low: e.fatalities_low, fatalities_low_source: e.fatalities_low_source, fatalities_best: e.fatalities_best,
        fatalities_high: e.fatalities_high, fatalities_high_source: e.fatalities_high_source,
        sources: JSON.stringify(e.sources), source_count: e.source_count, evidence_article: e.evidence.article, evidence: e.evidence.text,
      }))).execute();
    }
    const reports = ledger.events.flatMap((e) => e.reports.map((r) => ({ event_id: e.id, article_id: r.article, idx: r.idx })));
    for (const part of chunks(reports)) await trx.insertInto('ledger_event_reports').values(part).execute();
    for (const part of chunks(ledger.stances)) {
      await trx.insertInto('ledger_stances').values(part.map((s) => ({
        ord: s.ord, holder: s.holder, issue: s.issue, seq: s.seq, stance: s.stance, target: s.target, condition: s.condition,
        first_seen: s.first_seen, last_seen: s.last_seen, articles: JSON.stringify(s.articles),
        first_article: s.first_evidence.article, first_evidence: s.first_evidence.text,
        last_article: s.last_evidence.article, last_evidence: s.last_evidence.text, changed: s.changed ? 1 : 0,
        previous_stance: s.previous_stance, previous_article: s.previous_evidence?.article ?? null, previous_evidence: s.previous_evidence?.text ?? null,
      }))).execute();
    }
    await markLedgerFresh(trx);
    return ledger;
  });
}
