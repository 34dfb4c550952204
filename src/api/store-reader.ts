// The API's reads over the ledger store (both dialects, one typed Kysely query layer).
// Each read is a few indexed queries; grouping and picking the latest stance happen here in
// plain code so that SQLite and PostgreSQL give the same rows in the same order.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/open.js';
import { searchArticles } from '../store/queries.js';
import type { CorrectionRow } from './correct-input.js';
import type {
  ActorRow, ArticleDetail, ArticleFactRow, ArticleSummary, CellHistory, ClaimFilter, ClaimRow, EventFilter,
  EventReport, EventRow, LedgerReader,  Matrix, MatrixCell, Network, NetworkEdge, Page, Place, PositionRow, SearchHit, StanceRow,
} from './reader.js';
import { eventEdgeKind, latestStances, searchTerms, snippetOf } from './read-helpers.js';
import { readCorrections } from '../store/corrections.js';
import { showCorrected, type FactKind } from '../ledger/corrections.js';
import { listCorrections } from './correct-input.js';

type Db = Kysely<Database>;
type EvidenceRefLike = { start: number; end: number };

// One collator for every sort: the same order as String.prototype.localeCompare, without building
// a collator on each of the many thousand comparisons a matrix sort makes.
const compare = new Intl.Collator().compare;

const summaryColumns = ['id', 'title', 'published', 'url', 'source', 'actors_n', 'claims_n', 'positions_n', 'events_n'] as const;

function ev(article: string, start: number, end: number, text: string) {
  return { article, start, end, text };
}

function list(json: string): string[] {
  const v = JSON.parse(json) as unknown;
  return Array.isArray(v) ? v.map(String) : [];
}

export class StoreReader implements LedgerReader {
  private readonly db: Db;

  constructor(private readonly store: Store) {
    this.db = store.db;
  }

  async articles(limit: number, offset: number): Promise<Page<ArticleSummary>> {
    const { n } = await this.db.selectFrom('articles').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const items = await this.db.selectFrom('articles').select(summaryColumns)
      .orderBy(sql`coalesce(published, '')`, 'desc').orderBy('id').limit(limit).offset(offset).execute();
    return { total: Number(n), limit, offset, items };
  }

  async article(id: string): Promise<ArticleDetail | null> {
    const a = await this.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
    if (!a) return null;
    const [aliases, actors, claims, positions, events] = await Promise.all([
      this.db.selectFrom('article_sources').select(['source', 'url']).where('article_id', '=', id).orderBy('source').execute(),
      this.db.selectFrom('article_actors').select(['actor_id as id', 'name', 'kind', 'country', 'role', 'mentions'])
        .where('article_id', '=', id).orderBy('mentions', 'desc').orderBy('actor_id').execute(),
      this.claimRows((q) => q.where('claims.article_id', '=', id)),
      this.positionRows((q) => q.where('positions.article_id', '=', id)),
      this.articleEvents([id]),
    ]);
    const { signature: _s, title_line, ...rest } = a;
    return { ...rest, title_line: title_line === 1, aliases, actors, claims, positions, events };
  }

  async actors(limit: number, offset: number, kind?: string): Promise<Page<ActorRow>> {
    let q = this.db.selectFrom('ledger_actors');
    if (kind) q = q.where('kind', '=', kind);
    const { n } = await q.select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const items = await q.select(['id', 'name', 'kind', 'country', 'role', 'article_count', 'mention_count'])
      .orderBy('article_count', 'desc').orderBy('ord').limit(limit).offset(offset).execute();
    return { total: Number(n), limit, offset, items };
  }

  async actor(id: string): Promise<ActorRow | null> {
    return (await this.db.selectFrom('ledger_actors').select(['id', 'name', 'kind', 'country', 'role', 'article_count', 'mention_count'])
      .where('id', '=', id).executeTakeFirst()) ?? null;
  }

  private async actorsById(ids: string[]): Promise<Map<string, ActorRow>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('ledger_actors').select(['id', 'name', 'kind', 'country', 'role', 'article_count', 'mention_count'])
      .where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async stanceRows(filter: { holder?: string; issue?: string }): Promise<StanceRow[]> {
    let q = this.db.selectFrom('ledger_stances')
      .select(['holder', 'issue', 'seq', 'stance', 'target', 'condition', 'first_seen', 'last_seen', 'articles', 'changed', 'previous_stance']);
    if (filter.holder) q = q.where('holder', '=', filter.holder);
    if (filter.issue) q = q.where('issue', '=', filter.issue);
    const rows = await q.orderBy('holder').orderBy('issue').orderBy('seq').execute();
    return rows.map((r) => ({ ...r, articles: list(r.articles), changed: r.changed === 1 }));
  }

  private positionRows(where: (q: any) => any): Promise<PositionRow[]> {
    let q = this.db.selectFrom('positions')
      .innerJoin('articles', 'articles.id', 'positions.article_id')
      .leftJoin('claims', (j) => j.onRef('claims.article_id', '=', 'positions.article_id').onRef('claims.idx', '=', 'positions.claim_idx'))
      .select(['positions.article_id', 'positions.idx', 'articles.published', 'positions.holder', 'positions.stance', 'positions.issue',
        'positions.target', 'positions.condition', 'positions.claim_idx', 'claims.hedge', 'positions.ev_start', 'positions.ev_end', 'positions.evidence']);
    q = where(q);
    return q.orderBy(sql`coalesce(articles.published, '')`).orderBy('positions.article_id').orderBy('positions.idx').execute()
      .then((rows: any[]) => this.corrected('position', rows.map((r) => ({
        article: r.article_id, idx: r.idx, published: r.published, holder: r.holder, stance: r.stance, issue: r.issue,
        target: r.target, condition: r.condition, claim: r.claim_idx, hedge: r.hedge ?? 'asserted',
        evidence: ev(r.article_id, r.ev_start, r.ev_end, r.evidence),
      }))));
  }

  /** Facts as a reader sees them: the analysts' corrections laid over, each corrected fact marked (a rejected one stays, marked). */
  private async corrected<F extends { article: string; idx: number; evidence: EvidenceRefLike }>(kind: FactKind, facts: F[]): Promise<(F & { correction: PositionRow['correction'] })[]> {
    if (facts.length === 0) return [];
    const articles = [...new Set(facts.map((f) => f.article))];
    // Corrections are few: read them all when the facts span many articles.
    const corrections = (await readCorrections(this.db, articles.length > 200 ? undefined : articles)).filter((c) => c.kind === kind);
    return corrections.length ? showCorrected(kind, facts, corrections) : facts.map((f) => ({ ...f, correction: null }));
  }

  private claimRows(where: (q: any) => any, limit?: number, offset?: number): Promise<ClaimRow[]> {
    let q = this.db.selectFrom('claims').innerJoin('articles', 'articles.id', 'claims.article_id')
      .select(['claims.article_id', 'claims.idx', 'claims.source', 'claims.source_text', 'claims.hedge', 'claims.cue', 'claims.via',
        'claims.ev_start', 'claims.ev_end', 'claims.evidence']);
    q = where(q).orderBy(sql`coalesce(articles.published, '')`).orderBy('claims.article_id').orderBy('claims.idx');
    if (limit !== undefined) q = q.limit(limit).offset(offset ?? 0);
    return q.execute().then((rows: any[]) => this.corrected('claim', rows.map((r) => ({
      article: r.article_id, idx: r.idx, source: r.source, source_text: r.source_text, hedge: r.hedge, cue: r.cue, via: r.via,
      evidence: ev(r.article_id, r.ev_start, r.ev_end, r.evidence),
    }))));
  }

  private async articleEvents(articleIds: string[]): Promise<ArticleFactRow[]> {
    if (articleIds.length === 0) return [];
    const rows = await this.db.selectFrom('events')
      .leftJoin('ledger_event_reports as r', (j) => j.onRef('r.article_id', '=', 'events.article_id').onRef('r.idx', '=', 'events.idx'))
      .select(['events.article_id', 'events.idx', 'events.type', 'events.status', 'events.date', 'events.location', 'r.event_id',
        'events.claim_idx', 'events.ev_start', 'events.ev_end', 'events.evidence'])
      .where('events.article_id', 'in', articleIds).orderBy('events.article_id').orderBy('events.idx').execute();
    return this.corrected('event', rows.map((r) => ({
      article: r.article_id, idx: r.idx, type: r.type, status: r.status, date: r.date, location: r.location,
      event: r.event_id ?? null, claim: r.claim_idx, evidence: ev(r.article_id, r.ev_start, r.ev_end, r.evidence),
    })));
  }

  async matrix(filter: { actor?: string; issue?: string; since?: string }): Promise<Matrix> {
    // One indexed read: the rebuild keeps each cell's last entry marked, with its hedge, history
    // length and the offsets of its last statement (store/rebuild-ledger.ts).
    let q = this.db.selectFrom('ledger_stances')
      .select(['holder', 'issue', 'seq', 'stance', 'target', 'condition', 'first_seen', 'last_seen', 'articles', 'changed', 'previous_stance',
        'hedge', 'history', 'last_article', 'last_start', 'last_end', 'last_evidence', 'corrected'])
      .where('latest', '=', 1);
    if (filter.actor) q = q.where('holder', '=', filter.actor);
    if (filter.issue) q = q.where('issue', '=', filter.issue);
    if (filter.since) q = q.where('last_seen', '>=', filter.since);
    const rows = await q.execute();
    const cells: MatrixCell[] = rows.map((r) => ({
      holder: r.holder, issue: r.issue, seq: r.seq, stance: r.stance, target: r.target, condition: r.condition,
      first_seen: r.first_seen, last_seen: r.last_seen, articles: list(r.articles), changed: r.changed === 1, previous_stance: r.previous_stance,
      hedge: r.hedge, history: r.history, evidence: ev(r.last_article, r.last_start, r.last_end, r.last_evidence), corrected: r.corrected === 1,
    })).sort((a, b) => compare(a.holder, b.holder) || compare(a.issue, b.issue));
    const byHolder = new Map<string, number>();
    const byIssue = new Map<string, number>();
    for (const c of cells) {
      byHolder.set(c.holder, (byHolder.get(c.holder) ?? 0) + 1);
      byIssue.set(c.issue, (byIssue.get(c.issue) ?? 0) + 1);
    }
    const actors = await this.actorsById([...byHolder.keys()]);
    const holders = [...byHolder.keys()]
      .map((id) => actors.get(id) ?? { id, name: id, kind: 'unknown', country: null, role: null, article_count: 0, mention_count: 0 })
      .sort((a, b) => (byHolder.get(b.id)! - byHolder.get(a.id)!) || b.article_count - a.article_count || compare(a.id, b.id));
    const issues = [...byIssue.keys()].sort((a, b) => (byIssue.get(b)! - byIssue.get(a)!) || compare(a, b));
    return { holders, issues, cells };
  }

  async cellHistory(holder: string, issue: string): Promise<CellHistory> {
    // The cell's statements as extracted, and those an analyst moved into it (another holder or issue before).
    const movedIn = (await readCorrections(this.db)).filter((c) => c.kind === 'position' && (c.changes.holder === holder || c.changes.issue === issue));
    const [actor, stances, extracted, moved] = await Promise.all([
      this.actor(holder),
      this.stanceRows({ holder, issue }),
      this.positionRows((q) => q.where('positions.holder', '=', holder).where('positions.issue', '=', issue)),
      movedIn.length ? this.positionRows((q) => q.where('positions.article_id', 'in', [...new Set(movedIn.map((c) => c.article))])) : [],
    ]);
    const seen = new Set<string>();
    const statements = [...extracted, ...moved]
      .filter((s) => s.holder === holder && s.issue === issue && !seen.has(`${s.article}:${s.idx}`) && seen.add(`${s.article}:${s.idx}`))
      .sort((a, b) => compare(a.published ?? '', b.published ?? '') || (a.article < b.article ? -1 : a.article > b.article ? 1 : a.idx - b.idx));
    const titles = new Map((statements.length ? await this.db.selectFrom('articles').select(['id', 'title'])
      .where('id', 'in', [...new Set(statements.map((s) => s.article))]).execute() : []).map((r) => [r.id, r.title]));
    return { holder: actor, issue, stances, statements: statements.map((s) => ({ ...s, title: titles.get(s.article) ?? null })) };
  }

  private eventQuery(filter: EventFilter) {
    let q = this.db.selectFrom('ledger_events');
    if (filter.type) q = q.where('type', '=', filter.type);
    if (filter.country) q = q.where('country', '=', filter.country);
    if (filter.location) q = q.where('location', '=', filter.location);
    if (filter.since) q = q.where('date', '>=', filter.since);
    if (filter.until) q = q.where('date', '<=', filter.until);
    if (filter.located) q = q.where('lat', 'is not', null).where('lon', 'is not', null);
    if (filter.actor) q = q.where('actors', 'like', `%${JSON.stringify(filter.actor)}%`);
    return q;
  }

  async events(filter: EventFilter): Promise<Page<EventRow>> {
    const { n } = await this.eventQuery(filter).select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    // tl is the timeline's order (dated by date, then undated), kept by the rebuild: a page is an index range.
    const rows = await this.eventQuery(filter).selectAll().orderBy('tl').limit(filter.limit).offset(filter.offset).execute();
    return { total: Number(n), limit: filter.limit, offset: filter.offset, items: await this.withReports(rows) };
  }

  async event(id: string): Promise<EventRow | null> {
    const rows = await this.db.selectFrom('ledger_events').selectAll().where('id', '=', id).execute();
    return (await this.withReports(rows))[0] ?? null;
  }

  private async withReports(rows: Database['ledger_events'][]): Promise<EventRow[]> {
    if (rows.length === 0) return [];
    // Each report's date, casualties and evidence are copied into ledger_event_reports at rebuild: one table read.
    const reports = await this.db.selectFrom('ledger_event_reports as r')
      .select(['r.event_id', 'r.article_id', 'r.idx', 'r.published', 'r.killed', 'r.ev_start', 'r.ev_end', 'r.evidence'])
      .where('r.event_id', 'in', rows.map((r) => r.id))
      .orderBy(sql`coalesce(r.published, '')`).orderBy('r.article_id').orderBy('r.idx').execute();
    const byEvent = new Map<string, EventReport[]>();
    for (const r of reports) {
      const list = byEvent.get(r.event_id) ?? [];
      list.push({ article: r.article_id, idx: r.idx, published: r.published, killed: r.killed, evidence: ev(r.article_id, r.ev_start, r.ev_end, r.evidence) });
      byEvent.set(r.event_id, list);
    }
    return rows.map((r) => ({
      id: r.id, type: r.type, mode: r.mode, status: r.status, date: r.date, location: r.location, country: r.country,
      lat: r.lat, lon: r.lon, actors: list(r.actors), actor1: r.actor1, actor2: r.actor2,
      fatalities_low: r.fatalities_low, fatalities_best: r.fatalities_best, fatalities_high: r.fatalities_high,
      source_count: r.source_count, corrected: r.corrected === 1, reports: byEvent.get(r.id) ?? [],
    }));
  }

  async claims(filter: ClaimFilter): Promise<Page<ClaimRow>> {
    const where = (q: any) => {
      let r = q;
      if (filter.source) r = r.where('claims.source', '=', filter.source);
      if (filter.hedge) r = r.where('claims.hedge', '=', filter.hedge);
      if (filter.article) r = r.where('claims.article_id', '=', filter.article);
      return r;
    };
    const { n } = await where(this.db.selectFrom('claims').innerJoin('articles', 'articles.id', 'claims.article_id'))
      .select((e: any) => e.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return { total: Number(n), limit: filter.limit, offset: filter.offset, items: await this.claimRows(where, filter.limit, filter.offset) };
  }

  async network(): Promise<Network> {
    const counts = new Map<string, NetworkEdge>();
    const add = (source: string, target: string, kind: string) => {
      if (source === target) return;
      const key = `${source}\u0000${target}\u0000${kind}`;
      const e = counts.get(key) ?? { source, target, kind, count: 0 };
      e.count += 1;
      counts.set(key, e);
    };
    const events = await this.db.selectFrom('ledger_events').select(['type', 'actor1', 'actor2', 'actors']).orderBy('ord').execute();
    for (const e of events) {
      const kind = eventEdgeKind(e.type);
      const [a, b] = e.actor1 && e.actor2 ? [e.actor1, e.actor2] : list(e.actors);
      if (a && b) add(a, b, kind);
    }
    for (const s of latestStances(await this.stanceRows({}))) if (s.target) add(s.holder, s.target, s.stance);
    const edges = [...counts.values()].sort((x, y) => y.count - x.count || compare(x.source, y.source) || compare(x.target, y.target) || compare(x.kind, y.kind));
    const actors = await this.actorsById([...new Set(edges.flatMap((e) => [e.source, e.target]))]);
    const nodes = [...new Set(edges.flatMap((e) => [e.source, e.target]))].sort()
      .map((id) => actors.get(id) ?? { id, name: id, kind: 'unknown', country: null, role: null, article_count: 0, mention_count: 0 });
    return { nodes, edges };
  }

  async places(): Promise<Place[]> {
    const rows = await this.db.selectFrom('ledger_events')
      .select((e) => ['location', 'country', 'lat', 'lon', e.fn.countAll<number>().as('events'),
        e.fn.sum<number>(sql`case when type = 'ASSAULT' then 1 else 0 end`).as('assaults'), e.fn.max('date').as('last_date')])
      .where('lat', 'is not', null).where('lon', 'is not', null).where('location', 'is not', null)
      .groupBy(['location', 'country', 'lat', 'lon']).execute();
    return rows.map((r) => ({ location: r.location!, country: r.country, lat: Number(r.lat), lon: Number(r.lon), events: Number(r.events), assaults: Number(r.assaults), last_date: r.last_date ?? null }))
      .sort((a, b) => b.events - a.events || compare(a.location, b.location) || a.lat - b.lat || a.lon - b.lon);
  }

  async search(q: string, limit: number): Promise<SearchHit[]> {
    const terms = searchTerms(q);
    if (terms.length === 0) return [];
    // The store's full-text query (FTS5 or to_tsvector), newest articles first.
    const found = await searchArticles(this.store, terms.join(' '));
    const ids = found.length === 0 ? [] : (await this.db.selectFrom('articles').select('id').where('id', 'in', found)
      .orderBy(sql`coalesce(published, '')`, 'desc').orderBy('id').limit(limit).execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    const articles = await this.db.selectFrom('articles').select([...summaryColumns, 'text']).where('id', 'in', ids).execute();
    const [positions, events, claims] = await Promise.all([
      this.positionRows((x) => x.where('positions.article_id', 'in', ids)),
      this.articleEvents(ids),
      this.claimRows((x) => x.where('claims.article_id', 'in', ids)),
    ]);
    const hits = (text: string) => terms.some((t) => text.toLowerCase().includes(t.toLowerCase()));
    const byId = new Map(articles.map((a) => [a.id, a]));
    return ids.filter((id) => byId.has(id)).map((id) => {
      const { text, ...article } = byId.get(id)!;
      return {
        article, snippet: snippetOf(text, terms),
        positions: positions.filter((p) => p.article === id && hits(p.evidence.text)),
        events: events.filter((e) => e.article === id && hits(e.evidence.text)),
        claims: claims.filter((c) => c.article === id && hits(c.evidence.text)),
      };
    });
  }

  corrections(filter: { article?: string; kind?: FactKind; limit: number; offset: number }): Promise<Page<CorrectionRow>> {
    return listCorrections(this.store, filter);
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}
