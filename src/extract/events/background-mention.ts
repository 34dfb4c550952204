// Mentions of an event word that tell no new happening: a habit ("whenever I visit Moscow"), an
// idiom ("seized the initiative"), a landmark named as a point of reference ("as a result of the
// invasion", "their fastest advance since a counteroffensive"), a label put on something ("described
// the refusal as sabotage"), or any event of a kind ("the unacceptability of any deployment").
// Each rule reads only the cue's clause and a few words after it.
import type { Doc } from '../../doc/model.js';
import type { SentenceView } from '../sentence-view.js';
import type { EventHit } from './lexicon.js';
import { matchesOf } from '../../doc/matches.js';

/** "Whenever I visit Moscow", "each time talks resume": a habit, not one happening. */
const HABIT = /\b(?:whenever|every time|each time)\b/gi;
/** "seized the initiative", "seize the moment": the verb in an idiom. */
const SEIZE_IDIOM = /^\s+(?:the|this|that|an?)\s+(?:initiative|opportunity|moment|chance|momentum|narrative|headlines)\b/i;
/** "as a direct result of the invasion", "in the wake of the war": a landmark as the cause of what is told. */
const CAUSE_OF = /\b(?:result|wake|aftermath|consequence|because|response|retaliation|reprisal)\s+(?:of|to|for)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+)?$/i;
/** "their fastest advance since a counteroffensive": an earlier event as a point of comparison. */
const SINCE_REFERENCE = /\bsince\s+(?:the|its|their|a|an|last year['’]s)\s+(?:[\w-]+\s+)?$/i;
/** "has fought since 2014", "killed since the start of the war": a span of years, not a day. */
const SINCE_YEARS = /^\s+(?:[\w-]+\s+)?since\s+(?:(?:19|20)\d\d\b|the\s+(?:start|beginning|outbreak)\s+of\b|(?:early\s+|late\s+|mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d))/i;
/** ", in one of the deadliest assaults on the army this year", ", the worst attack in months": the act told placed among others, not told again. */
const COMPARED_WITH = /(?:,\s*|\bin\s+)(?:one of\s+)?the\s+(?:\w+est|most\s+\w+|worst|biggest)\s+(?:[\w-]+\s+){0,2}$/i;
/** "troops deployed in the province since 2021": a presence that has lasted years. */
const SINCE_YEARS_FAR = /^\s+(?:[\w-]+\s+){0,3}since\s+(?:19|20)\d\d\b/i;
/** "extrajudicial killings in at least six towns", "attacks across several provinces": many happenings in many places. */
const ACROSS_MANY_AFTER = /^\s+(?:in|across)\s+(?:at least\s+|more than\s+|over\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of|multiple|numerous)\s+(?:towns|villages|cities|places|districts|provinces|regions|countries|locations|areas|states)\b/i;
/** "describing the refusal as deliberate sabotage", "branded the raid as terrorism": a label. */
const LABEL = /\b(?:describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|characteri[sz](?:e|es|ed|ing)|portray(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|regard(?:s|ed|ing)?|view(?:s|ed|ing)?)\b/gi;
const AS_BEFORE = /\bas\s+(?:an?\s+)?(?:[\w-]+\s+)?$/i;

/** Whether a word of `words` stands in `clause` at most `reach` characters before its end, with no full stop or semicolon between. */
function wordWithin(clause: string, words: RegExp, reach: number): boolean {
  const tail = clause.slice(-reach);
  let last = -1;
  for (const m of matchesOf(tail, words)) last = m.index! + m[0].length;
  return last >= 0 && !/[.;]/.test(tail.slice(last));
}
/** "any deployment of troops", "every attack": an event of a kind, not one that happened. */
const ANY_OF_KIND = /(?:\b(?:any|every)|(?<!\b(?:one|another|latest|last|first)\s)\bsuch)\s+(?:[\w-]+\s+)?$/i;
/** "Before Wednesday's talks in Geneva had begun": talks named as a time point are told elsewhere. */
const TALKS_AS_TIME = /\b(?:after|following|before|ahead of)\s+(?:the\s+(?:conclusion|end|close|start|opening)\s+of\s+)?\w+day['’]s\s+$/i;
const VIOLENT_OR_ALLIED = new Set(['ASSAULT', 'COERCE', 'COOPERATE', 'MOBILIZE']);
/** Landmarks of a war: "the invasion" needs no telling again. */
const LANDMARK = /^(?:invasion|full-scale invasion|war|annexation)$/i;

/** "have fought two of their three wars": a count of wars over the years, not one happening. */
const COUNTED_AFTER = /^\s+(?:two|three|four|five|six|seven|several|multiple|numerous|many)\s+(?:of\s+(?:their|the|its)\s+(?:\w+\s+)?)?wars\b/i;
/** "since January, when the ELN launched an offensive", "since March, when militants tried": a landmark the time is counted from. */
const SINCE_TIME = /^\s*(?:(?:early|late|mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d|the\s+(?:19|20)\d0s|(?:the|a|an)\s[^.;]*)$/i;
const WHEN_CLAUSE = /^,\s+(?:when|which|that|in which)\b/i;
function sinceWhen(afterSince: string): boolean {
  const comma = afterSince.indexOf(',');
  return comma > 0 && comma <= 62 && SINCE_TIME.test(afterSince.slice(0, comma)) && WHEN_CLAUSE.test(afterSince.slice(comma));
}

/** "fought a border war from 1998 to 2000", "during the 2020-2022 war", "a 1998-99 war": a span of years, not one happening. */
const YEAR_RANGE = /\b(?:from|between|in)\s+(?:19|20)\d\d\s+(?:to|and|until)\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\s?[-–]\s?(?:(?:19|20)\d\d|\d\d)\b/;
/** A day named in the sentence keeps a happening one ("on Monday", "overnight"). */
const DAY_TOLD = /\b(?:overnight|last night|yesterday|today|this morning|since dawn|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;
/** "have clashed repeatedly", "repeated strikes", "near-daily strikes": a habit of many happenings. */
const REPEATEDLY_AFTER = /^\s+(?:[\w-]+\s+)?repeatedly\b/i;
const HABITUAL_BEFORE = /\b(?:repeatedly|regularly|routinely|frequently|near-daily|almost daily|nearly daily|daily|nightly|weekly|regular|repeated|frequent|constant)\s+(?:[\w-]+\s+)?$/i;
/** "weeks of heavy air strikes", "after two days of fighting": many days of acts, not one. */
const SPAN_OF = /\b(?:days|weeks|months|years|decades)\s+of\s+(?:[\w-]+\s+){0,2}$/i;
/** "attacks have surged this year", "fighting has spread": a trend of many happenings. */
const TREND_AFTER = /^\s+(?:[\w-]+\s+){0,3}?(?:have|has|had)\s+(?:\w+\s+)?(?:surged|increased|risen|intensified|shifted|moved|escalated|grown|spread|multiplied|declined|decreased|fallen|dropped|eased|subsided|become\s+(?:more|less|increasingly))\b/i;
/** "The regime has stepped up airstrikes on ...": more acts of a kind over time, a trend. */
const TREND_BEFORE = /\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:stepped up|ramped up|intensified|escalated|increased|expanded|scaled up|scaled back|reduced|stepped down)\s+(?:(?:its|their|the|his)\s+)?(?:[\w-]+\s+)?$/i;
/** "has endured intensified attacks since March", "Fighting has ravaged the country since a coup in 2021": acts summed in a perfect counted from a landmark. */
const PERFECT_SINCE_BEFORE = /\b(?:has|have)\s+(?:long\s+)?(?:endured|faced|seen|suffered|witnessed|weathered|survived|conducted|carried out|launched|mounted|stepped up)\s+(?:[\w-]+\s+){0,3}$/i;
const PERFECT_SINCE_AFTER = /^\s+(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|n|t)\b(?:\s+[^\s.;,]+){0,5}\s+since\b/i;
const SINCE_SOON_AFTER = /^\s*(?:[^\s.;,]+\s+){0,5}since\b/i;
/** "on an almost daily basis": a habit of many happenings, wherever it stands in the sentence. */
const DAILY_BASIS = /\bon an? (?:almost |nearly |near-)?(?:daily|weekly|nightly|regular|routine|monthly) basis\b/i;
/** "were killed from January to June": a toll summed over months, told just after its verb. */
const MONTHS = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const DATE_SPAN = new RegExp(`^\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:from|between)\\s+(?:early\\s+|late\\s+|mid-)?${MONTHS}\\s+(?:to|until|through|and)\\s+(?:early\\s+|late\\s+|mid-)?${MONTHS}\\b`, 'iu');
/** "have since carried out several rounds of strikes": many acts counted in rounds. */
const ROUNDS_OF = /\b(?:several|multiple|many|numerous|repeated|successive|\d+|two|three|four|five)\s+(?:\w+\s+)?(?:rounds|waves)\s+of\s+(?:[\w-]+\s+)?$/i;
/** "had shelled its positions for a week", "have besieged the city for months", "had been partly besieged for several days": acts summed in a perfect over a span (events20). */
const PERFECT_RIGHT_BEFORE = /\b(?:has|have|had)\s+(?:been\s+)?(?:\w+ly\s+)?$/i;
const FOR_SPAN_AFTER = /^[^.;]{0,90}?\bfor\s+(?:(?:about|more than|nearly|over|almost|at least)\s+)?(?:(?:a|an|several|many|some|\d+|two|three|four|five|six|seven|eight|nine|ten|the past|the last)\s+)?(?:\w+\s+)?(?:days|weeks|months|years|decades|week|month|year)\b/i;
// (Not "over the past two months": the gold counts "have been killed ... over the past two months" as one running toll.)
const SUMMED_TO_DATE = /^[^.;]{0,100}?\b(?:so far|to date)\b/i;
const WAR_TOLL_AFTER = /^\s+(?:[\w-]+\s){0,3}?in\s+(?:the|a|its|their)\s+(?:[\w-]+\s){0,3}(?:war|wars|conflict|rebellion|insurgency|uprising|civil war)\b/i;
const WAR_WHICH_BEFORE = /\b(?:war|conflict|rebellion|insurgency|uprising),\s+(?:in\s+which|which)\s[^.;,]{0,60}$/i;
const YEAR_TOLL_AFTER = /^\s+in\s+(?:[\w-]+\s){0,2}(?:attacks|violence|fighting|clashes)\s[^.;]{0,80}\b(?:last|this)\s+year\b/i;
/** "has continued to launch strikes on Lebanon since a November 27 ceasefire": a habit kept up since a landmark (events20). */
const KEPT_UP_BEFORE = /\b(?:has|have)\s+(?:\w+ly\s+)?(?:continued\s+to\s+\w+|kept\s+up|kept\s+on\s+\w+ing|maintained)\s+(?:[\w-]+\s+){0,2}$/i;
/** "though funding remains uncertain": the act named as a topic. */
const TOPIC_STATE_AFTER = /^\s+(?:remains?|remained)\b/i;

/** True when the hit is a mention of this kind and tells no event. */
export function backgroundMention(doc: Doc, s: SentenceView, h: EventHit, clause: string): boolean {
  const cue = doc.text.slice(h.start, h.end);
  const after = doc.text.slice(h.end, Math.min(s.end, h.end + 80));
  if (h.entry.verbal) return false;
  if (wordWithin(clause, HABIT, 75)) return true;
  if (AS_BEFORE.test(clause) && wordWithin(clause, LABEL, 110)) return true;
  if (ANY_OF_KIND.test(clause)) return true;
  if (SINCE_REFERENCE.test(clause)) return true;
  if (COUNTED_AFTER.test(after)) return true;
  const since = clause.toLowerCase().lastIndexOf('since ');
  if (since >= 0 && sinceWhen(clause.slice(since + 6))) return true;
  if (h.entry.type === 'COERCE' && /^seiz/i.test(cue) && SEIZE_IDIOM.test(after)) return true;
  if ((h.entry.type === 'ASSAULT' || h.entry.type === 'COERCE') && SINCE_YEARS.test(after)) return true;
  if (LANDMARK.test(cue) && (CAUSE_OF.test(clause) || /\b(?:the|that)\s+$/i.test(clause))) return true;
  if (h.entry.type === 'CONSULT' && /^(?:talks|meetings?|negotiations)\b/i.test(cue) && TALKS_AS_TIME.test(clause)) return true;
  if (h.entry.type === 'MOBILIZE' && (SINCE_YEARS.test(after) || SINCE_YEARS_FAR.test(after))) return true;
  if (/s$/i.test(cue) && ACROSS_MANY_AFTER.test(after)) return true;
  if (COMPARED_WITH.test(clause)) return true;
  if (/s$/i.test(cue) && TREND_BEFORE.test(clause) && !DAY_TOLD.test(s.text)) return true;
  // "asked about recent drone attacks on energy facilities": attacks of late, summed as a topic.
  if (/s$/i.test(cue) && /\b(?:recent|a series of|a spate of|a wave of recent)\s+(?:[\w-]+\s+)?$/i.test(clause) && !DAY_TOLD.test(s.text)) return true;
  // ("..., the latest in a series of raids on aid groups", "the latest in a string of deadly attacks": the act just told, placed among many (events20).)
  if (/s$/i.test(cue) && /\b(?:latest|last|newest|third|fourth|fifth)\s+(?:in|of)\s+(?:a|the)\s+(?:series|string|spate|wave|run|number|succession)\s+of\s+(?:[\w-]+\s+)?$/i.test(clause)) return true;
  // (Eighteenth session, real copy: "has endured intensified RSF attacks since the army recaptured Khartoum", "Fighting has
  // ravaged swathes of the country since a coup in 2021", "violated the ceasefire ... on an almost daily basis", "were killed from
  // January to June", "have since carried out several rounds of strikes".)
  if ((VIOLENT_OR_ALLIED.has(h.entry.type) || h.entry.type === 'RETREAT' || h.entry.type === 'PROTEST') && !DAY_TOLD.test(s.text)) {
    if (PERFECT_SINCE_BEFORE.test(clause) && SINCE_SOON_AFTER.test(after)) return true;
    if (PERFECT_SINCE_AFTER.test(after)) return true;
    // "has been battling rebels fighting to end its control of their regions since late October": an
    // act in the perfect progressive, counted from a landmark later in its clause (nineteenth session, real copy).
    if (/\b(?:has|have)\s+been\s+$/i.test(clause) && /^[^.;]{0,100}\bsince\b/i.test(after)) return true;
    // ("... since a coup in 2021, with the junta battling rebels": the state the perfect sums, told as its circumstance.)
    if (/ing$/i.test(cue) && /\b(?:has|have)\s+(?:been\s+)?\w+(?:ed|en|n|t)\b[^.;]{0,80}\bsince\b[^.;]{0,60},\s+with\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}$/i.test(doc.text.slice(s.start, h.start))) return true;
    if (DAILY_BASIS.test(doc.text.slice(h.end, s.end))) return true;
    if (/^(?:killed|died|dead)$/i.test(cue) && DATE_SPAN.test(after)) return true;
    if (ROUNDS_OF.test(clause)) return true;
    if (PERFECT_RIGHT_BEFORE.test(clause) && FOR_SPAN_AFTER.test(after)) return true;
    // ("have handed in their weapons so far": acts summed to date (events20).)
    if (/\b(?:has|have|had)\s+(?:\w+\s+){0,2}$/i.test(clause) && SUMMED_TO_DATE.test(doc.text.slice(h.end, s.end))) return true;
    // ("More than 120,000 people were killed in the decades-long rebellion", "the war, in which about 100,000 people were killed",
    // "were killed in militant attacks across the two provinces last year": a war's or a year's toll (events20).)
    if (/s$/i.test(cue) && /\b(?:killed|died|dead)\s+in\s+(?:[\w-]+\s){0,2}$/i.test(clause) && /^[^.;]{0,80}\b(?:last|this)\s+year\b/i.test(doc.text.slice(h.end, s.end))) return true;
    if (/^(?:killed|died|dead)$/i.test(cue) && (WAR_TOLL_AFTER.test(after) || WAR_WHICH_BEFORE.test(clause) || YEAR_TOLL_AFTER.test(doc.text.slice(h.end, s.end)))) return true;
    if (KEPT_UP_BEFORE.test(clause) && /^[^.;]{0,100}\bsince\b/i.test(doc.text.slice(h.end, s.end))) return true;
  }
  if (REPEATEDLY_AFTER.test(after) || HABITUAL_BEFORE.test(clause) || SPAN_OF.test(clause) || TREND_AFTER.test(after) || TOPIC_STATE_AFTER.test(after)) return true;
  if (VIOLENT_OR_ALLIED.has(h.entry.type) && !DAY_TOLD.test(s.text) && (YEAR_RANGE.test(clause.slice(-100)) || YEAR_RANGE.test(after))) return true;
  return false;
}
