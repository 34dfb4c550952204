// Sentence-level PLOVER coding (the GDELT / PETRARCH task): the sentence runs through the
// same pipeline as an article, then its main event is the first cue of the sentence that is
// not a reporting verb wrapper, verbal acts included.
import type { Ctx } from '../../pipeline/context.js';
import { runPipeline } from '../../pipeline/run.js';
import { compileEvents, eventHits } from './lexicon.js';
import { leadThenWords } from '../lead-then-words.js';

export interface CodedSentence {
  type: string | null;
  mode: string | null;
  source: { name: string; country: string | null }[];
  target: { name: string; country: string | null }[];
}

export function codeSentence(text: string, ctx: Ctx): CodedSentence {
  const doc = runPipeline(text, { title: null, published: null, url: null, source: 'sentence' }, ctx, false, 'understand');
  const hits = eventHits(text, 0, compileEvents(ctx.lexicons.events));
  const actor = (id: string) => {
    const a = doc.actors.find((x) => x.id === id)!;
    return { name: a.name, country: a.country };
  };
  if (!hits.length) {
    // "Portugal will support ...", "Syria has offered its troops": a commitment with no event verb of its own.
    if (/\b(?:will|would|is willing to|are willing to|is ready to|are ready to|offered|offers|promised|pledged|agreed)\s+(?!not\b)\w+/i.test(text)) {
      const first = doc.mentions[0];
      return { type: 'AGREE', mode: null, source: first ? [actor(first.actor)] : [], target: [] };
    }
    return { type: null, mode: null, source: [], target: [] };
  }
  // The main event is the sentence's first event verb ("agreed ... to cooperate" is AGREE);
  // a noun cue ("the talks") only when no verb fires.
  const isVerb = (h: (typeof hits)[number]) => {
    const t = doc.tokens.find((x) => x.start >= h.start);
    return !!t && (t.pos === 'VERB' || t.pos === 'AUX') && !/\bto\s+$/i.test(text.slice(Math.max(0, h.start - 4), h.start));
  };
  // "is prepared to impose martial law": the intent cue frames the act after it, which decides the type.
  const framed = hits.filter((h, i) => !(h.entry.type === 'AGREE' && h.entry.verbal && hits[i + 1] && hits[i + 1].start - h.end < 30));
  const hit = framed.find(isVerb) ?? framed.find((h) => h.entry.mode !== null || h.entry.type !== 'ASSAULT') ?? framed[0];
  // A cue that carries its own "will" ("will withdraw") is read from after it.
  const lead = /^(?:will|would|shall)\s+/i.exec(text.slice(hit.start, hit.end));
  const at = hit.start + (lead ? lead[0].length : 0);
  const intended = DEONTIC.test(text.slice(Math.max(0, at - 40), at)) ? 'REQUEST' : intentOf(text, at, hit.entry.type);
  const type = intended ?? hit.entry.type;
  const mode = intended ? null : hit.entry.mode;
  const before = [...new Set(doc.mentions.filter((m) => m.end <= hit.start).map((m) => m.actor))];
  const after = [...new Set(doc.mentions.filter((m) => m.start >= hit.end).map((m) => m.actor))];
  // The source is the subject: the first actor named before the event verb.
  const source = before.length ? [actor(before[0])] : [];
  const target = after.filter((id) => !before.includes(id)).slice(0, 1).map(actor);
  return { type, mode, source, target };
}

/** "will", "is willing to", "offered to": an act announced, not done. */
const INTENT_LEAD = /\b(?:will|would|shall|'ll|is willing to|are willing to|was willing to|willing to|is ready to|are ready to|ready to|is prepared to|are prepared to|prepared to|offered to|offers to|promised to|promises to|pledged to|pledges to|agreed to|agrees to|plans to|planned to|intends to|intended to|decided to|vowed to|sworn to|swore to)$/i;
/** A word between the lead and the cue: no full stop, comma or semicolon in it. */
const CLAUSE_WORD = /^[^\s.,;]+$/;
const INTENT = { test: (before: string) => leadThenWords(before, INTENT_LEAD, 6, CLAUSE_WORD) };
const NEGATED_LEAD = /\b(?:would not|will not|won't|wouldn't|refuse[sd]? to|refusing to|not be|never)$/i;
const NEGATED = { test: (before: string) => leadThenWords(before, NEGATED_LEAD, 4, CLAUSE_WORD) };
/** "is willing to withdraw its inspectors": willing, not threatening. */
const CONCILIATORY_LEAD = /\b(?:willing|ready|prepared|offer(?:s|ed)?|agree(?:s|d)?|promise(?:s|d)?|pledge(?:s|d)?)\s+to$/i;
const COOPERATIVE = new Set(['AID', 'CONSULT', 'COOPERATE', 'RETREAT', 'CONCEDE', 'SUPPORT']);
const HOSTILE = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST']);
/** "Sudan must return a helicopter that was captured": an obligation put on another is a demand (REQUEST), whatever its clause goes on to tell. */
const DEONTIC_LEAD = /\b(?:must|should|has to|have to|needs to|need to|ought to)$/i;
const ADVERB = /^\w+ly$/i;
const BE = /^be$/i;
const READY = /^(?:ready|willing|prepared)$/i;
const TO = /^to$/i;
/** After the lead: an adverb ("urgently") and "be ready to" may come first, then at most eight words. */
function deonticWords(words: string[]): boolean {
  for (const adverb of ADVERB.test(words[0] ?? '') ? [1, 0] : [0]) {
    if (words.length - adverb <= 8) return true;
    if (BE.test(words[adverb] ?? '') && READY.test(words[adverb + 1] ?? '') && TO.test(words[adverb + 2] ?? '') && words.length - adverb - 3 <= 8) return true;
  }
  return false;
}
/** Same as /\b(?:must|...|ought to)\s+(?:\w+ly\s+)?(?:be\s+(?:ready|willing|prepared)\s+to\s+)?(?:[^\s.,;]+\s+){0,8}$/i. */
export const DEONTIC = { test: (before: string) => leadThenWords(before, DEONTIC_LEAD, 12, CLAUSE_WORD, deonticWords) };

/**
 * PLOVER codes a promise to cooperate as AGREE and a promise to harm as THREATEN:
 * "Finland will give Tanzania a grant" is AGREE, "they will attack" is THREATEN.
 */
function intentOf(text: string, at: number, type: string): string | null {
  const before = text.slice(Math.max(0, at - 60), at);
  // "may halt mediation if cooperation founders": a possibility on a condition is a threat.
  if (/\b(?:may|might|could)\s+(?:[^\s.,;]+\s+){0,3}$/i.test(before) && /\b(?:if|unless)\b/i.test(text.slice(at))) return 'THREATEN';
  if (!INTENT.test(before)) return null;
  // "would not meet the demands": a refusal; "will withdraw ... unless": a threat.
  if (NEGATED.test(before)) return COOPERATIVE.has(type) || type === 'AGREE' ? 'REJECT' : null;
  // "unless", or "if" then "not" before the next full stop (/\bunless\b|\bif\b[^.]*\bnot\b/i, in one pass a stretch).
  const rest = text.slice(at);
  if (/\bunless\b/i.test(rest) || rest.split('.').some((part) => { const m = /\bif\b/i.exec(part); return m !== null && /\bnot\b/i.test(part.slice(m.index + 2)); })) return 'THREATEN';
  // "will withdraw its inspectors", "will halt mediation": announcing the end of cooperation is a
  // threat; being willing to withdraw one's troops is not ("is willing to withdraw its troops").
  const conciliatory = leadThenWords(before, CONCILIATORY_LEAD, 6, CLAUSE_WORD);
  const ending = /^(?:withdraw|halt|suspend|cut|pull|recall|expel)/i.test(text.slice(at)) && !/^\S+\s+(?:\S+\s+){0,2}(?:troops|forces|soldiers)\b/i.test(text.slice(at));
  if (ending && !conciliatory) return 'THREATEN';
  if (COOPERATIVE.has(type)) return 'AGREE';
  if (HOSTILE.has(type)) return 'THREATEN';
  return null;
}
