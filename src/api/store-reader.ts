// The API's reads over the ledger store (both dialects, one typed Kysely query layer).
// Each read is a few indexed queries; grouping and picking the latest stance happen here in
// plain code so that SQLite and PostgreSQL give the same rows in the same order.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/open.js';
import { searchArticles } from '../store/queries.js';
import type {
  ActorRow, ArticleDetail, ArticleFactRow, ArticleSummary, CellHistory, ClaimFilter, ClaimRow, EventFilter,
  EventReport, EventRow, LedgerReader, Matrix, MatrixCell, Network, NetworkEdge, Page, Place, PositionRow, SearchHit, StanceRow,
} from './reader.js';
import { eventEdgeKind, latestStances, searchTerms, snippetOf } from './read-helpers.js';

type Db = Kysely<Database>;

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
      .then((rows: any[]) => rows.map((r) => ({
        article: r.article_id, idx: r.idx, published: r.published, holder: r.holder, stance: r.stance, issue: r.issue,
        target: r.target, condition: r.condition, claim: r.claim_idx, hedge: r.hedge ?? 'asserted',
        evidence: ev(r.article_id, r.ev_start, r.ev_end, r.evidence),
      })));
  }

  private claimRows(where: (q: any) => any, limit?: number, offset?: number): Promise<ClaimRow[]> {
    let q = this.db.selectFrom('claims').innerJoin('articles', 'articles.id', 'claims.article_id')
      .select(['claims.article_id', 'claims.idx', 'claims.source', 'claims.source_text', 'claims.hedge', 'claims.cue', 'claims.via',
        'claims.ev_start', 'claims.ev_end', 'claims.evidence']);
    q = where(q).orderBy(sql`coalesce(articles.published, '')`).orderBy('claims.article_id').orderBy('claims.idx');
    if (limit !== undefined) q = q.limit(limit).offset(offset ?? 0);
    return q.execute().then((rows: any[]) => rows.map((r) => ({
      article: r.article_id, idx: r.idx, source: r.source, source_text: r.source_text, hedge: r.hedge, cue: r.cue, via: r.via,
      evidence: ev(r.article_id, r.ev_start, r.ev_end, r.evidence),
    })));
  }

  private async articleEvents(articleIds: string[]): Promise<ArticleFactRow[]> {
    if (articleIds.length === 0) return [];
    const rows = await this.db.selectFrom('events')
      .leftJoin('ledger_event_reports as r', (j) => j.onRef('r.article_id', '=', 'events.article_id').onRef('r.idx', '=', 'events.idx'))
      .select(['events.article_id', 'events.idx', 'events.type', 'events.status', 'events.date', 'events.location', 'r.event_id',
        'events.claim_idx', 'events.ev_start', 'events.ev_end', 'events.evidence'])
      .where('events.article_id', 'in', articleIds).orderBy('events.article_id').orderBy('events.idx').execute();
    return rows.map((r) => ({
      article: r.article_id, idx: r.idx, type: r.type, status: r.status, date: r.date, location: r.location,
      event: r.event_id ?? null, claim: r.claim_idx, evidence: ev(r.article_id, r.ev_start, r.ev_end, r.evidence),
    }));
  }

  async matrix(filter: { actor?: string; issue?: string; since?: string }): Promise<Matrix> {
    const stances = await this.stanceRows({ holder: filter.actor, issue: filter.issue });
    const latest = latestStances(stances).filter((s) => !filter.since || (s.last_seen ?? '') >= filter.since);
    // The statement that shows a cell: the position fact behind the stance's last evidence (same
    // article, holder, issue, stance and sentence length), found without reading the facts' text.
    const last = await this.db.selectFrom('ledger_stances').select(['holder', 'issue', 'seq', 'last_article', 'last_evidence'])
      .$if(!!filter.actor, (q) => q.where('holder', '=', filter.actor!)).$if(!!filter.issue, (q) => q.where('issue', '=', filter.issue!)).execute();
    const latestByCell = new Map(latest.map((s) => [`${s.holder}\u0000${s.issue}`, s]));
    const want = new Map<string, { article: string; text: string; stance: string }>();
    for (const r of last) {
      const key = `${r.holder}\u0000${r.issue}`;
      const cell = latestByCell.get(key);
      if (cell?.seq === r.seq) want.set(`${key}\u0000${r.last_article}`, { article: r.last_article, text: r.last_evidence, stance: cell.stance });
    }
    const facts = await this.db.selectFrom('positions as p')
      .leftJoin('claims as c', (j) => j.onRef('c.article_id', '=', 'p.article_id').onRef('c.idx', '=', 'p.claim_idx'))
      .select(['p.article_id', 'p.holder', 'p.issue', 'p.stance', 'p.ev_start', 'p.ev_end', 'c.hedge'])
      .$if(!!filter.actor, (q) => q.where('p.holder', '=', filter.actor!)).$if(!!filter.issue, (q) => q.where('p.issue', '=', filter.issue!))
      .orderBy('p.article_id').orderBy('p.idx').execute();
    const shown = new Map<string, { hedge: string; evidence: { article: string; start: number; end: number; text: string } }>();
    for (const f of facts) {
      const key = `${f.holder}\u0000${f.issue}`;
      const w = want.get(`${key}\u0000${f.article_id}`);
      if (!w || w.stance !== f.stance || f.ev_end - f.ev_start !== w.text.length || shown.has(key)) continue;
      shown.set(key, { hedge: f.hedge ?? 'asserted', evidence: ev(w.article, f.ev_start, f.ev_end, w.text) });
    }
    const count = new Map<string, number>();
    for (const s of stances) count.set(`${s.holder}\u0000${s.issue}`, (count.get(`${s.holder}\u0000${s.issue}`) ?? 0) + 1);
    const cells: MatrixCell[] = latest.map((s) => {
      const f = shown.get(`${s.holder}\u0000${s.issue}`);
      return { ...s, hedge: f?.hedge ?? 'asserted', history: count.get(`${s.holder}\u0000${s.issue}`) ?? 1, evidence: f?.evidence ?? null };
    });
    const byHolder = new Map<string, number>();
    const byIssue = new Map<string, number>();
    for (const c of cells) {
      byHolder.set(c.holder, (byHolder.get(c.holder) ?? 0) + 1);
      byIssue.set(c.issue, (byIssue.get(c.issue) ?? 0) + 1);
    }
    const actors = await this.actorsById([...byHolder.keys()]);
    const holders = [...byHolder.keys()]
      .map((id) => actors.get(id) ?? { id, name: id, kind: 'unknown', country: null, role: null, article_count: 0, mention_count: 0 })
      .sort((a, b) => (byHolder.get(b.id)! - byHolder.get(a.id)!) || b.article_count - a.article_count || a.id.localeCompare(b.id));
    const issues = [...byIssue.keys()].sort((a, b) => (byIssue.get(b)! - byIssue.get(a)!) || a.localeCompare(b));
    return { holders, issues, cells };
  }

  async cellHistory(holder: string, issue: string): Promise<CellHistory> {
    const [actor, stances, statements] = await Promise.all([
      this.actor(holder),
      this.stanceRows({ holder, issue }),
      this.positionRows((q) => q.where('positions.holder', '=', holder).where('positions.issue', '=', issue)),
    ]);
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
    const rows = await this.eventQuery(filter).selectAll()
      .orderBy(sql`case when date is null then 1 else 0 end`).orderBy('date').orderBy('ord').limit(filter.limit).offset(filter.offset).execute();
    return { total: Number(n), limit: filter.limit, offset: filter.offset, items: await this.withReports(rows) };
  }

  async event(id: string): Promise<EventRow | null> {
    const rows = await this.db.selectFrom('ledger_events').selectAll().where('id', '=', id).execute();
    return (await this.withReports(rows))[0] ?? null;
  }

  private async withReports(rows: Database['ledger_events'][]): Promise<EventRow[]> {
    if (rows.length === 0) return [];
    const reports = await this.db.selectFrom('ledger_event_reports as r')
      .innerJoin('events', (j) => j.onRef('events.article_id', '=', 'r.article_id').onRef('events.idx', '=', 'r.idx'))
      .innerJoin('articles', 'articles.id', 'r.article_id')
      .select(['r.event_id', 'r.article_id', 'r.idx', 'articles.published', 'events.killed', 'events.ev_start', 'events.ev_end', 'events.evidence'])
      .where('r.event_id', 'in', rows.map((r) => r.id))
      .orderBy(sql`coalesce(articles.published, '')`).orderBy('r.article_id').orderBy('r.idx').execute();
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
      source_count: r.source_count, reports: byEvent.get(r.id) ?? [],
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
    const edges = [...counts.values()].sort((x, y) => y.count - x.count || x.source.localeCompare(y.source) || x.target.localeCompare(y.target) || x.kind.localeCompare(y.kind));
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
      .sort((a, b) => b.events - a.events || a.location.localeCompare(b.location) || a.lat - b.lat || a.lon - b.lon);
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

  async close(): Promise<void> {
    await this.store.close();
  }
}
