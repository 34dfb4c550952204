// The document model every stage shares. `text` is the only source of truth: everything
// found in it is a span of UTF-16 indices into `text`, end exclusive.
import type { Issue, Stance, EventType, Hedge } from '../lexicons/schema.js';

export interface Span {
  start: number;
  end: number;
}

export type RemovedReason = 'caption' | 'credit' | 'related' | 'promo' | 'navigation' | 'byline';

export interface Removed extends Span {
  reason: RemovedReason;
  /** The id of the rule that found it, for debugging and the readable summary. */
  rule: string;
}

export interface Restoration {
  actor: string;
  name: string;
  confidence: number;
}

export interface Gap extends Span {
  context: string;
  rule: string;
  restored: Restoration | null;
}

export interface Sentence extends Span {
  /** Index of the paragraph (block of lines between blank lines) the sentence is in. */
  paragraph: number;
}

export interface Token extends Span {
  /** Universal POS tag from wink-nlp ("PROPN", "VERB" ...). */
  pos: string;
  /** Lower-case normal form (wink-nlp's `normal`). */
  norm: string;
  lemma: string;
}

export interface DateMention extends Span {
  text: string;
  /** YYYY-MM-DD resolved against the publication date; null when it gives no day. */
  date: string | null;
  /** Past or future reading is decided later from the tense; both are kept. */
  past: string | null;
  future: string | null;
}

export interface NumberMention extends Span {
  text: string;
  value: number;
  /** "nearly", "over", "at least" ...: the number is given as said (nearly 30 -> 30); "vague" for "dozens", "hundreds". */
  approx: string | null;
}

export type ActorKind = 'person' | 'state' | 'organisation' | 'armed_group' | 'coalition' | 'group';

export interface Mention extends Span {
  text: string;
  actor: string;
  /** How the mention was linked: "name", "alias", "surname", "title", "demonym", "metonym", "pronoun" ... */
  via: string;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  role: string | null;
  mentions: { start: number; end: number; text: string }[];
}

export interface Location {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  mentions: { start: number; end: number; text: string }[];
}

export interface Claim {
  source: string | null;
  source_text: string | null;
  hedge: Hedge;
  cue: string | null;
  via: string | null;
  evidence: Span;
}

export interface Position {
  holder: string;
  stance: Stance;
  issue: Issue;
  target: string | null;
  condition: string | null;
  claim: number | null;
  evidence: Span;
}

export type EventStatus = 'occurred' | 'scheduled' | 'ongoing';

export type QuantityKey =
  | 'killed' | 'injured' | 'missing' | 'detained' | 'displaced' | 'buildings_damaged' | 'participants' | 'regions';

export interface Event {
  type: EventType;
  mode: string | null;
  status: EventStatus;
  actors: string[];
  source_actor: string | null;
  target_actor: string | null;
  date: string | null;
  date_text: string | null;
  location: string | null;
  quantities: Partial<Record<QuantityKey, number>>;
  claim: number | null;
  evidence: Span;
}

export interface Diagnostic extends Span {
  code: string;
  message: string;
}

export interface DocMeta {
  title: string | null;
  published: string | null;
  url: string | null;
  source: string;
}

export interface Doc {
  readonly text: string;
  readonly meta: DocMeta;
  /** End of the title line when the text opens with "Title\n\n", else 0. */
  readonly titleEnd: number;
  readonly removed: readonly Removed[];
  readonly gaps: readonly Gap[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly dates: readonly DateMention[];
  readonly numbers: readonly NumberMention[];
  readonly mentions: readonly Mention[];
  readonly actors: readonly Actor[];
  readonly locations: readonly Location[];
  readonly claims: readonly Claim[];
  readonly positions: readonly Position[];
  readonly events: readonly Event[];
  readonly diagnostics: readonly Diagnostic[];
}

/** `titleLine`: a text file's first line followed by a blank line is its title (OUTPUT.md). */
export function createDoc(text: string, meta: DocMeta, titleLine = true): Doc {
  const m = titleLine ? /^([^\n]+)\n[ \t]*\n/.exec(text) : null;
  return {
    text,
    meta: { ...meta, title: meta.title ?? (m ? m[1].trim() : null) },
    titleEnd: m ? m[1].length : 0,
    removed: [], gaps: [], sentences: [], tokens: [], dates: [], numbers: [],
    mentions: [], actors: [], locations: [], claims: [], positions: [], events: [], diagnostics: [],
  };
}
