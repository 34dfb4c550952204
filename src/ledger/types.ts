// What the ledger rules read (facts of stored articles) and what they make (ledger rows).
// Plain data, so that the rules are pure and both stores feed them the same input.
import type { EventStatus } from '../doc/model.js';

export interface Evidence {
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface ActorFact {
  article: string;
  id: string;
  name: string;
  kind: string;
  country: string | null;
  role: string | null;
  mentions: number;
}

export interface EventFact {
  article: string;
  /** The article's publication date: orders the reports and stands in for an undated event's day. */
  published: string | null;
  idx: number;
  type: string;
  mode: string | null;
  status: EventStatus;
  actors: string[];
  source_actor: string | null;
  target_actor: string | null;
  date: string | null;
  location: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  killed: number | null;
  evidence: Evidence;
}

export interface PositionFact {
  article: string;
  published: string | null;
  idx: number;
  holder: string;
  stance: string;
  issue: string;
  target: string | null;
  condition: string | null;
  evidence: Evidence;
}

export interface LedgerActor {
  ord: number;
  id: string;
  name: string;
  kind: string;
  country: string | null;
  role: string | null;
  article_count: number;
  mention_count: number;
}

export interface LedgerEvent {
  ord: number;
  id: string;
  type: string;
  mode: string | null;
  status: EventStatus;
  date: string | null;
  location: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  actors: string[];
  actor1: string | null;
  actor2: string | null;
  /** Casualty figures as UCDP keeps them: the lowest and highest reported, with their article, and the most reported. */
  fatalities_low: number | null;
  fatalities_low_source: string | null;
  fatalities_best: number | null;
  fatalities_high: number | null;
  fatalities_high_source: string | null;
  /** Every article and fact (article, index into its events) that reports the event. */
  reports: { article: string; idx: number }[];
  sources: string[];
  source_count: number;
  evidence: Evidence;
}

export interface LedgerStance {
  ord: number;
  holder: string;
  issue: string;
  seq: number;
  stance: string;
  target: string | null;
  condition: string | null;
  first_seen: string | null;
  last_seen: string | null;
  articles: string[];
  first_evidence: Evidence;
  last_evidence: Evidence;
  /** The stance moved from the one before (in another article): both pieces of evidence are kept. */
  changed: boolean;
  previous_stance: string | null;
  previous_evidence: Evidence | null;
}
