// "Armenian and Azerbaijani deputy premiers met on Tuesday at the border ... The meeting, the twelfth of the
// commissions, took place near the village of Mosesgegh": a happening told before, named again with "the" as what
// took place somewhere, tells where it happened. Its place is that place when the first telling had none, or only
// the country the place lies in (twenty-third session, events23).
import type { Doc, Event } from '../../doc/model.js';
import type { DocView, SentenceView } from '../sentence-view.js';
import type { EventHit } from './lexicon.js';
import { narrower } from './merge.js';

/** The nouns a happening is named again by. */
const NAMED = /^(?:attack|strike|air ?strike|airstrike|drone strike|raid|ambush|assault|bombing|blast|explosion|clashes|fighting|meeting|talks|summit|negotiations|signing|ceremony)$/i;
const DEFINITE = /\b(?:[Tt]he|[Tt]his|[Tt]hat|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w-]+\s+)?$/;
/** "..., took place near", "was held in", "happened at": the words that place it, close after the name (over an apposition). */
const TOOK_PLACE = /^[^.;]{0,90}?\b(?:took place|happened|occurred|was held|were held|was staged|unfolded)\s+(?:[\w-]+\s+){0,2}?(?:in|at|near|on|outside|inside)\b/i;

export function placeRetold(doc: Doc, s: SentenceView, raw: readonly EventHit[], events: readonly Event[], dv: DocView): boolean {
  for (const h of raw) {
    if (h.entry.verbal || !NAMED.test(doc.text.slice(h.start, h.end))) continue;
    const took = DEFINITE.test(doc.text.slice(Math.max(s.start, h.start - 30), h.start)) ? TOOK_PLACE.exec(doc.text.slice(h.end, s.end)) : null;
    if (!took) continue;
    let told: Event | undefined;
    for (let i = events.length - 1; i >= 0; i--) if (events[i].type === h.entry.type && s.start - events[i].evidence.end < 1500) { told = events[i]; break; }
    if (!told) continue;
    // (The place the words name, "near the town of Kati", not one named after it: "about 15 km from the capital Bamako".)
    const at = h.end + took.index + took[0].length;
    const place = firstPlaceAt(doc, at, Math.min(s.end, at + 40));
    if (place === null || place === told.location) return true;
    if (told.location === null || narrower(told.location, place, dv)) told.location = place;
    return true;
  }
  return false;
}

function firstPlaceAt(doc: Doc, from: number, to: number): string | null {
  let best: { name: string; start: number } | null = null;
  for (const l of doc.locations) for (const m of l.mentions) if (m.start >= from && m.start < to && (!best || m.start < best.start)) best = { name: l.name, start: m.start };
  return best?.name ?? null;
}
