// What the extractors look at: sentences with their words and the actor mentions inside,
// and the speaker a pronoun stands for. Built once per document, shared by claims,
// positions and events.
import type { Actor, Claim, Doc, Mention, Sentence, Span } from '../doc/model.js';
import { firstHolding } from '../doc/span-index.js';
import { oneByte } from '../doc/one-byte.js';
import { wordsOf, type Word } from '../link/words.js';
import { normName, type Kb } from '../kb/index.js';
import { homeCountry } from '../link/article-states.js';
import { mediaName } from '../link/org-words.js';

export interface SentenceView extends Sentence {
  index: number;
  text: string;
  words: Word[];
  mentions: Mention[];
  /** All of it inside removed spans (a caption, a related headline, a pop-up): it gives no claim,
   *  position or event; its names are still actors and places (OUTPUT.md). */
  removed: boolean;
}

export interface DocView {
  doc: Doc;
  sentences: SentenceView[];
  kindOf(actor: string): string | null;
  /** The source of the last claim before `at` within a few sentences, set by the claims stage as it goes. */
  lastSpeaker?: (at: number) => string | null;
  /** The unnamed person ("a senior official") who spoke last before `at`, with no one named since, set by the claims stage. */
  lastUnnamedPerson?: (at: number) => string | null;
  /** The news outlet or unnamed body ("the health ministry") whose claim ends right before `at`, set by the claims stage. */
  lastBodySpeaker?: (at: number) => string | null;
  /** Whether a claim made so far holds text between `start` and `end`, set by the claims stage. */
  claimWithin?: (start: number, end: number) => boolean;
  countryOf(actor: string): string | null;
  /** A news outlet: the channel of a report, never a party to the story. */
  isMedia(actor: string): boolean;
  /** The state a demonym names ("Palestinian" -> PS), or null. */
  stateOfDemonym(word: string): string | null;
  /** The state whose capital a word names ("Kinshasa" -> CD), or null. */
  stateOfCapital?: (word: string) => string | null;
  /** The one state the article is plainly about (link/article-states.ts), or null. */
  homeCountry?: () => string | null;
  /** The name of an actor of the document. */
  nameOf(actor: string): string | null;
  /** The other names the knowledge base knows an actor by ("MINUSCA": "U.N. mission in the Central African Republic"). */
  aliasesOf?: (actor: string) => readonly string[];
  /** The state a ministry or office of state speaks for, when the article names that state; else the actor itself. */
  speaksFor(actor: string): string;
  /** The one body (organisation, armed group, coalition) the knowledge base knows by exactly this name or alias, or null. */
  kbBodyNamed?: (name: string) => { id: string; name: string } | null;
}

/** "Pakistan's foreign ministry", "the State Department", "the Presidential Office": an office of a state, not a party of its own. */
const STATE_OFFICE = /\b(?:ministry|ministries|foreign office|state department|department of state|presidential office|office of the (?:president|prime minister)|prime minister'?s office|president'?s office|mfa)\b/i;

const sentenceCache = new WeakMap<readonly Mention[], { sentences: readonly Sentence[]; views: SentenceView[] }>();

export function viewOf(doc: Doc, kb: Kb): DocView {
  const cached = sentenceCache.get(doc.mentions);
  const sentences = cached && cached.sentences === doc.sentences ? cached.views : sentenceViews(doc);
  if (!cached || cached.sentences !== doc.sentences) sentenceCache.set(doc.mentions, { sentences: doc.sentences, views: sentences });
  const kinds = new Map<string, Actor>();
  for (const a of doc.actors) kinds.set(a.id, a);
  return new View(doc, sentences, kinds, kb);
}

/**
 * The document view's questions, as methods of a class: closures made for each document were
 * compiled again by V8 after every full collection (docs/performance.md, twentieth session).
 * The claims stage replaces kindOf, lastSpeaker and lastUnnamedPerson on its view as it goes.
 */
class View implements DocView {
  private home: string | null | undefined = undefined;
  lastUnnamedPerson?: (at: number) => string | null;
  lastBodySpeaker?: (at: number) => string | null;
  claimWithin?: (start: number, end: number) => boolean;
  constructor(readonly doc: Doc, readonly sentences: SentenceView[], private readonly kinds: Map<string, Actor>, private readonly kb: Kb) {}

  kindOf(id: string): string | null { return this.kinds.get(id)?.kind ?? null; }
  countryOf(id: string): string | null { return this.kinds.get(id)?.country ?? null; }
  // (An outlet the knowledge base does not know is read from its name: "Erem News".)
  isMedia(id: string): boolean {
    return this.kb.actors.get(id)?.media === true || (!this.kb.actors.has(id) && this.kinds.get(id)?.kind === 'organisation' && mediaName(this.kinds.get(id)!.name));
  }
  stateOfDemonym(word: string): string | null { return this.kb.demonyms.get(normName(word)) ?? null; }
  stateOfCapital(word: string): string | null { return this.kb.capitalStates.get(normName(word)) ?? null; }
  homeCountry(): string | null { return this.home === undefined ? (this.home = homeCountry(this.doc, this.kb)) : this.home; }
  nameOf(id: string): string | null { return this.kinds.get(id)?.name ?? null; }
  aliasesOf(id: string): readonly string[] { return this.kb.actors.get(id)?.aliases ?? []; }
  kbBodyNamed(name: string): { id: string; name: string } | null {
    const ids = (this.kb.names.get(normName(name)) ?? []).filter((id) => /^(?:organisation|armed_group|coalition)$/.test(this.kb.actors.get(id)?.kind ?? ''));
    const one = ids.length === 1 ? this.kb.actors.get(ids[0]) : undefined;
    return one ? { id: one.id, name: one.name } : null;
  }
  speaksFor(id: string): string {
    const actor = this.kinds.get(id);
    if (!actor || actor.kind !== 'organisation' || !actor.country || !STATE_OFFICE.test(actor.name)) return id;
    const state = this.kb.stateOf.get(actor.country);
    return state && this.kinds.has(state) ? state : id;
  }
  // The source of the last claim told at or before `at`: who "he" or "it" most likely is.
  lastSpeaker(at: number): string | null {
    const prev = lastClaimFrom(sourcedClaims(this.doc), at);
    return prev && at - prev.evidence.end < 600 ? prev.source : null;
  }
}

/** Capital name -> ISO code, built once a knowledge base. */
const sourcedCache = new WeakMap<readonly Claim[], { claims: Claim[]; ordered: boolean }>();

/** The claims with a source, in order, and whether their evidence starts in text order (as the claims stage makes them). */
function sourcedClaims(doc: Doc): { claims: Claim[]; ordered: boolean } {
  let found = sourcedCache.get(doc.claims);
  if (!found) {
    const claims = doc.claims.filter((c) => c.source);
    found = { claims, ordered: claims.every((c, i) => i === 0 || claims[i - 1].evidence.start <= c.evidence.start) };
    sourcedCache.set(doc.claims, found);
  }
  return found;
}

/**
 * The last claim (in the list's order) whose evidence starts at or before `at`: found by halving
 * when the claims are in text order, so that asking at every sentence stays linear.
 */
function lastClaimFrom({ claims, ordered }: { claims: Claim[]; ordered: boolean }, at: number): Claim | undefined {
  if (!ordered) {
    for (let i = claims.length - 1; i >= 0; i--) if (claims[i].evidence.start <= at) return claims[i];
    return undefined;
  }
  let lo = 0;
  let hi = claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid].evidence.start <= at) lo = mid + 1; else hi = mid;
  }
  return lo > 0 ? claims[lo - 1] : undefined;
}

const evidenceCache = new WeakMap<readonly Claim[], Span[]>();

/** The index of the first claim whose evidence holds the span, or -1 (claims indexed once per document). */
export function claimHolding(doc: Doc, span: Span): number {
  let evidence = evidenceCache.get(doc.claims);
  if (!evidence) { evidence = doc.claims.map((c) => c.evidence); evidenceCache.set(doc.claims, evidence); }
  return firstHolding(evidence, span.start, span.end);
}

/** Sentences with their words and mentions (built once per document: stages share them and never change them). */
/** Every character of the sentence but white space lies in a removed span (one or several lines). */
function isRemoved(doc: Doc, s: Sentence): boolean {
  for (let i = s.start; i < s.end; i++) {
    if (/\s/.test(doc.text[i])) continue;
    let r: Span | undefined;
    for (const x of doc.removed) if (x.start <= i && i < x.end) { r = x; break; }
    if (!r) return false;
    i = r.end - 1;
  }
  return true;
}

function sentenceViews(doc: Doc): SentenceView[] {
  const words = wordsOf(doc);
  let w = 0;
  let m = 0;
  // (A plain loop, not a callback made at each call: V8 compiled such a callback again after
  // every full collection; docs/performance.md, twentieth session.)
  const sentences: SentenceView[] = [];
  for (const s of doc.sentences) {
    if (!(s.start >= doc.titleEnd)) continue;
    const index = sentences.length;
    while (w < words.length && words[w].end <= s.start) w++;
    const ws: Word[] = [];
    let k = w;
    while (k < words.length && words[k].start < s.end) ws.push(words[k++]);
    while (m < doc.mentions.length && doc.mentions[m].end <= s.start) m++;
    const ms: Mention[] = [];
    let j = m;
    while (j < doc.mentions.length && doc.mentions[j].start < s.end) ms.push(doc.mentions[j++]);
    const removed = isRemoved(doc, s);
    sentences.push({ ...s, index, text: oneByte(doc.text.slice(s.start, s.end)), words: ws, mentions: ms, removed });
  }
  return sentences;
}


/**
 * The last mention (mentions in text order) that ends by `at` and starts at `from` or later, whose
 * actor `accept` takes: "the group", "the bloc", "the militant group said" resolved backwards.
 */
/**
 * Whether the name at `start` is one of a pair after "between" or "among" ("talks between Israel
 * and Hamas"): a party named in passing, less likely than a subject to be what "the group" or
 * "they" refers to later.
 */
export function pairedAfterBetween(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start).toLowerCase();
  if (/\b(?:between|among)\s+(?:the\s+)?$/.test(before)) return true;
  if (!/\sand\s+(?:the\s+)?$/.test(before)) return false;
  const at = Math.max(before.lastIndexOf('between '), before.lastIndexOf('among '));
  return at >= 0 && !/[,;.]/.test(before.slice(at));
}

export function lastMentionBefore(mentions: readonly Mention[], at: number, from: number, accept: (actor: string) => boolean, acceptMention?: (m: Mention) => boolean): Mention | undefined {
  // (A mention starting at `at` or later cannot end by it: start the walk below those.)
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > at) continue;
    if (m.start < from) break;
    if (accept(m.actor) && (!acceptMention || acceptMention(m))) return m;
  }
  return undefined;
}

/** The state actor of the article for a country code ("LB" -> lebanon), when the article names it. */
export function stateActorOf(dv: DocView, country: string | null | undefined): string | null {
  if (!country) return null;
  return dv.doc.actors.find((a) => a.kind === 'state' && a.country === country)?.id ?? null;
}

/** The mention that holds the whole of `w` (a word or any span), if one does. */
export function mentionHolding(mentions: readonly Mention[], w: Span): Mention | undefined {
  for (const m of mentions) if (m.start <= w.start && w.end <= m.end) return m;
  return undefined;
}
