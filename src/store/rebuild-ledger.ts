// The ledger tables are derived: the facts of every stored article go through the pure merge
// rules (src/ledger/) and the result replaces the ledger rows, in one transaction. Any command
// that reads the ledger first brings it up to date, so an ingest killed before its rebuild
// leaves a ledger that the next command completes.
//
// Memory: a rebuild runs at the end of every ingest, over the whole store, so what it holds is
// what a large batch costs (it took an ingest of 10,400 articles from 240 to 783 MB). It works
// one kind of fact at a time and lets each go before the next; it reads the facts in pages
// without their evidence text (fetched again for each written chunk of ledger rows), shares one
// string for each repeated value (article ids, dates, types, actor ids), and folds actors into
// one tally each as it reads them instead of keeping one object per article and actor.
// The merge rules themselves (events, stance histories) still see every fact of their kind:
// `ledgerMemoryStats` counts what the last rebuild held at once, for a test that it is bounded.
import { sql, type SqlBool, type Transaction } from 'kysely';
import type { Store } from './open.js';
import type { Database } from './schema.js';
import type { EventFact, PositionFact, LedgerEvent, LedgerStance } from '../ledger/types.js';
import type { EventStatus } from '../doc/model.js';
import { clusterEvents, eventDate, ledgerEvent } from '../ledger/same-event.js';
import { stanceHistory } from '../ledger/stance-history.js';
import { chunks } from './chunks.js';
import { ledgerIsStale, markLedgerFresh } from './state.js';
import { readCorrections } from './corrections.js';
import { applyCorrections, factKey, type Correction } from '../ledger/corrections.js';
import { byCodePoint, byNullableDate } from '../ledger/order.js';
import { lockWrites } from './write-lock.js';


/** How many rows of each kind the rebuild wrote. */
export interface LedgerCounts {
  actors: number;
  events: number;
  stances: number;
}

/** Rows read from a fact table at once (a test makes it small, so that paging is exercised on a few articles). */
export const ledgerPaging = { rows: 2000 };
/** Ledger rows written at once. */
const CHUNK = 200;

/**
 * The most a rebuild held at once (since the counters were last reset): fact rows of one page,
 * facts of one kind (events, then positions), actor tallies, evidence texts read back for one
 * chunk. Facts and tallies grow with the store (the merge rules see every fact of their kind);
 * the pages and the evidence texts do not (test/ledger-memory.test.ts).
 */
export const ledgerMemoryStats = { maxPage: 0, maxFacts: 0, maxActorTallies: 0, maxEvidenceFetched: 0 };

export async function ensureLedger(store: Store): Promise<void> {
  if (await ledgerIsStale(store.db)) await rebuildLedger(store);
}

export async function rebuildLedger(store: Store): Promise<LedgerCounts> {
  return store.db.transaction().execute(async (trx) => {
    await lockWrites(trx, store.dialect);
    // Read inside the transaction: an article stored meanwhile marks the ledger stale after this.
    for (const table of ['ledger_actors', 'ledger_events', 'ledger_event_reports', 'ledger_stances'] as const) await trx.deleteFrom(table).execute();
    const corrections = await readCorrections(trx);
    const actors = await writeActors(trx);
    const events = await writeEvents(trx, corrections);
    const stances = await writeStances(trx, corrections);
    await markLedgerFresh(trx);
    return { actors, events, stances };
  });
}

/** One string for each distinct value read (SQLite and pg make a new string a row). */
function interner(): <T extends string | null>(s: T) => T {
  const seen = new Map<string, string>();
  return <T extends string | null>(s: T): T => {
    if (s === null) return s;
    const known = seen.get(s);
    if (known !== undefined) return known as T;
    seen.set(s, s);
    return s;
  };
}

const note = (key: keyof typeof ledgerMemoryStats, n: number) => { ledgerMemoryStats[key] = Math.max(ledgerMemoryStats[key], n); };

/** Pages of a fact table in (article_id, idx) order (its key), each after the last row of the one before. */
async function eachPage<R extends { article_id: string; idx: number }>(
  read: (after: { article: string; idx: number } | null) => Promise<R[]>,
  use: (rows: R[]) => void,
): Promise<void> {
  let after: { article: string; idx: number } | null = null;
  for (;;) {
    const rows = await read(after);
    note('maxPage', rows.length);
    use(rows);
    if (rows.length < ledgerPaging.rows) return;
    const last = rows[rows.length - 1];
    after = { article: last.article_id, idx: last.idx };
  }
}

// --- actors ------------------------------------------------------------------------------

/** One actor's facts folded as they come: each value with how often it was given and its first article. */
interface Tally {
  names: Counted[];
  kinds: Counted[];
  countries: Counted[];
  roles: Counted[];
  articles: number;
  mentions: number;
}
interface Counted { value: string; n: number; first: string }

function count(list: Counted[], value: string | null, article: string): void {
  if (value === null) return;
  const c = list.find((x) => x.value === value);
  if (!c) list.push({ value, n: 1, first: article });
  else { c.n++; if (byCodePoint(article, c.first) < 0) c.first = article; }
}

/**
 * The value given most often, a tie going to the one given first in article order: what
 * mostCommon gives over the facts sorted by article (ledger/same-actor.ts).
 */
function mostGiven(list: Counted[]): string | null {
  let best: Counted | null = null;
  for (const c of list) if (!best || c.n > best.n || (c.n === best.n && byCodePoint(c.first, best.first) < 0)) best = c;
  return best?.value ?? null;
}

/** mergeActors (ledger/same-actor.ts), folded as the rows are read. */
async function writeActors(trx: Transaction<Database>): Promise<number> {
  const tallies = new Map<string, Tally>();
  const intern = interner();
  let after: { article: string; id: string } | null = null;
  for (;;) {
    let q = trx.selectFrom('article_actors').select(['article_id', 'actor_id', 'name', 'kind', 'country', 'role', 'mentions']);
    if (after) q = q.where(sql<SqlBool>`(article_id, actor_id) > (${after.article}, ${after.id})`);
    const rows = await q.orderBy('article_id').orderBy('actor_id').limit(ledgerPaging.rows).execute();
    note('maxPage', rows.length);
    for (const r of rows) {
      const article = intern(r.article_id);
      let t = tallies.get(r.actor_id);
      if (!t) tallies.set(intern(r.actor_id), t = { names: [], kinds: [], countries: [], roles: [], articles: 0, mentions: 0 });
      count(t.names, intern(r.name), article);
      count(t.kinds, intern(r.kind), article);
      count(t.countries, intern(r.country), article);
      count(t.roles, intern(r.role), article);
      t.articles++; // (article_id, actor_id) is the table's key: one row an article
      t.mentions += r.mentions;
    }
    if (rows.length < ledgerPaging.rows) break;
    const last = rows[rows.length - 1];
    after = { article: last.article_id, id: last.actor_id };
  }
  note('maxActorTallies', tallies.size);
  const ids = [...tallies.keys()].sort(byCodePoint);
  let ord = 0;
  for (const part of chunks(ids)) {
    await trx.insertInto('ledger_actors').values(part.map((id) => {
      const t = tallies.get(id)!;
      return {
        ord: ord++, id, name: mostGiven(t.names)!, kind: mostGiven(t.kinds)!,
        country: mostGiven(t.countries), role: mostGiven(t.roles), article_count: t.articles, mention_count: t.mentions,
      };
    })).execute();
  }
  return ids.length;
}

// --- events ------------------------------------------------------------------------------

/** The event facts with the corrections laid over them, their evidence without its text. */
async function readEventFacts(trx: Transaction<Database>, corrections: Correction[]) {
  const facts: EventFact[] = [];
  const intern = interner();
  await eachPage((after) => {
    let q = trx.selectFrom('events').innerJoin('articles', 'articles.id', 'events.article_id')
      .leftJoin('locations', (j) => j.onRef('locations.article_id', '=', 'events.article_id').onRef('locations.name', '=', 'events.location'))
      .select(['events.article_id', 'articles.published', 'events.idx', 'events.type', 'events.mode', 'events.status', 'events.actors',
        'events.source_actor', 'events.target_actor', 'events.date', 'events.location', 'locations.country', 'locations.lat', 'locations.lon',
        'events.killed', 'events.ev_start', 'events.ev_end']);
    if (after) q = q.where(sql<SqlBool>`(events.article_id, events.idx) > (${after.article}, ${after.idx})`);
    return q.orderBy('events.article_id').orderBy('events.idx').limit(ledgerPaging.rows).execute();
  }, (rows) => {
    for (const r of rows) {
      const article = intern(r.article_id);
      facts.push({
        article, published: intern(r.published), idx: r.idx, type: intern(r.type), mode: intern(r.mode), status: intern(r.status) as EventStatus,
        actors: (JSON.parse(r.actors) as string[]).map(intern), source_actor: intern(r.source_actor), target_actor: intern(r.target_actor),
        date: intern(r.date), location: intern(r.location), country: intern(r.country ?? null), lat: r.lat ?? null, lon: r.lon ?? null,
        killed: r.killed, evidence: { article, start: r.ev_start, end: r.ev_end, text: '' },
      });
    }
  });
  note('maxFacts', facts.length);
  const corrected = applyCorrections('event', facts, corrections);
  return { facts: corrected.facts, correctedEvents: new Set(corrected.byFact.keys()) };
}

/** What a chunk of ledger rows needs of the facts it names: their evidence text and the rest of their row, by article and index. */
async function eventRows(trx: Transaction<Database>, keys: { article: string; idx: number }[]) {
  const out = new Map<string, { published: string | null; killed: number | null; ev_start: number; ev_end: number; evidence: string }>();
  const unique = [...new Map(keys.map((k) => [factKey(k.article, k.idx), k])).values()];
  for (const part of chunks(unique, 100)) {
    const rows = await trx.selectFrom('events').innerJoin('articles', 'articles.id', 'events.article_id')
      .select(['events.article_id', 'events.idx', 'articles.published', 'events.killed', 'events.ev_start', 'events.ev_end', 'events.evidence'])
      .where((eb) => eb.or(part.map((k) => eb.and([eb('events.article_id', '=', k.article), eb('events.idx', '=', k.idx)])))).execute();
    for (const r of rows) out.set(factKey(r.article_id, r.idx), r);
  }
  note('maxEvidenceFetched', out.size);
  return out;
}

/**
 * mergeEvents over every event fact, its events built and written a chunk at a time (with the
 * evidence read back for that chunk): all at once they took 150 MB over 10,400 articles.
 */
async function writeEvents(trx: Transaction<Database>, corrections: Correction[]): Promise<number> {
  const { facts, correctedEvents } = await readEventFacts(trx, corrections);
  const clusters = clusterEvents(facts);
  facts.length = 0;
  // The timeline's order: dated events by date, then the undated, ties by the rules' own order.
  const dates = clusters.map(eventDate);
  const byTimeline = Int32Array.from(clusters.keys()).sort((a, b) => byNullableDate(dates[a], dates[b]) || a - b);
  const tl = new Int32Array(clusters.length);
  byTimeline.forEach((e, i) => { tl[e] = i; });
  const reportCorrected = (e: LedgerEvent) => e.reports.some((r) => correctedEvents.has(factKey(r.article, r.idx)));
  for (let from = 0; from < clusters.length; from += CHUNK) {
    const part = clusters.slice(from, from + CHUNK).map((reports, i) => ledgerEvent(reports, from + i));
    const rows = await eventRows(trx, part.flatMap((e) => e.reports));
    const at = (r: { article: string; idx: number }) => rows.get(factKey(r.article, r.idx))!;
    await trx.insertInto('ledger_events').values(part.map((e) => ({
      ord: e.ord, id: e.id, type: e.type, mode: e.mode, status: e.status, date: e.date, location: e.location, country: e.country,
      lat: e.lat, lon: e.lon, actors: JSON.stringify(e.actors), actor1: e.actor1, actor2: e.actor2,
      fatalities_low: e.fatalities_low, fatalities_low_source: e.fatalities_low_source, fatalities_best: e.fatalities_best,
      fatalities_high: e.fatalities_high, fatalities_high_source: e.fatalities_high_source,
      sources: JSON.stringify(e.sources), source_count: e.source_count, evidence_article: e.evidence.article,
      // The event's evidence is its first report's (ledger/same-event.ts).
      evidence: at(e.reports[0]).evidence,
      tl: tl[e.ord], corrected: reportCorrected(e) ? 1 : 0,
    }))).execute();
    const reports = part.flatMap((e) => e.reports.map((r) => {
      const f = at(r);
      return {
        event_id: e.id, article_id: r.article, idx: r.idx, published: f.published, killed: f.killed,
        ev_start: f.ev_start, ev_end: f.ev_end, evidence: f.evidence,
        corrected: correctedEvents.has(factKey(r.article, r.idx)) ? 1 : 0,
      };
    }));
    for (const piece of chunks(reports)) await trx.insertInto('ledger_event_reports').values(piece).execute();
  }
  return clusters.length;
}

// --- stances -----------------------------------------------------------------------------

type HedgedFact = PositionFact & { hedge: string };
const cell = (s: { holder: string; issue: string }) => `${s.holder}\u0000${s.issue}`;
const spanOf = (e: { article: string; start: number; end: number }) => `${e.article}\u0000${e.start}\u0000${e.end}`;

/** stanceHistory over every position fact; the rows written a chunk at a time, with the evidence read back for that chunk. */
async function writeStances(trx: Transaction<Database>, corrections: Correction[]): Promise<number> {
  let stances: LedgerStance[];
  const correctedCells = new Set<string>();
  // The hedge of each entry's last statement (the claim it rests on), for the matrix cell it shows.
  const hedgeOf = new Map<string, string>();
  const hedgeKey = (s: { holder: string; issue: string; stance: string }, e: { article: string; start: number; end: number }) => `${cell(s)}\u0000${s.stance}\u0000${spanOf(e)}`;
  {
    const facts: HedgedFact[] = [];
    const intern = interner();
    await eachPage((after) => {
      let q = trx.selectFrom('positions').innerJoin('articles', 'articles.id', 'positions.article_id')
        .leftJoin('claims', (j) => j.onRef('claims.article_id', '=', 'positions.article_id').onRef('claims.idx', '=', 'positions.claim_idx'))
        .select(['positions.article_id', 'articles.published', 'positions.idx', 'positions.holder', 'positions.stance', 'positions.issue',
          'positions.target', 'positions.condition', 'positions.ev_start', 'positions.ev_end', 'claims.hedge']);
      if (after) q = q.where(sql<SqlBool>`(positions.article_id, positions.idx) > (${after.article}, ${after.idx})`);
      return q.orderBy('positions.article_id').orderBy('positions.idx').limit(ledgerPaging.rows).execute();
    }, (rows) => {
      for (const r of rows) {
        const article = intern(r.article_id);
        facts.push({
          article, published: intern(r.published), idx: r.idx, holder: intern(r.holder), stance: intern(r.stance), issue: intern(r.issue),
          target: intern(r.target), condition: intern(r.condition), evidence: { article, start: r.ev_start, end: r.ev_end, text: '' },
          hedge: intern(r.hedge ?? 'asserted'),
        });
      }
    });
    note('maxFacts', facts.length);
    const corrected = applyCorrections('position', facts, corrections);
    // A cell is marked corrected when a statement was moved into it, out of it or changed in it.
    if (corrected.byFact.size) {
      for (const p of facts) {
        const list = corrected.byFact.get(factKey(p.article, p.idx));
        if (!list) continue;
        correctedCells.add(cell(p));
        for (const c of list) correctedCells.add(cell({ holder: c.changes.holder ?? p.holder, issue: c.changes.issue ?? p.issue }));
      }
    }
    stances = stanceHistory(corrected.facts);
    for (const s of stances) hedgeOf.set(hedgeKey(s, s.last_evidence), 'asserted');
    // The last statement of the same cell, stance and sentence gives it (as the facts come, in article and index order).
    for (const p of corrected.facts) {
      const key = hedgeKey(p, p.evidence);
      if (hedgeOf.has(key)) hedgeOf.set(key, p.hedge);
    }
  }
  const history = new Map<string, number>();
  for (const s of stances) history.set(cell(s), (history.get(cell(s)) ?? 0) + 1);
  for (const part of chunks(stances, CHUNK)) {
    const texts = await positionTexts(trx, part.flatMap((s) => (s.previous_evidence ? [s.first_evidence, s.last_evidence, s.previous_evidence] : [s.first_evidence, s.last_evidence])));
    const text = (e: { article: string; start: number; end: number }) => texts.get(spanOf(e))!;
    await trx.insertInto('ledger_stances').values(part.map((s) => ({
      ord: s.ord, holder: s.holder, issue: s.issue, seq: s.seq, stance: s.stance, target: s.target, condition: s.condition,
      first_seen: s.first_seen, last_seen: s.last_seen, articles: JSON.stringify(s.articles),
      first_article: s.first_evidence.article, first_evidence: text(s.first_evidence),
      last_article: s.last_evidence.article, last_evidence: text(s.last_evidence), changed: s.changed ? 1 : 0,
      previous_stance: s.previous_stance, previous_article: s.previous_evidence?.article ?? null,
      previous_evidence: s.previous_evidence ? text(s.previous_evidence) : null,
      latest: isLatest(stances, s) ? 1 : 0, history: history.get(cell(s))!,
      hedge: hedgeOf.get(hedgeKey(s, s.last_evidence)) ?? 'asserted',
      last_start: s.last_evidence.start, last_end: s.last_evidence.end, corrected: correctedCells.has(cell(s)) ? 1 : 0,
    }))).execute();
  }
  return stances.length;
}

/** The evidence text of statements, by article and offsets (a sentence's text is the same for every statement of it). */
async function positionTexts(trx: Transaction<Database>, spans: { article: string; start: number; end: number }[]) {
  const out = new Map<string, string>();
  const unique = [...new Map(spans.map((e) => [spanOf(e), e])).values()];
  for (const part of chunks(unique, 100)) {
    const rows = await trx.selectFrom('positions').select(['article_id', 'ev_start', 'ev_end', 'evidence'])
      .where((eb) => eb.or(part.map((e) => eb.and([eb('article_id', '=', e.article), eb('ev_start', '=', e.start), eb('ev_end', '=', e.end)])))).execute();
    for (const r of rows) out.set(spanOf({ article: r.article_id, start: r.ev_start, end: r.ev_end }), r.evidence);
  }
  note('maxEvidenceFetched', out.size);
  return out;
}

/** The stances come grouped by cell in seq order: the last of its cell is the one shown. */
function isLatest(stances: LedgerStance[], s: LedgerStance): boolean {
  const next = stances[s.ord + 1];
  return !next || next.holder !== s.holder || next.issue !== s.issue;
}

