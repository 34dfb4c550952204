// The tables of the store, typed for Kysely; the same on SQLite and PostgreSQL. Lists and
// quantities are JSON text (no dialect's JSON type), flags are 0/1 integers, dates ISO text.

/** One stored article: its text, the record's fact counts (to check nothing is half-written), its MinHash. */
export interface ArticleTable {
  id: string;
  title: string | null;
  published: string | null;
  url: string | null;
  source: string;
  text: string;
  title_line: number;
  pipeline_version: string;
  signature: string;
  actors_n: number;
  claims_n: number;
  positions_n: number;
  events_n: number;
}

/** Every source and URL an article was read from: the first, and its near-duplicates' (aliases). */
export interface ArticleSourceTable {
  article_id: string;
  source: string;
  url: string | null;
  duplicate_of: number;
  similarity: number;
}

/** MinHash LSH band keys: articles sharing one are near-duplicate candidates. */
export interface ArticleBandTable {
  band_key: string;
  article_id: string;
}

export interface ArticleActorTable {
  article_id: string;
  actor_id: string;
  name: string;
  kind: string;
  country: string | null;
  role: string | null;
  mentions: number;
}

export interface LocationTable {
  article_id: string;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

interface FactColumns {
  article_id: string;
  idx: number;
  ev_start: number;
  ev_end: number;
  evidence: string;
}

export interface ClaimTable extends FactColumns {
  source: string | null;
  source_text: string | null;
  hedge: string;
  cue: string | null;
  via: string | null;
}

export interface PositionTable extends FactColumns {
  holder: string;
  stance: string;
  issue: string;
  target: string | null;
  condition: string | null;
  claim_idx: number | null;
}

export interface EventTable extends FactColumns {
  type: string;
  mode: string | null;
  status: string;
  actors: string;
  source_actor: string | null;
  target_actor: string | null;
  date: string | null;
  date_text: string | null;
  location: string | null;
  quantities: string;
  killed: number | null;
  claim_idx: number | null;
}

export interface LedgerActorTable {
  ord: number;
  id: string;
  name: string;
  kind: string;
  country: string | null;
  role: string | null;
  article_count: number;
  mention_count: number;
}

export interface LedgerEventTable {
  ord: number;
  id: string;
  type: string;
  mode: string | null;
  status: string;
  date: string | null;
  location: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  actors: string;
  actor1: string | null;
  actor2: string | null;
  fatalities_low: number | null;
  fatalities_low_source: string | null;
  fatalities_best: number | null;
  fatalities_high: number | null;
  fatalities_high_source: string | null;
  sources: string;
  source_count: number;
  evidence_article: string;
  evidence: string;
}

/** Which ledger event each article's event fact belongs to. */
export interface LedgerEventReportTable {
  event_id: string;
  article_id: string;
  idx: number;
}

export interface LedgerStanceTable {
  ord: number;
  holder: string;
  issue: string;
  seq: number;
  stance: string;
  target: string | null;
  condition: string | null;
  first_seen: string | null;
  last_seen: string | null;
  articles: string;
  first_article: string;
  first_evidence: string;
  last_article: string;
  last_evidence: string;
  changed: number;
  previous_stance: string | null;
  previous_article: string | null;
  previous_evidence: string | null;
}

/** Small facts about the store: whether the ledger tables are behind the articles. */
export interface StateTable {
  key: string;
  value: string;
}

/** A feed item `detente watch` has queued: the feed's URL and the item's link (or a hash of its text). */
export interface FeedItemTable {
  feed: string;
  item: string;
  /** ISO time of the round that queued it. */
  first_seen: string;
}

export interface Database {
  articles: ArticleTable;
  article_sources: ArticleSourceTable;
  article_bands: ArticleBandTable;
  article_actors: ArticleActorTable;
  locations: LocationTable;
  claims: ClaimTable;
  positions: PositionTable;
  events: EventTable;
  ledger_actors: LedgerActorTable;
  ledger_events: LedgerEventTable;
  ledger_event_reports: LedgerEventReportTable;
  ledger_stances: LedgerStanceTable;
  state: StateTable;
  feed_items: FeedItemTable;
}
