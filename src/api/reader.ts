// What the API reads from the ledger: plain rows, the same whichever store holds them.
// The routes see only this interface, so that tests and both dialects share them.
import type { LedgerActor, LedgerEvent, LedgerStance } from '../ledger/types.js';
import type { CorrectionMark, FactKind } from '../ledger/corrections.js';
import type { CorrectionRow } from './correct-input.js';

export interface EvidenceRef {
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  published: string | null;
  url: string | null;
  source: string;
  actors_n: number;
  claims_n: number;
  positions_n: number;
  events_n: number;
}

export interface ClaimRow {
  article: string;
  idx: number;
  /** The analyst's correction behind the values shown (they are the corrected ones), or null. */
  correction: CorrectionMark | null;
  source: string | null;
  source_text: string | null;
  hedge: string;
  cue: string | null;
  via: string | null;
  evidence: EvidenceRef;
}

export interface PositionRow {
  article: string;
  idx: number;
  /** The analyst's correction behind the values shown (they are the corrected ones), or null. */
  correction: CorrectionMark | null;
  published: string | null;
  holder: string;
  stance: string;
  issue: string;
  target: string | null;
  condition: string | null;
  claim: number | null;
  hedge: string;
  evidence: EvidenceRef;
}

export interface EventReport {
  article: string;
  idx: number;
  published: string | null;
  killed: number | null;
  evidence: EvidenceRef;
}

/** A ledger event as the API gives it: the ledger's columns, its reports with their evidence. */
export interface EventRow extends Pick<LedgerEvent,
  'id' | 'type' | 'mode' | 'date' | 'location' | 'country' | 'lat' | 'lon' | 'actors' | 'actor1' | 'actor2'
  | 'fatalities_low' | 'fatalities_best' | 'fatalities_high' | 'source_count'> {
  status: string;
  /** An analyst's correction landed on one of its reports. */
  corrected: boolean;
  reports: EventReport[];
}

export interface ArticleFactRow {
  article: string;
  idx: number;
  /** The analyst's correction behind the values shown (they are the corrected ones), or null. */
  correction: CorrectionMark | null;
  type: string;
  status: string;
  date: string | null;
  location: string | null;
  event: string | null;
  claim: number | null;
  evidence: EvidenceRef;
}

export interface ArticleDetail extends ArticleSummary {
  text: string;
  title_line: boolean;
  pipeline_version: string;
  aliases: { source: string; url: string | null }[];
  actors: { id: string; name: string; kind: string; country: string | null; role: string | null; mentions: number }[];
  claims: ClaimRow[];
  positions: PositionRow[];
  events: ArticleFactRow[];
}

export type ActorRow = Omit<LedgerActor, 'ord'>;

/** A stance history entry as the API gives it: the ledger's columns without its evidence objects. */
export type StanceRow = Pick<LedgerStance,
  'holder' | 'issue' | 'seq' | 'stance' | 'target' | 'condition' | 'first_seen' | 'last_seen' | 'articles' | 'changed' | 'previous_stance'>;

/** A cell of the actors x issues matrix: the latest stance, with the hedge of its latest statement. */
export interface MatrixCell extends StanceRow {
  hedge: string;
  history: number;
  evidence: EvidenceRef | null;
  /** An analyst's correction touched a statement of this cell. */
  corrected: boolean;
}

export interface Matrix {
  holders: ActorRow[];
  issues: string[];
  cells: MatrixCell[];
}

export interface CellHistory {
  holder: ActorRow | null;
  issue: string;
  stances: StanceRow[];
  statements: (PositionRow & { title: string | null })[];
}

export interface NetworkEdge {
  source: string;
  target: string;
  kind: string;
  count: number;
}

export interface Network {
  nodes: ActorRow[];
  edges: NetworkEdge[];
}

export interface SearchHit {
  article: ArticleSummary;
  snippet: string;
  positions: PositionRow[];
  events: ArticleFactRow[];
  claims: ClaimRow[];
}

export interface Place {
  location: string;
  country: string | null;
  lat: number;
  lon: number;
  events: number;
  assaults: number;
  last_date: string | null;
}

export interface EventFilter {
  type?: string;
  location?: string;
  actor?: string;
  country?: string;
  since?: string;
  until?: string;
  located?: boolean;
  limit: number;
  offset: number;
}

export interface ClaimFilter {
  source?: string;
  hedge?: string;
  article?: string;
  limit: number;
  offset: number;
}

export interface LedgerReader {
  articles(limit: number, offset: number): Promise<Page<ArticleSummary>>;
  article(id: string): Promise<ArticleDetail | null>;
  actors(limit: number, offset: number, kind?: string): Promise<Page<ActorRow>>;
  actor(id: string): Promise<ActorRow | null>;
  matrix(filter: { actor?: string; issue?: string; since?: string }): Promise<Matrix>;
  cellHistory(holder: string, issue: string): Promise<CellHistory>;
  events(filter: EventFilter): Promise<Page<EventRow>>;
  event(id: string): Promise<EventRow | null>;
  claims(filter: ClaimFilter): Promise<Page<ClaimRow>>;
  network(): Promise<Network>;
  places(): Promise<Place[]>;
  search(q: string, limit: number): Promise<SearchHit[]>;
  corrections(filter: { article?: string; kind?: FactKind; limit: number; offset: number }): Promise<Page<CorrectionRow>>;
  close(): Promise<void>;
}
