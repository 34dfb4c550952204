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
const WAR_SPAN = /\bsince (?:the (?:start|beginning|outbreak) of )?(?:the |its |russia['’]s |israel['’]s )?(?:full-scale |large-scale |all-out )?(?:invasion|war|conflict)\b|\bsince (?:(?:early|late|mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d\d\b|\bsince (?:the (?:war|conflict|fighting|invasion) )?(?:began|started|broke out)\b|\bon the battlefield\b|\b(?:in|during|throughout|over) (?:the|this|nearly \w+ years of|almost \w+ years of|more than \w+ years of|\w+ years of) (?:(?:19|20)\d\d )?(?:war|conflict|fighting)\b|\bso far (?:in|this|since)\b|\bsince (?:the |a |its |last \w+['’]s )?(?:[\w-]+ )?(?:truce|ceasefire|cease-fire|armistice)\b/i;
/** "has verified around 15,000 Ukrainian civilians", "has documented more than 3,400 deaths": a monitor's running count right before the toll word. */
const COUNTED_TOLL = /\b(?:has|have|had)\s+(?:now\s+|so far\s+|also\s+)?(?:verified|recorded|documented|confirmed|registered|counted|tallied)\s+(?:(?:around|about|more than|over|at least|nearly|some|almost|roughly)\s+)?(?:\d{1,3}(?:,\d{3})+|tens of thousands|thousands)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** "The conflict has killed tens of thousands": the war itself as the killer. */
const WAR_SUBJECT = /\b(?:war|conflict|fighting|violence|insurgency)\s+(?:has|have|had)\s+(?:already\s+|now\s+)?$/i;
/** "since the coup", "since the 1960s": a span of years. */
const YEARS_SPAN = /\bsince (?:the (?:coup|uprising|revolution|takeover)\b|the (?:19|20)\d0s\b)/i;
/** "since the fighting broke out on", "since": the day a span is counted from. */
const SPAN_START = /\bsince\s+(?:(?:the\s+)?(?:war|conflict|fighting|clashes|violence|hostilities|offensive)\s+(?:began|started|broke out|erupted|flared)\s+)?(?:on\s+|last\s+)?$/i;
/** "said on Friday that ...": the day of the saying dates no attack. */
const SAID_ON = /\b(?:said|says|told|reported|announced|stated)\s+(?:\w+\s+)?(?:on\s+)?$/i;
/** "At least 80 were killed in the first week of that offensive": figures of a campaign named before. */
const OF_NAMED = /^\s+(?:[\w-]+\s+){0,6}(?:of|in|during)\s+(?:that|this|the same)\s+(?:offensive|war|campaign|fighting|conflict|siege)\b/i;
/** "struck energy infrastructure 217 times this year": a count of attacks, not one. */
const TIMES = /^\s+(?:[^\s.,;]+\s+){0,4}(?:(?:more than |over |nearly |about |some )?[\d,]+|(?:hundreds|thousands|dozens|scores) of) times\b/i;
/** "Gang violence killed more than 4,000 people in the first half of the year": the violence of a season as the killer. */
const VIOLENCE_SUBJECT = /\b(?:war|conflict|fighting|violence|insurgency|rebellion)\s+(?:has\s+|have\s+|had\s+)?(?:already\s+|now\s+)?$/i;
/** "Violence linked to jihadist groups has": the violence named with what it is linked to (up to three words) as the subject. */
const LINKED = /\b(?:war|conflict|fighting|violence|insurgency|rebellion)\s+(?:linked to|related to|involving|blamed on)\s/i;
/** "Violence linked to jihadist groups has killed": the cue, its link and the toll verb. */
function killedAfterLinked(cue: string, after: string): boolean {
  const k = after.search(/\s(?:killed|claimed)\b/i);
  return k >= 0 && linkedSubject(cue + after.slice(0, k) + ' ');
}
function linkedSubject(before: string): boolean {
  const m = LINKED.exec(before);
  if (!m) return false;
  const words = before.slice(m.index + m[0].length).trim().split(/\s+/);
  const at = words.findIndex((w) => /^(?:has|have|had)$/i.test(w));
  return at >= 1 && at <= 3 && words.slice(at + 1).every((w) => /^(?:already|now)$/i.test(w));
}
const SEASON_SPAN = /\b(?:in|during|over) the (?:first|second|last|past) (?:half|quarter|\w+ months|\w+ weeks|year)\b|\bso far this year\b|\bsince the (?:start|beginning) of (?:the|this) year\b|\bin the (?:past|last) (?:\w+ )?(?:months|weeks|years)\b/i;
/** "The insurgency began in October 2017 and has killed more than 6,000 people": the war as the killer, after its start. */
const WAR_BEGAN = /\b(?:war|conflict|fighting|insurgency|rebellion|uprising),?(?:\s[^.;\s]+){0,6}?\s(?:began|started|broke out|erupted)\b/i;
/** What follows the start, up to the toll verb: "in October 2017 and has", "in 2013,". */
const THEN_TOLL = /(?:\band\s+(?:has|have)|,(?:\s+(?:has|have))?)\s+(?:(?:already|now)\s+)?$/i;
function warBeganThenKilled(before: string): boolean {
  const m = WAR_BEGAN.exec(before);
  if (!m) return false;
  const rest = before.slice(m.index + m[0].length);
  return rest.length <= 70 && !/[.;]/.test(rest) && THEN_TOLL.test(rest);
}
/** A perfect that sums acts: "has since fired hundreds of missiles", "have allegedly killed hundreds of civilians". */
const PERFECT_BEFORE = /\b(?:has|have)\s+((?:since|also|allegedly|reportedly|already|now|been|repeatedly)\s+){0,3}$/i;
const PERFECT_COUNT_BEFORE = /\b(?:has|have)\s+(?:(?:since|also|allegedly|reportedly|already|now|repeatedly)\s+){0,2}(?:carried out|launched|conducted|fired|staged|mounted|made|killed|detained|arrested)\s+(?:more than\s+|over\s+|at least\s+|nearly\s+)?(?:hundreds|thousands|tens of thousands|dozens|scores)\s+of\s+(?:[\w-]+\s+)?$/i;
/** A count of many: hundreds, thousands, or a figure in the thousands. */
const MANY = /\b(?:hundreds|thousands|tens of thousands|hundreds of thousands|millions|scores)\b|\b(?:\d+(?:\.\d+)?|a|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+million\b/i;
// ("has killed more than 68,000 Palestinians": a figure in the thousands after a perfect is a sum, as "thousands" is.)
const MANY_AFTER = /^\s+(?:[\w'’-]+\s+){0,3}?(?:more than |over |at least |nearly |about |some |almost |up to )?(?:hundreds|thousands|tens of thousands|millions|scores|\d+(?:\.\d+)?\s+million|\d{1,3}(?:,\d{3})+(?![\d,]))\b/i;
/** "has launched more than 5,000 drones at Ukraine in November alone": a count in the thousands launched or fired over a span. */
const THOUSANDS_LAUNCHED = /^\s+(?:more than |over |at least |nearly |about |some |almost |up to )?\d{1,3}(?:,\d{3})+\s+(?:[\w-]+\s+){0,2}?(?:drones|missiles|rockets|shells|bombs|munitions|strikes|attacks)\b/i;
/** "in the past 24 hours", "this week": a count of one short spell of strikes, which a reader takes as one happening. */
const SHORT_SPELL = /\b(?:past|last) (?:24|48|72) hours\b|\b(?:past|last) (?:day|night|week)\b|\bthis week\b/i;
const DAY_TOLD = /\b(?:overnight|last night|yesterday|today|this morning|since dawn|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;

/** "between November 2023 and December 2024", "from 2015 to 2019": a span running across years, right after the act. */
const YEARS_BETWEEN = /^[^.;]{0,70}?\b(?:between|from)\s(?:early\s|late\s|mid-)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s)?(?:19|20)\d\d\s(?:and|to|until|through)\s(?:early\s|late\s|mid-)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s)?(?:19|20)\d\d\b/i;

const YEARS_BETWEEN_IN = /\b(?:between|from)\s(?:early\s|late\s|mid-)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s)?(?:19|20)\d\d\s(?:and|to|until|through)\s(?:early\s|late\s|mid-)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s)?(?:19|20)\d\d\b/i;

/**
 * Acts summed over a time, not one happening: a perfect with "since" or with a count of many
 * ("Iran has since fired hundreds of missiles at Israel", "insurgents have allegedly recruited
 * hundreds of children", "more than 1.3 million people have been forced from their homes"), when
 * the sentence names no day.
 */
export function summedActs(doc: Doc, s: SentenceView, h: EventHit, clause: string): boolean {
  if (h.entry.verbal || DAY_TOLD.test(s.text) || SHORT_SPELL.test(s.text)) return false;
  // ("attacked more than 100 merchant vessels between November 2023 and December 2024": acts over a span of months or years.)
  if (YEARS_BETWEEN.test(doc.text.slice(h.end, Math.min(s.end, h.end + 120)))) return true;
  // ("..., sinking two and seizing another": the participles that go on the summed acts are summed too.)
  const upTo = doc.text.slice(s.start, h.start);
  if (/,\s+(?:\w+ing\b[^.;,]{0,40})?$/.test(upTo) && YEARS_BETWEEN_IN.test(upTo)) return true;
  // "Israel has carried out hundreds of strikes in Syria": the count is the object of a perfect.
  if (PERFECT_COUNT_BEFORE.test(clause)) return true;
  const perfect = PERFECT_BEFORE.exec(clause);
  if (!perfect) return false;
  if (/\bsince\b/i.test(perfect[0])) return true;
  // ("The war ... has killed tens of thousands and forced about 12 million from their homes": the count inside the cue.)
  if (/\b(?:millions?|thousands|hundreds of thousands|\d{1,3}(?:,\d{3})+)\b/i.test(doc.text.slice(h.start, h.end))) return true;
  // (The count may stand inside the cue: "launched ... drones".)
  if (!/\bbeen\b/i.test(perfect[0]) && THOUSANDS_LAUNCHED.test(doc.text.slice(h.start, Math.min(s.end, h.end + 80)).replace(/^\S+/, ''))) return true;
  return MANY_AFTER.test(doc.text.slice(h.end, Math.min(s.end, h.end + 80))) || MANY.test(clause.slice(0, perfect.index));
}

export function warToll(doc: Doc, s: SentenceView, h: EventHit): boolean {
  const cue = doc.text.slice(h.start, h.end);
  // (The dates of the sentence by the index: scanning every date of the page for each cue made a page of strikes quadratic.)
  // ("killed since the fighting broke out on Thursday": the day a span starts from dates no one deed.)
  const dated = spansWithin(doc.dates, s.start, s.end).some((d) => (d.date ?? d.past ?? d.future) !== null && !SAID_ON.test(doc.text.slice(Math.max(s.start, d.start - 30), d.start))
    && !SPAN_START.test(doc.text.slice(Math.max(s.start, d.start - 50), d.start)));
  if (TIMES.test(doc.text.slice(h.end, s.end))) return true;
  // "Gang violence killed more than 4,000 people in the first half of the year": the violence of a season, named as the killer.
  if (/^(?:violence|fighting|war|conflict|insurgency)$/i.test(cue) && (/^\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?(?:killed|claimed)\b/i.test(doc.text.slice(h.end, s.end)) || killedAfterLinked(cue, doc.text.slice(h.end, Math.min(s.end, h.end + 50)))) && (SEASON_SPAN.test(s.text) || WAR_SPAN.test(s.text))) return true;
  // ("173 people have been killed and more than 400 wounded in Israeli attacks since the ceasefire went into effect": the attacks
  // that caused a war's toll.)
  if (/s$/i.test(cue) && !dated && /\b(?:killed|wounded|injured|died|dead)\b[^.;]{0,60}\b(?:in|by|from)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu.test(doc.text.slice(Math.max(s.start, h.start - 100), h.start))
    && (WAR_SPAN.test(s.text) || YEARS_SPAN.test(s.text))) return true;
  if (!TOLL_CUE.test(cue)) return false;
  if (WAR_SUBJECT.test(doc.text.slice(Math.max(s.start, h.start - 40), h.start)) || OF_NAMED.test(doc.text.slice(h.end, s.end))) return true;
  if (warBeganThenKilled(doc.text.slice(Math.max(s.start, h.start - 140), h.start))) return true;
  // ("The UN has verified around 15,000 civilians killed": a monitor's count in the thousands, with no day, is the war's.)
  if (!dated && COUNTED_TOLL.test(doc.text.slice(Math.max(s.start, h.start - 120), h.start))) return true;
  if ((VIOLENCE_SUBJECT.test(doc.text.slice(Math.max(s.start, h.start - 40), h.start)) || linkedSubject(doc.text.slice(Math.max(s.start, h.start - 70), h.start))) && SEASON_SPAN.test(s.text)) return true;
  return !dated && (WAR_SPAN.test(s.text) || YEARS_SPAN.test(s.text));
}
