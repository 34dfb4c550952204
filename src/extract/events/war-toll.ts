// A war's running toll is background, not a happening: "about 55,000 soldiers have been killed
// since the invasion", "hundreds of thousands have died on the battlefield", "the army struck
// the grid 200 times this year". The toll of one attack ("the strike killed four on Monday")
// names its day and stays an event.
import type { Doc } from '../../doc/model.js';
import type { SentenceView } from '../sentence-view.js';
import type { EventHit } from './lexicon.js';
import { spansWithin } from '../../doc/span-index.js';

/** Cues that tell a death or a wound, not the attack that caused it. */
const TOLL_CUE = /^(?:killed|killing|killings|kills|slain|dead|deaths|died|casualties|wounded|injured|wounding|injuring)$/i;
/** The span a toll is counted over when it is the war's, not a day's. */
const WAR_SPAN = /\bsince (?:the (?:start|beginning|outbreak) of )?(?:the |its |russia['’]s |israel['’]s )?(?:full-scale |large-scale |all-out )?(?:invasion|war|conflict)\b|\bsince (?:(?:early|late|mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d\d\b|\bsince (?:the (?:war|conflict|fighting|invasion) )?(?:began|started|broke out)\b|\bon the battlefield\b|\b(?:in|during|throughout|over) (?:the|this|nearly \w+ years of|almost \w+ years of|more than \w+ years of|\w+ years of) (?:war|conflict|fighting)\b|\bso far (?:in|this|since)\b/i;
/** "The conflict has killed tens of thousands": the war itself as the killer. */
const WAR_SUBJECT = /\b(?:war|conflict|fighting|violence|insurgency)\s+(?:has|have|had)\s+(?:already\s+|now\s+)?$/i;
/** "since the coup", "since the 1960s": a span of years. */
const YEARS_SPAN = /\bsince (?:the (?:coup|uprising|revolution|takeover)\b|the (?:19|20)\d0s\b)/i;
/** "said on Friday that ...": the day of the saying dates no attack. */
const SAID_ON = /\b(?:said|says|told|reported|announced|stated)\s+(?:\w+\s+)?(?:on\s+)?$/i;
/** "At least 80 were killed in the first week of that offensive": figures of a campaign named before. */
const OF_NAMED = /^\s+(?:[\w-]+\s+){0,6}(?:of|in|during)\s+(?:that|this|the same)\s+(?:offensive|war|campaign|fighting|conflict|siege)\b/i;
/** "struck energy infrastructure 217 times this year": a count of attacks, not one. */
const TIMES = /^\s+(?:[^\s.,;]+\s+){0,4}(?:more than |over |nearly |about |some )?[\d,]+ times\b/i;

export function warToll(doc: Doc, s: SentenceView, h: EventHit): boolean {
  const cue = doc.text.slice(h.start, h.end);
  // (The dates of the sentence by the index: scanning every date of the page for each cue made a page of strikes quadratic.)
  const dated = spansWithin(doc.dates, s.start, s.end).some((d) => (d.date ?? d.past ?? d.future) !== null && !SAID_ON.test(doc.text.slice(Math.max(s.start, d.start - 30), d.start)));
  if (TIMES.test(doc.text.slice(h.end, s.end))) return true;
  if (!TOLL_CUE.test(cue)) return false;
  if (WAR_SUBJECT.test(doc.text.slice(Math.max(s.start, h.start - 40), h.start)) || OF_NAMED.test(doc.text.slice(h.end, s.end))) return true;
  return !dated && (WAR_SPAN.test(s.text) || YEARS_SPAN.test(s.text));
}
