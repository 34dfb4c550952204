// More mentions of an event word that tell no happening of their own, each read from the
// cue's clause and a few words around it:
// - a predicate noun after a copula describes a happening named as the subject or told
//   before ("It was his third trip to Moscow", "the attack was the second mass strike");
// - an event named as the topic of talks or of a plan ("the summit focused on ... prisoner
//   exchanges", "negotiations on economic cooperation");
// - an admission ("it conceded that it has not achieved ...") is no concession;
// - a state of things after "with" ("with hundreds of thousands dead, millions forced to flee");
// - a gerund naming an activity in general ("Visiting any head of state requires checks");
// - agreeing with a view ("Trump agrees with Putin that ...");
// - talks said to be stalled or deadlocked (a state of the process, not a meeting);
// - papers handed over ("handed over a list of children") free no one;
// - a toll denied ("no civilians had been injured or killed", "no one was hurt", "No casualties were reported");
// - "carried out an airstrike ... in coordination with the government": the manner of the act told, no cooperation of its own;
// - "where mourners had gathered": people met for a rite, a meal or aid, not a protest;
// - troops moved "to which"/"from which" a line or town is named ("near the line to which Israeli troops withdrew");
// - a deed delayed ("dragging its feet on returning the bodies", "delays in releasing");
// - the deed a war began with ("The war began when militants attacked ..."), background to the news;
// - a ban or blockade violated or defied ("had violated a ban on entering the ports"), and a blockade or siege in place
//   for years or since a month ("has been under a blockade for more than two years");
// - a deed that "has yet to take place" or "is yet to be carried out" (the agreed swap, the promised pullback).
import type { Doc } from '../../doc/model.js';
import type { SentenceView } from '../sentence-view.js';
import { spansStartingIn } from '../../doc/span-index.js';
import type { EventHit } from './lexicon.js';
import { partTakenInPassing } from './reference-clause.js';

/** "was the second mass strike", "is a new round of": a noun after a copula (not "there was an attack"). */
const COPULA_BEFORE = /(?<!\bthere\s)\b(?:was|is|were|are|been|be|became|becomes|remains|remained)\s+(?:(?:the|a|an|his|her|its|their|our|this|that)\s+)?(?:[\w-]+\s+){0,3}$/i;
/** A preposition among the words after a copula. */
const ADJUNCT_WORD = /\s(?:in|on|at|by|from|with|for|of|to|into|during|after|amid|near|over)\s/i;
/** "focused on ... prisoner exchanges", "negotiations on economic cooperation", "discussed a prisoner swap". */
const TOPIC_BEFORE = /\b(?:focus(?:ed|es|ing|sed|ses|sing)? on|discuss(?:ed|es|ing)?|(?:on|off) the agenda|agenda (?:of|for|including)|topics? (?:of|such as|including)|(?:talks|negotiations|discussions|dialogue|consultations|track|framework|proposal|plan|deal|agreement|accord|memorandum)\s+(?:on|about|over|regarding|concerning|covering))\s+(?:[^.;:()]{0,80})$/i;
/** "conceded that", "conceded it had not": an admission, not a concession. */
const ADMISSION_AFTER = /^\s*(?:,|(?:that|it|he|she|they|we|there|this|too\s+(?:much|many|far|little)|nothing|little|more than)\b)/i;
/** "with hundreds of thousands dead, millions forced to flee": a state after an absolute "with". */
const WITH_STATE = /\bwith\s+(?:(?:about|around|some|more than|over|nearly|almost|at least|tens of|hundreds of|thousands of|millions of)\s+)*(?:hundreds|thousands|millions|dozens|scores|tens|many|much|most|\d[\d,.]*)\b[^.;:]{0,160}$/i;
const STATE_CUE = /^(?:dead|killed|wounded|injured|destroyed|displaced|forced|razed|demolished|flattened|damaged)\b/i;
/** "Visiting any head of state requires ...": a gerund subject with a present or modal verb after it. */
const GENERIC_GERUND_AFTER = /^[^,;.:]{0,80}?\b(?:requires?|is|are|means|remains|takes|has become|would|can|could|should|must|involves?)\b/i;
/** "agrees with Putin that ...": sharing a view. */
const AGREE_WITH_VIEW = /^\s+with\s+[^,.;]{1,60}?\s(?:that|on the need|about)\b/i;

/** "talks on a roadmap had stalled", "negotiations remain deadlocked": the state of a process, no meeting. */
const STALLED_AFTER = /^[^.;,]{0,60}?\s(?:(?:has|have|had|remain|remains|remained|are|were|is|was)\s+(?:\w+\s+)?)?(?:stalled|deadlocked|frozen|stuck|on hold|at an impasse|in limbo)\b/i;

/** "a list of", "a memorandum", "documents": papers handed over. */
const PAPERS_AFTER = /^\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:\w+\s+)?(?:lists?|memorandum|memorandums|memoranda|documents?|drafts?|proposals?|letters?|names|plans?|dossiers?|papers|evidence|maps?)\b/i;

/** "no civilians had been injured or", "no one was": the subject of the toll denied, right before the cue (or its first word). */
const NO_TOLL_BEFORE = /\b(?:no|none of the)\s+(?:one|body|civilians?|people|persons?|soldiers|troops|crew(?:\s+members)?|passengers|residents|staff|personnel|fatalities|casualties|injuries|deaths)\s+(?:(?:had|has|have|were|was|is|are)\s+)?(?:been\s+)?(?:(?:reported(?:ly)?|immediately|initially|seriously)\s+)?(?:(?:injured|wounded|hurt|killed)\s+(?:or|and)\s+)?$/i;
/** A denied toll noun with the verb after it: "No casualties were reported", "no injuries were reported". */
const NO_TOLL_NOUN = /\bno\s+(?:immediate\s+|reported\s+)?$/i;
/** "has yet to take place", "is yet to be carried out", "have yet to be implemented": after the cue's noun phrase, within its clause. */
const YET_TO_AFTER = /^[^.;,]{0,60}?\s(?:has|have|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+(?:take place|happen|begin|start|materiali[sz]e|be\s+(?:carried out|implemented|held|completed|finali[sz]ed|signed|made|done))\b/i;

/** What a participle "mediated" may describe without talks being told: "an exchange mediated by", "a truce brokered by". */
const MEDIATED_THING = new Set(['exchange', 'swap', 'deal', 'agreement', 'accord', 'release', 'handover', 'transfer', 'truce', 'ceasefire']);
/** An act of force or a deployment told before "in coordination with" in the same clause. */
const ACT_BEFORE = /\b(?:air ?strikes?|strikes?|attacks?|raids?|operations?|offensive|shelled|bombed|struck|attacked|raided|carried out|launched|conducted|deployed|killed|hit)\b/i;
/** Who gathers for a rite, a meal or aid, not to protest: "mourners had gathered", "worshippers gathered". */
const NOT_PROTESTERS = new Set(['mourners', 'worshippers', 'worshipers', 'pilgrims', 'families', 'relatives', 'guests', 'children', 'pupils', 'students', 'patients']);
const AUXILIARY = new Set(['had', 'have', 'were', 'was']);
function notProtesters(clause: string): boolean {
  const w = lastWords(clause, 2);
  return NOT_PROTESTERS.has(w[w.length - 1]) || (AUXILIARY.has(w[w.length - 1]) && NOT_PROTESTERS.has(w[w.length - 2]));
}

/** "the line to which troops withdrew", "the town from which they pulled out": a place named by a move told in passing. */
const WHICH_PREPOSITION = new Set(['to', 'from', 'behind', 'beyond', 'into', 'toward', 'towards', 'through']);
function whichBefore(clause: string): boolean {
  const k = clause.toLowerCase().lastIndexOf(' which ');
  if (k < 0) return false;
  const rest = clause.slice(k + 7);
  return rest.length <= 60 && !/[,.;]/.test(rest) && WHICH_PREPOSITION.has(lastWords(clause.slice(0, k), 1)[0] ?? '');
}
/** "dragging its feet on", "delays in", "failure in", "slow in": what the gerund after it names has not been done. */
const DELAY_WORD = /^(?:feet|delays?|delayed|delaying|slow|slowness|failure|failing|failed|stalling|hold-?ups?)$/;
const DELAY_PREPOSITION = new Set(['on', 'in', 'over', 'at', 'about', 'with']);
/** The last `n` words of `text`, in lower case. */
function lastWords(text: string, n: number): string[] {
  return text.slice(-(n * 30)).toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).slice(-n);
}
/** `words[at]` is a preposition with a delay word one to three words before it: "feet on", "delays in releasing". */
function delayedAt(words: string[], at: number): boolean {
  return at >= 1 && DELAY_PREPOSITION.has(words[at]) && words.slice(Math.max(0, at - 3), at).some((w) => DELAY_WORD.test(w));
}
/** The gerund right after the delay ("on returning"), or a cue in its object within 40 characters ("on releasing the remaining detainees"). */
function delayed(clause: string, cue: string): boolean {
  if (/^\p{L}+ing\b/iu.test(cue) && /\s$/.test(clause) && delayedAt(lastWords(clause, 5), lastWords(clause, 5).length - 1)) return true;
  const comma = Math.max(clause.lastIndexOf(','), clause.lastIndexOf('.'), clause.lastIndexOf(';'));
  const tail = clause.slice(comma + 1);
  for (let at = tail.length - 1; at > 0 && tail.length - at <= 60; at--) {
    if (tail[at] !== ' ') continue;
    const word = /^\s(\p{L}+ing)\s/u.exec(tail.slice(at, at + 40));
    if (!word || tail.length - (at + word[0].length) > 40) continue;
    const before = lastWords(tail.slice(0, at), 5);
    if (delayedAt(before, before.length - 1)) return true;
  }
  return false;
}
/** "The war began when", "the conflict erupted after": the deed that started a war, told as background. */
const WAR_BEGAN_WHEN = /\b(?:war|conflict|fighting|insurgency|crisis|hostilities|rebellion|uprising)\s(?:first\s)?(?:began|started|erupted|broke out|was (?:triggered|sparked))\s(?:when|after|with|by)\s/i;
/** The words after a match, up to the cue: short and in one clause. */
function closeAfter(clause: string, re: RegExp, reach: number, stops: RegExp): boolean {
  const m = re.exec(clause);
  if (!m) return false;
  const rest = clause.slice(m.index + m[0].length);
  return rest.length <= reach && !stops.test(rest);
}
/** "had violated a ban on", "in defiance of a blockade": the measure is told as broken, not as imposed. */
const DEFY_WORD = /^(?:violat\w+|breach(?:ed|es|ing)?|defied|defies|defy|defying|flout\w*|broke|breaks?|breaking|evad\w+|circumvent\w*|despite)$/;
function defiedBefore(clause: string): boolean {
  if (!/\s$/.test(clause)) return false;
  const words = lastWords(clause, 6);
  // (A verb, or "in breach/violation/defiance of", up to three words (an article and two more) before the cue.)
  for (let k = words.length - 1; k >= Math.max(0, words.length - 4); k--) {
    if (DEFY_WORD.test(words[k])) return true;
    if (words[k] === 'of' && k >= 2 && words[k - 2] === 'in' && /^(?:breach|violation|defiance)$/.test(words[k - 1])) return true;
  }
  return false;
}
/** "has been under a blockade", "have imposed a siege": a perfect before a coercive measure, in the cue's clause. */
const PERFECT_STATE = /\b(?:has|have)\s(?:(?:long|now|also)\s)?(?:been\s(?:under|living under)|imposed|maintained|kept|enforced|laid)\b/i;
/** "for more than two years", "since September": the span a measure has been in place. */
const STATE_SPAN_FOR = /\bfor (?:more than |over |nearly |almost |about )?(?:\d\d?|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years|months|weeks)\b/i;
const STATE_SPAN_SINCE = /\bsince (?:early |late |mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december|19\d\d|20\d\d|the start|the beginning|the war|the conflict|the coup)\b/i;

/** "was required to withdraw", "are obliged to hand over": what a deal binds a side to do, not done (events20). */
const BOUND_TO = /\b(?:was|were|is|are|be)\s+(?:\w+ly\s+)?(?:required|obliged|obligated|bound)\s+to\s+(?:\w+ly\s+)?$/i;
/** "arrested three men suspected of planting explosives", "charged with attacking": the deed a charge names. */
const CHARGED_WITH = /\b(?:suspected|suspicion|charged|convicted)\s(?:of|with)\s([\w-]+)(?:\s[\w-]+){0,3}\s$/i;
function chargedWith(clause: string): boolean {
  return /ing$/i.test(CHARGED_WITH.exec(clause)?.[1] ?? '');
}
/** "after an 18-month siege", "following a months-long blockade": the siege a capture ended, told as its circumstance. */
const SPAN_SIEGE_BEFORE = /\b(?:after|following|ending|ended)\s+(?:a|an|the|its|their)\s+(?:[\w-]+-(?:day|week|month|year)(?:-long)?|(?:days|weeks|months|years)-long|long)\s+$/i;

export function notAHappening(doc: Doc, s: SentenceView, h: EventHit, clause: string): boolean {
  const cue = doc.text.slice(h.start, h.end);
  const after = doc.text.slice(h.end, Math.min(s.end, h.end + 120));
  if (h.entry.verbal) return false;
  // ("Qatar, which mediated the talks, said", "The meeting, hosted by the EU, lasted four hours": a part taken in a happening told elsewhere.)
  if (partTakenInPassing(doc.text.slice(Math.max(s.start, h.start - 240), h.start), cue, doc.text.slice(h.end, s.end))) return true;
  if (h.entry.type === 'ASSAULT' && (NO_TOLL_BEFORE.test(clause) || (/^(?:casualties|injuries|deaths|fatalities)$/i.test(cue) && NO_TOLL_NOUN.test(clause)))) return true;
  if (YET_TO_AFTER.test(after)) return true;
  if (BOUND_TO.test(clause)) return true;
  if ((h.entry.type === 'ASSAULT' || h.entry.type === 'COERCE') && chargedWith(clause)) return true;
  if (h.entry.type === 'COERCE' && /^(?:siege|blockade|encirclement)$/i.test(cue) && SPAN_SIEGE_BEFORE.test(clause)) return true;
  if ((h.entry.type === 'RETREAT' || h.entry.type === 'MOBILIZE') && whichBefore(clause)) return true;
  if (delayed(clause, cue)) return true;
  // ("... on Oct. 7, 2023, killing ...": an abbreviation's point ends no sentence.)
  if (closeAfter(clause, WAR_BEGAN_WHEN, 120, /;|[.!?]\s+["“]?\p{Lu}/u)) return true;
  if ((h.entry.type === 'COERCE' || h.entry.type === 'SANCTION') && defiedBefore(clause)) return true;
  if (h.entry.type === 'COERCE' && closeAfter(clause + cue, PERFECT_STATE, 60, /[.;]/) && (STATE_SPAN_FOR.test(doc.text.slice(h.end, s.end)) || STATE_SPAN_SINCE.test(doc.text.slice(h.end, s.end)))) return true;
  // ("an exchange mediated by the United Arab Emirates": the mediation of the swap told, no talks of their own.)
  // ("A ceasefire brokered by Malaysia took effect on July 28": the truce told, which the AGREE of "ceasefire ... took effect" holds (events23).)
  if (h.entry.type === 'CONSULT' && /^(?:mediat|broker)/i.test(cue) && MEDIATED_THING.has(lastWords(clause, 1)[0] ?? '')) return true;
  if (h.entry.type === 'COOPERATE' && /^(?:in coordination with|coordination)$/i.test(cue) && ACT_BEFORE.test(clause)) return true;
  if (h.entry.type === 'PROTEST' && /^gathered\b/i.test(cue) && notProtesters(clause)) return true;
  const first = spansStartingIn(doc.tokens, h.start, h.end)[0];
  const nominal = first?.pos === 'NOUN' && !/^(?:killed|dead|wounded|injured|destroyed|struck|shot|hit)$/i.test(cue);
  // ("were killed in Israeli strikes": a preposition between them makes the noun an adjunct's, not the predicate.)
  const copula = nominal && (h.entry.type === 'ASSAULT' || h.entry.type === 'CONSULT') ? COPULA_BEFORE.exec(clause) : null;
  if (copula && !ADJUNCT_WORD.test(copula[0])) return true;
  if (h.entry.type !== 'CONSULT' && TOPIC_BEFORE.test(clause)) return true;
  if (h.entry.type === 'CONCEDE' && /^conced/i.test(cue) && ADMISSION_AFTER.test(after)) return true;
  if ((h.entry.type === 'ASSAULT' || h.entry.type === 'COERCE') && STATE_CUE.test(cue) && WITH_STATE.test(clause)) return true;
  if (/^\W*$/.test(doc.text.slice(s.start, h.start)) && /^\w+ing\b/i.test(cue) && GENERIC_GERUND_AFTER.test(after)) return true;
  if (h.entry.type === 'AGREE' && /^agree[sd]?$/i.test(cue) && AGREE_WITH_VIEW.test(after)) return true;
  if (h.entry.type === 'CONSULT' && nominal && STALLED_AFTER.test(after)) return true;
  // "handed over a list of children", "handed over a memorandum": papers change hands, no one is freed.
  if (/^hand(?:s|ed|ing)? over$/i.test(cue) && PAPERS_AFTER.test(after)) return true;
  return false;
}
