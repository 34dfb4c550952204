// "Ukraine and Russia swapped 150 prisoners on Friday. ... The prisoner swap showed that talks
// can work": a deal, a round of talks or a swap named again with a definite article is the
// happening told before, whoever the later sentence names with it. Its details join the
// first telling instead of making a second event.
import type { Event } from '../../doc/model.js';
import type { EventHit } from './lexicon.js';
import { ARTICLE_WIDE } from './merge.js';

const DEFINITE = /\b(?:the|this|that)\s+(?:(?:latest|same|recent|current|informal|formal|technical|closed-door|high-level|two-day|day-long)\s+)?$/i;

/** "The deal was signed by ...", "the agreement had been reached": a deal named again as the subject of its own making (events20). */
const DEAL = /^(?:deal|agreement|accord|truce|ceasefire|pact|treaty|memorandum|protocol)$/i;
const PASSIVE_END = /\b(?:was|were|had been|has been)\s(?:\w+ly\s)?$/i;
function definiteDealPassive(before: string): boolean {
  const m = PASSIVE_END.exec(before);
  if (!m) return false;
  const words = before.slice(0, m.index).split(/\s+/).filter(Boolean);
  const noun = words.length - 1;
  return noun >= 1 && DEAL.test(words[noun]) && words.slice(Math.max(0, noun - 3), noun).some((w) => /^(?:the|this|that)$/i.test(w)) && !/[,;.:]/.test(words.slice(Math.max(0, noun - 3), noun).join(' ').replace(/^.*?\b(?:the|this|that)\b/i, ''));
}

export function definiteRepeat(text: string, sentenceStart: number, hit: EventHit, event: Event, earlier: readonly Event[]): Event | null {
  if (!ARTICLE_WIDE.has(event.type)) return null;
  const before = text.slice(Math.max(sentenceStart, hit.start - 20), hit.start);
  if (!DEFINITE.test(before) && !(event.type === 'AGREE' && definiteDealPassive(text.slice(Math.max(sentenceStart, hit.start - 60), hit.start)))) return null;
  const first = earlier.find((e) => sameKind(e.type, event.type) && e.status === event.status
    && (e.location === null || event.location === null || e.location === event.location)
    && (e.date === null || event.date === null || e.date === event.date));
  return first ?? null;
}

/** A swap is told as an agreement or as the exchange itself: both are the one happening. */
function sameKind(a: string, b: string): boolean {
  return a === b || (SWAP.has(a) && SWAP.has(b));
}
const SWAP = new Set(['AGREE', 'COOPERATE']);

/** The later telling's details fill what the first telling left open. */
export function mergeInto(first: Event, later: Event): void {
  for (const [k, v] of Object.entries(later.quantities)) if (!(k in first.quantities)) (first.quantities as Record<string, number>)[k] = v;
  if (first.date === null && later.date !== null) { first.date = later.date; first.date_text = later.date_text; }
  first.location ??= later.location;
  first.mode ??= later.mode;
}
