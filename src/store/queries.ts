// The read side: one typed query a question, the same on both dialects. Rows come back in a
// stable order (the ledger's own `ord`, hex ids, ISO dates with unknown last), so that SQLite and
// PostgreSQL answer the same rows in the same order.
import { sql } from 'kysely';
import type { Store } from './open.js';
import type { LedgerActorTable } from './schema.js';
import { latestStances } from '../ledger/stance-history.js';
import { byCodePoint } from '../ledger/order.js';
import { applyCorrections } from '../ledger/corrections.js';
import { readCorrections } from './corrections.js';

export interface StanceRow {
  holder: string; issue: string; seq: number; stance: string; target: string | null; condition: string | null;
  first_seen: string | null; last_seen: string | null; articles: string[];
  first_article: string; first_evidence: string; last_article: string; last_evidence: string;
  changed: boolean; previous_stance: string | null; previous_article: string | null; previous_evidence: string | null;
}

export interface EventRow {
  id: string; type: string; mode: string | null; status: string; date: string | null; location: string | null;
  country: string | null; lat: number | null; lon: number | null; actors: string[]; actor1: string | null; actor2: string | null;
  fatalities_low: number | null; fatalities_low_source: string | null; fatalities_best: number | null;
  fatalities_high: number | null; fatalities_high_source: string | null;
  sources: string[]; source_count: number; evidence_article: string; evidence: string;
  /** Every article's report of the event: its event index, and the claim it rests on (null for the outlet's own assertion). */
  reports: { article: string; idx: number; claim: { source: string | null; hedge: string; cue: string | null } | null }[];
}

/** An actor by id, or by name (any case). */
export async function findActor(store: Store, name: string): Promise<LedgerActorTable | null> {
  const row = await store.db.selectFrom('ledger_actors').selectAll()
    .where((eb) => eb.or([eb('id', '=', name), eb(eb.fn('lower', ['name']), '=', name.toLowerCase())]))
    .orderBy('ord').executeTakeFirst();
  return row ?? null;
}

export async function queryActors(store: Store): Promise<LedgerActorTable[]> {
  return store.db.selectFrom('ledger_actors').selectAll().orderBy('ord').execute();
}

export async function queryStances(store: Store, f: { holder?: string; issue?: string; since?: string | null; history?: boolean }): Promise<StanceRow[]> {
  let q = store.db.selectFrom('ledger_stances').selectAll();
  if (f.holder) q = q.where('holder', '=', f.holder);
  if (f.issue) q = q.where('issue', '=', f.issue);
  const rows = (await q.orderBy('ord').execute()).map((r) => ({
    holder: r.holder, issue: r.issue, seq: r.seq, stance: r.stance, target: r.target, condition: r.condition,
    first_seen: r.first_seen, last_seen: r.last_seen, articles: JSON.parse(r.articles) as string[],
    first_article: r.first_article, first_evidence: r.first_evidence, last_article: r.last_article, last_evidence: r.last_evidence,
    changed: r.changed === 1, previous_stance: r.previous_stance, previous_article: r.previous_article, previous_evidence: r.previous_evidence,
  }));
  const picked = f.history ? rows : latestStances(rows);
  return f.since ? picked.filter((r) => r.last_seen !== null && r.last_seen >= f.since!) : picked;
}

export async function queryEvents(store: Store, f: { type?: string; actor?: string; country?: string; since?: string | null; until?: string | null }): Promise<EventRow[]> {
  let q = store.db.selectFrom('ledger_events').selectAll();
  if (f.type) q = q.where('type', '=', f.type.toUpperCase());
  if (f.country) q = q.where('country', '=', f.country.toUpperCase());
  if (f.actor) q = q.where('actors', 'like', `%${JSON.stringify(f.actor)}%`);
  if (f.since) q = q.where('date', '>=', f.since);
  if (f.until) q = q.where('date', '<=', f.until);
  const found = await q.orderBy('ord').execute();
  const rows = (f.actor ? found.filter((r) => (JSON.parse(r.actors) as string[]).includes(f.actor!)) : found);
  // LIKE above is only a coarse cut (its case rules differ between dialects): the exact test is the filter.
  const reports = new Map<string, EventRow['reports']>();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    const part = await store.db.selectFrom('ledger_event_reports as r')
      .innerJoin('events as e', (j) => j.onRef('e.article_id', '=', 'r.article_id').onRef('e.idx', '=', 'r.idx'))
      .leftJoin('claims as c', (j) => j.onRef('c.article_id', '=', 'e.article_id').onRef('c.idx', '=', 'e.claim_idx'))
      .select(['r.event_id', 'r.article_id', 'r.idx', 'c.source', 'c.hedge', 'c.cue'])
      .where('r.event_id', 'in', ids.slice(i, i + 500)).orderBy('r.article_id').orderBy('r.idx').execute();
    for (const p of part) {
      const claim = p.hedge === null ? null : { source: p.source, hedge: p.hedge, cue: p.cue };
      reports.set(p.event_id, [...(reports.get(p.event_id) ?? []), { article: p.article_id, idx: p.idx, claim }]);
    }
  }
  return rows.map(({ ord: _ord, ...r }) => ({
    ...r, actors: JSON.parse(r.actors) as string[], sources: JSON.parse(r.sources) as string[], reports: reports.get(r.id) ?? [],
  }));
}

export interface ClaimRow {
  article: string; published: string | null; idx: number; source: string | null; source_text: string | null;
  hedge: string; cue: string | null; via: string | null; evidence: string;
}

/** Attributed statements with the analysts' corrections laid over: a rejected claim is left out, a changed source or hedge shown. */
export async function queryClaims(store: Store, f: { source?: string } = {}): Promise<ClaimRow[]> {
  const rows = await store.db.selectFrom('claims').innerJoin('articles', 'articles.id', 'claims.article_id')
    .select(['claims.article_id as article', 'articles.published', 'claims.idx', 'claims.source', 'claims.source_text',
      'claims.hedge', 'claims.cue', 'claims.via', 'claims.evidence', 'claims.ev_start', 'claims.ev_end'])
    .orderBy('articles.published', (ob) => ob.asc().nullsLast()).orderBy('claims.article_id').orderBy('claims.idx').execute();
  const shaped = rows.map(({ ev_start, ev_end, ...c }) => ({ ...c, evidence: { start: ev_start, end: ev_end, text: c.evidence } }));
  const { facts } = applyCorrections('claim', shaped, await readCorrections(store.db));
  return facts.map((c) => ({ ...c, evidence: c.evidence.text }))
    .filter((c) => !f.source || c.source === f.source || c.via === f.source);
}

export interface ArticleRow {
  id: string; title: string | null; published: string | null; source: string; url: string | null;
  pipeline_version: string; actors: number; claims: number; positions: number; events: number; aliases: string[];
}

export async function queryArticles(store: Store, ids?: string[]): Promise<ArticleRow[]> {
  if (ids && ids.length === 0) return [];
  let q = store.db.selectFrom('articles').select(['id', 'title', 'published', 'source', 'url', 'pipeline_version',
    'actors_n', 'claims_n', 'positions_n', 'events_n']);
  if (ids) q = q.where('id', 'in', ids);
  const rows = await q.orderBy('published', (ob) => ob.asc().nullsLast()).orderBy('id').execute();
  let aq = store.db.selectFrom('article_sources').select(['article_id', 'source']).where('duplicate_of', '=', 1);
  if (ids) aq = aq.where('article_id', 'in', ids);
  const aliases = new Map<string, string[]>();
  for (const a of await aq.execute()) aliases.set(a.article_id, [...(aliases.get(a.article_id) ?? []), a.source]);
  // Sources are paths and URLs: ordered by code point here, as a database collation would not be the same on both.
  for (const list of aliases.values()) list.sort(byCodePoint);
  return rows.map((r) => ({
    id: r.id, title: r.title, published: r.published, source: r.source, url: r.url, pipeline_version: r.pipeline_version,
    actors: r.actors_n, claims: r.claims_n, positions: r.positions_n, events: r.events_n, aliases: aliases.get(r.id) ?? [],
  }));
}

/** The words of a search, as both full-text engines split them. */
export const searchWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Ids of the articles holding every word: FTS5 on SQLite, to_tsvector('simple') on PostgreSQL. */
export async function searchArticles(store: Store, text: string): Promise<string[]> {
  const words = searchWords(text);
  if (words.length === 0) return [];
  if (store.dialect === 'sqlite') {
    const match = words.map((w) => `"${w}"`).join(' ');
    const { rows } = await sql<{ article_id: string }>`select article_id from article_fts where article_fts match ${match}`.execute(store.db);
    return rows.map((r) => r.article_id);
  }
  const { rows } = await sql<{ id: string }>`select id from articles
    where to_tsvector('simple', coalesce(title, '') || ' ' || text) @@ plainto_tsquery('simple', ${words.join(' ')})`.execute(store.db);
  return rows.map((r) => r.id);
}

export interface FactHit { kind: 'claim' | 'position' | 'event'; article: string; idx: number; summary: string; evidence: string }

/** The facts of those articles whose evidence holds every word of the search. */
export async function searchFacts(store: Store, ids: string[], text: string): Promise<FactHit[]> {
  if (ids.length === 0) return [];
  const words = searchWords(text);
  const holds = (evidence: string) => { const have = new Set(searchWords(evidence)); return words.every((w) => have.has(w)); };
  const db = store.db;
  const [claims, positions, events] = await Promise.all([
    db.selectFrom('claims').select(['article_id', 'idx', 'source', 'hedge', 'evidence']).where('article_id', 'in', ids).execute(),
    db.selectFrom('positions').select(['article_id', 'idx', 'holder', 'stance', 'issue', 'evidence']).where('article_id', 'in', ids).execute(),
    db.selectFrom('events').select(['article_id', 'idx', 'type', 'status', 'date', 'evidence']).where('article_id', 'in', ids).execute(),
  ]);
  const hits: FactHit[] = [
    ...claims.map((c) => ({ kind: 'claim' as const, article: c.article_id, idx: c.idx, summary: `${c.source ?? '?'} (${c.hedge})`, evidence: c.evidence })),
    ...positions.map((p) => ({ kind: 'position' as const, article: p.article_id, idx: p.idx, summary: `${p.holder} ${p.stance} ${p.issue}`, evidence: p.evidence })),
    ...events.map((e) => ({ kind: 'event' as const, article: e.article_id, idx: e.idx, summary: `${e.type} ${e.status}${e.date ? ` ${e.date}` : ''}`, evidence: e.evidence })),
  ].filter((h) => holds(h.evidence));
  const order = new Map(ids.map((id, i) => [id, i]));
  const kinds = { claim: 0, position: 1, event: 2 };
  return hits.sort((a, b) => order.get(a.article)! - order.get(b.article)! || kinds[a.kind] - kinds[b.kind] || a.idx - b.idx);
}
