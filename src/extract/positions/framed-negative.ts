// Frames that put a stance cue out of anyone's mouth (precpos21, read on real wire copy of other wars):
// a denied act in the gerund ("denied on Wednesday agreeing to a ceasefire"), a report the sentence
// contradicts ("contrary to earlier reports that X had accepted ..."), another's effort to bring a side
// round ("Getting Hezbollah to agree to disarm will be hard"), a doubt ("diplomats doubt that the RSF
// would accept ..."), a stance said to be uncertain ("its willingness to cede land remains unclear"), a
// stance held before and reported in the pluperfect with "previously" ("had previously insisted on ..."),
// an issue inside "whether" after the cue ("rejected the plan, and it is unclear whether the RSF will
// withdraw"), and what unnamed people say ("A lot of people said they'll never disarm").
import type { IssueHit, StanceHit } from './cues.js';
import type { SentenceView } from '../sentence-view.js';
import { matchesOf } from '../../doc/matches.js';

/** "denied (on Wednesday | in a statement | flatly) agreeing": a denial and up to four words of time or manner right before a gerund cue, or before a gerund ("denied Monday planning to accept"; not "anything"). */
const DENIAL = /\bden(?:y|ies|ied|ying)\b/gi;
/** After the denial, to the cue: up to four words of time or manner, then a gerund or none. */
const DENIED_REST = /^\s+(?:(?:on|in|at|last|this|late|early|again|afterwards|later|also|then|once|swiftly|quickly|strongly|firmly|flatly|categorically|vehemently|repeatedly|publicly|officially|immediately|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day|a|the|statement|interview|post|week|month|year|night|morning|evening)\s+){0,4}(?:(?!(?:any|some|no|every)thing\b)\p{L}+ing\s+(?:to\s+)?)?$/iu;

/** A report set against the facts: "contrary to (earlier) reports that", "goes against reports that", "dismissing media reports suggesting". */
const REPORT_NOUN = /\b(?:report|claim|rumou?r|speculation|suggestion|assurance)s? (?:that|suggesting|saying|claiming|alleging|indicating)\b/gi;
/** Words that may stand between the verb and the report noun ("earlier media", "multiple US media", "earlier assurances"). */
const REPORT_MODIFIER = /^(?:the|some|several|multiple|earlier|recent|previous|initial|unconfirmed|media|press|news|western|foreign|local|israeli|russian|us|u\.s\.)$/i;
/** The verbs or prepositions that set a report against the facts (the last word before the modifiers). */
const AGAINST_REPORT = /^(?:to|against|despite|contradict(?:s|ed|ing)?|den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|refut(?:ed|es|ing)|blast(?:ed|s|ing)|slams?|slamm(?:ed|ing)|aside)$/i;

/** Another's effort to bring a side round, right before the side's act: "Getting Hezbollah to", "persuading the Houthis to", "convince Kyiv to". */
/** Verbs of bringing a side round, in the gerund or the base form (not a past tense: "Egypt persuaded Hamas to accept the truce" says Hamas accepted). */
const BRING_VERB = /^(?:get|getting|persuade|persuading|convince|convincing|coax|coaxing|induce|inducing|entice|enticing|force|forcing|compel|compelling|bring|bringing)$/i;

/** "Getting Hezbollah to ", "persuading the Houthis to (quickly) ": read from the end, word by word (a word walk). */
function broughtRound(before: string): boolean {
  const words = before.trim().split(/\s+/);
  let k = words.length - 1;
  if (k >= 0 && /ly$/i.test(words[k])) k--;
  if (k < 0 || words[k].toLowerCase() !== 'to') return false;
  k--;
  let names = 0;
  while (k >= 0 && names < 3 && /^\p{Lu}/u.test(words[k]) && !BRING_VERB.test(words[k])) { names++; k--; }
  if (!names) return false;
  if (k >= 0 && words[k].toLowerCase() === 'the') k--;
  return k >= 0 && BRING_VERB.test(words[k]);
}

/** "doubt that", "are skeptical that", "question whether": a guess against the stance that follows. */
const DOUBTED = /\b(?:doubts?|doubted|doubting|(?:are|is|was|were|remain(?:s|ed)?)\s+(?:\w+\s+)?(?:sceptical|skeptical)|question(?:s|ed)?)\s+(?:that|whether|if)\s/i;

/** A stance noun, then (its object) and an uncertainty predicate: "willingness to ... remains uncertain". */
const STANCE_NOUN = /^(?:willingness|readiness|commitment|acceptance|openness|intention|intent|desire|agreement|offer|promise|pledge)\b/i;
const UNCERTAIN = /\b(?:remains?|remained|is|was|seems?|seemed|looks?)\s+(?:\w+ly\s+|still\s+|yet\s+|far\s+from\s+)?(?:uncertain|unclear|doubtful|in\s+doubt|questionable|an\s+open\s+question|to\s+be\s+seen|unknown|untested)\b/i;

/** "had previously insisted on", "had once said it would" (not "had earlier said": often the same day): a stance reported in the pluperfect with an adverb of before. */
const PLUPERFECT = /\bhad\s+(?:previously|once|initially|originally|formerly)\b/gi;
/** From there to the cue: an adverb, a verb of saying with "that" and up to four words, or nothing. */
const PLUPERFECT_REST = /^\s+(?:\w+ly\s+)?(?:(?:said|stated|indicated|insisted|declared|announced|signalled|signaled|made\s+clear|suggested)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,4})?$/iu;

/** Between a cue and its issue: a clause asking whether ("..., and it remains unclear whether the RSF will"). */
const WHETHER_BETWEEN = /\b(?:unclear|not\s+(?:yet\s+|entirely\s+|immediately\s+)?clear|uncertain|unknown|doubtful|open\s+question|to\s+be\s+seen|asked|wondered|question|doubts?)\s+(?:as\s+to\s+)?(?:whether|if)\b/i;

/** Unnamed people saying: "A lot of people said", "many people believe", "some Ethiopians say" (after the start, a quote mark, "that" or a comma). */
const PEOPLE_VERB = /\b(?:say|says|said|claim|claims|claimed|think|thought|believe|believes|believed|insist|insists|insisted)\b/gi;
/** What may stand right before those words: the sentence's start, a quote mark, "that" or a comma. */
/** Before the verb, read back: (an adverb), ("have"), "people" or a plural, a quantifier; and before that the start, a quote, "that" or a comma. */
function peopleSay(before: string): boolean {
  const words = before.trim().split(' ');
  let k = words.length - 1;
  if (k >= 0 && /ly$/i.test(words[k])) k--;
  if (k >= 0 && words[k].toLowerCase() === 'have') k--;
  if (k < 0 || !/^(?:people|\p{L}+s)$/iu.test(words[k])) return false;
  k--;
  const q = words[k]?.toLowerCase();
  if (q === 'of' && /^(?:lot|lots|plenty)$/i.test(words[k - 1] ?? '')) k -= words[k - 1].toLowerCase() === 'lot' ? 3 : 2;
  else if (q === 'many' || q === 'some' || q === 'most') k--;
  else return false;
  if (k < -1) return false;
  const prev = k >= 0 ? words[k] : '';
  return k < 0 || /["“‘,]$/.test(prev) || /^that$/i.test(prev) || /^["“‘]/.test(words[k + 1] ?? '');
}

/** "the chances that", "the prospects of", "the likelihood that": a guess on what a side will do. */
const CHANCES = /\b(?:chances?|prospects?|likelihood|odds|possibility|probability)\s+(?:that|of)\s/gi;
/** "Putin, probably, will reject": a hedging adverb set off by commas, then a modal, right before the cue. */
const HEDGED_MODAL = /\b(?:probably|possibly|perhaps|likely|presumably|almost certainly),\s+(?:will|would|could|may|might)\s+(?:not\s+|never\s+)?$/i;
/** ", suggesting that": an inference drawn by another from what was said or done. */
const INFERRED = /,\s+(?:suggesting|implying|indicating|signalling|signaling)\s+(?:that\s+)?/gi;
/** "hope that", "expects that", then another side and a modal right before the cue: "The mediators hope that the Houthis will". */
const HOPE_THAT = /\b(?:hope|hopes|hoped|hoping|expect|expects|expected|expecting|want|wants|wanted|wish|wishes|wished) that /gi;
const HOPED_SIDE = /^(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}(?:will|would|can|could|might|may|shall)\s+(?:\w+ly\s+)?(?:be\s+)?$/u;
/** "Critics of the deal argue that", "Opponents of the plan say": the sentence's start. */
const CRITICS_OF = /^\W*(?:(?:some|many|most)\s+)?(?:critics|opponents|detractors|sceptics|skeptics)\s+of\s+(?:the|this|that|his|her|its|their|any)\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|plan|agreement|accord|talks|proposal|truce|ceasefire|government|policy|process|initiative|approach)\s+(?:say|said|argue[sd]?|claim(?:s|ed)?|contend(?:s|ed)?|warn(?:s|ed)?|insist(?:s|ed)?|believe[sd]?|fear(?:s|ed)?)\b/iu;
/** "has long been accused of refusing", "was accused of": a charge in the passive. */
const ACCUSED_OF = /\b(?:been|was|were|is|are|being|stands?)\s+(?:\w+ly\s+|long\s+|also\s+|repeatedly\s+)?accused\s+of\s+["“‘]?$/i;
/** "has (every|good|little|no) reason to", "has little incentive to": a writer's reading of a side's interest, no stance it states. */
const HAS_REASON = /\b(?:has|have|had)\s+(?:every\s+|good\s+|little\s+|no\s+|strong\s+|(?:a\s+)?(?:strong\s+)?)?(?:reason|incentive|motive|interest)\s+to\s+$/i;

/** "rights advocates assert", "peace advocates say": "advocates" as a noun (a verb of saying or an auxiliary after it), no one's support. */
const ADVOCATES_NOUN = /^advocates\s+(?:\w+ly\s+)?(?:say|said|assert(?:ed)?|argue[sd]?|claim(?:ed)?|warn(?:ed)?|believe[sd]?|insist(?:ed)?|fear(?:ed)?|estimate[sd]?|note[sd]?|have|are|were|had)\b/i;

/** Whether the cue (and the issue it governs) sits in one of the frames above. */
/** "shows a lack of desire to", "demonstrated a complete absence of will to" (up to the cue's end): a charge read from acts. */
const SHOWS_LACK = /\b(?:shows?|showed|shown|showing|demonstrat(?:es?|ed|ing)|reflect(?:s|ed|ing)?|reveal(?:s|ed|ing)?|prov(?:es?|ed|en|ing)|betray(?:s|ed|ing)?|underscor(?:es?|ed|ing)) (?:(?:a|an|the|its|their|his|her|clear|total|complete|real|genuine|continued|continuing) ){0,3}(?:lack|absence) of\b[^,;.]{0,40}$/i;

/** A criticism of a side's answer ("criticized Hamas's response to the proposed ceasefire"): the answer is criticised, not the issue. */
const CRITICISM = /^(?:critici[sz]\p{L}*|condemn\p{L}*|slamm?\p{L}*|blast\p{L}*|denounc\p{L}*|lambast\p{L}*|decr(?:y|ie)\p{L}*|castigat\p{L}*)$/iu;
const ANSWER_OF = /^\s+(?:the\s+|a\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:response|reaction|reply|answer|handling|approach|attitude|conduct|treatment|amendments|counter-?proposal)\s+(?:to|on|toward|towards|of|regarding|over|concerning)\b/iu;

export function framedNegative(stance: StanceHit, issue: IssueHit, s: SentenceView, text: string): boolean {
  const lead = text.slice(s.start, stance.start);
  const near = text.slice(Math.max(s.start, stance.start - 90), stance.start);
  // ("The Islamic Jihad Movement denied Wednesday agreeing to a ceasefire": the denied act is the cue.)
  let denial: RegExpExecArray | null = null;
  for (const m of matchesOf(near, DENIAL)) denial = m as RegExpExecArray;
  const rest = denial ? near.slice(denial.index + denial[0].length) : '';
  if (denial && DENIED_REST.test(rest) && (/^\p{L}+ing\b/u.test(text.slice(stance.start, stance.end)) || /\p{L}ing\s+(?:to\s+)?$/u.test(rest))) return true;
  // ("Contrary to earlier reports that Eritrea had accepted a ceasefire, Asmara said ...".)
  const flatLead = lead.replace(/\s+/g, ' ');
  for (const m of matchesOf(flatLead, REPORT_NOUN)) {
    if (/;|\bbut\s/i.test(flatLead.slice(m.index! + m[0].length))) continue;
    const words = flatLead.slice(Math.max(0, m.index! - 60), m.index).trim().split(' ');
    let k = words.length - 1;
    for (let n = 0; n < 3 && k >= 0 && REPORT_MODIFIER.test(words[k]); n++) k--;
    const w = words[k] ?? '';
    if (AGAINST_REPORT.test(w) && (w.toLowerCase() !== 'to' || /^contrary$/i.test(words[k - 1] ?? '')) && (w.toLowerCase() !== 'aside' || /^(?:brush|push)/i.test(words[k - 1] ?? ''))) return true;
  }
  // ("Persuading the Houthis to accept a truce will be the envoy's hardest task.")
  if (broughtRound(near)) return true;
  // ("Western diplomats doubt that the RSF would accept a ceasefire": no clause break after the doubt.)
  const doubted = DOUBTED.exec(near);
  if (doubted && !/[,;:]|\bbut\s/i.test(near.slice(doubted.index + doubted[0].length))) return true;
  // ("Ukraine's willingness to cede territory in Donetsk remains uncertain.")
  if (STANCE_NOUN.test(stance.cue) && stance.end <= issue.start) {
    const after = text.slice(stance.end, Math.min(s.end, stance.end + 160));
    const stop = after.search(/[,;.]/);
    if (UNCERTAIN.test(stop < 0 ? after : after.slice(0, stop))) return true;
  }
  // ("The ELN had previously insisted on a bilateral ceasefire before any talks.")
  const back = text.slice(Math.max(s.start, stance.start - 70), stance.start);
  let had: RegExpExecArray | null = null;
  for (const m of matchesOf(back, PLUPERFECT)) had = m as RegExpExecArray;
  if (had && PLUPERFECT_REST.test(back.slice(had.index + had[0].length))) return true;
  // ("Khartoum said the army rejected the plan, and it remains unclear whether the RSF will withdraw.")
  if (stance.end <= issue.start && WHETHER_BETWEEN.test(text.slice(stance.end, issue.start))) return true;
  // ("\"A lot of people said they'll never disarm\"": what unnamed people say a side will do.)
  const flat = lead.replace(/\s+/g, ' ');
  for (const m of matchesOf(flat, PEOPLE_VERB)) {
    if (peopleSay(flat.slice(0, m.index)) && !/;|\bbut /i.test(flat.slice(m.index! + m[0].length))) return true;
  }
  // ("the chances that Ukraine would agree to a ceasefire seemed very remote": a guess on the side.)
  for (const m of matchesOf(lead, CHANCES)) if (!/[,;:]|\bbut\s/i.test(lead.slice(m.index! + m[0].length))) return true;
  // ("Putin, probably, will reject such a proposal".)
  if (HEDGED_MODAL.test(near)) return true;
  // ("..., suggesting that Israel has agreed to the ceasefire terms": an inference, not a stance stated.)
  for (const m of matchesOf(lead, INFERRED)) if (!/[,;:]|\bbut\s/i.test(lead.slice(m.index! + m[0].length))) return true;
  // ("The mediators hope that the Houthis will agree to extend the truce".)
  const flatNear = near.replace(/\s+/g, ' ');
  for (const m of matchesOf(flatNear, HOPE_THAT)) if (HOPED_SIDE.test(flatNear.slice(m.index! + m[0].length))) return true;
  // ("Critics of the deal argue that Baku will never accept monitors".)
  if (CRITICS_OF.test(lead)) return true;
  // ("The M23 has long been accused of refusing to negotiate in good faith".)
  if (ACCUSED_OF.test(text.slice(Math.max(s.start, stance.start - 40), stance.start))) return true;
  // ("The Russian president has reason to resist a cessation of hostilities".)
  if (HAS_REASON.test(text.slice(Math.max(s.start, stance.start - 40), stance.start))) return true;
  // ("the latest reply from the RSF shows a lack of desire to reach a ceasefire": a charge read from another's acts, no one's stance.)
  if (SHOWS_LACK.test(text.slice(Math.max(s.start, stance.start - 70), stance.end).replace(/\s+/g, ' '))) return true;
  // ("Israel criticized Hamas's response to the proposed ceasefire framework": no one rejects the ceasefire.)
  if (stance.end <= issue.start && CRITICISM.test(text.slice(stance.start, stance.end)) && ANSWER_OF.test(text.slice(stance.end, issue.start))) return true;
  // ("Armenian human rights advocates assert that there are more than 80 detainees": the noun, not the verb.)
  if (ADVOCATES_NOUN.test(text.slice(stance.start, Math.min(s.end, stance.start + 40)))) return true;
  return false;
}
