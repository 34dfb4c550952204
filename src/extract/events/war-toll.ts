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
/** "struck energy infrastructure 217 times this year": a count of attacks, not one. */
const TIMES = /^\s+(?:[^\s.,;]+\s+){0,4}(?:more than |over |nearly |about |some )?[\d,]+ times\b/i;

export function warToll(doc: Doc, s: SentenceView, h: EventHit): boolean {
  const cue = doc.text.slice(h.start, h.end);
  // (The dates of the sentence by the index: scanning every date of the page for each cue made a page of strikes quadratic.)
  const dated = spansWithin(doc.dates, s.start, s.end).some((d) => (d.date ?? d.past ?? d.future) !== null);
  if (TIMES.test(doc.text.slice(h.end, s.end))) return true;
  return TOLL_CUE.test(cue) && !dated && WAR_SPAN.test(s.text);
}
