// Which stance cue governs an issue: the nearest before it in the same clause, a passive or
// verdict after it, or, with none, a modal right before an act.
import type { IssueHit, StanceHit } from './cues.js';
import type { SentenceView } from '../sentence-view.js';
import type { Word } from '../../link/words.js';
import { conditionalOffer } from './condition-demand.js';
import { MADE_CONDITION } from './cues.js';
import { OUTCOME_CUE } from './outcome-condition.js';

/**
 * With no stance cue, a modal right before an issue that is an act: "would not recognise
 * occupied territories as Russian" rejects it, "would lift sanctions if ..." offers it.
 */
export function modalStance(s: SentenceView, issue: IssueHit): StanceHit | null {
  // "our forces will not leave the region": a refusal inside the issue's own words ("forces ... leave").
  const within = /\b(?:will|would|shall)\s+(?:not|never)\b|\b(?:won't|wouldn't)\b/i.exec(s.text.slice(issue.start - s.start, issue.end - s.start));
  if (within) return { start: issue.start + within.index, end: issue.start + within.index + within[0].length, cue: within[0], stance: 'reject' };
  const before = s.text.slice(Math.max(0, issue.start - s.start - 40), issue.start - s.start);
  // "will not trade our land for peace": a refused act whose object is the issue rejects it too.
  const refused = /\b(?:would not|will not|won't|wouldn't|refus(?:e|es|ed|ing) to|cannot|can't|never)\s+(?:\w+ly\s+)?(\p{L}+)\s+(?:(?:away|up|over|back|out|off|part)\s+)?(?:(?:our|their|its|his|her|any|the|a|an|of|to|on|over|with|for|at|in)\s+)?(?:[\p{L}-]+\s+)?$/iu.exec(before);
  // (Not a refusal to speak: "would not comment on the talks".)
  if (refused && !/^(?:comment|say|confirm|disclose|elaborate|specify|reveal|speculate|answer|respond|name|identify|detail|be|have|get|go)$/i.test(refused[1]) && s.words.some((w) => w.text === refused[1] && w.pos === 'VERB')) {
    return { start: issue.start - refused[0].length, end: issue.start, cue: refused[0].trim(), stance: 'reject' };
  }
  // "There will be no negotiations while ...": ruling the issue out.
  const none = /\bthere\s+(?:will|would|can|could|shall)\s+(?:never\s+)?be\s+no\s+(?:[\p{L}-]+\s+)?$|\bthere\s+(?:is|are)\s+no\s+(?:room|place|question)\s+(?:for|of)\s+(?:[\p{L}-]+\s+)?$/iu.exec(before);
  // ("There can be no lasting peace without the return of the children": a condition, not a refusal.)
  if (none && !(/^(?:[\p{L}-]+\s+)?peace$/iu.test(s.text.slice(issue.start - s.start, issue.end - s.start)) && /^\s+(?:without|unless|until)\b/i.test(s.text.slice(issue.end - s.start, issue.end - s.start + 20)))) return { start: issue.start - none[0].length, end: issue.start, cue: none[0].trim(), stance: 'reject' };
  // "would begin a phased withdrawal", "will hold direct talks": an announced act on the issue is offered.
  const act = INTENDED_ACT.exec(s.text.slice(Math.max(0, issue.start - s.start - 70), issue.start - s.start));
  if (act && !/\b(?:if|whether|unless)\b/i.test(act[0])) {
    const stance = issue.issue === 'peace_talks' || issue.issue === 'ceasefire' ? 'support' : 'offer';
    return { start: issue.start - act[0].length, end: issue.start, cue: act[0].trim(), stance };
  }
  let word: Word | undefined;
  for (const w of s.words) if (w.start === issue.start) { word = w; break; }
  if (!word || word.pos !== 'VERB' || !ACTS.test(word.key)) return null;
  const negated = /\b(?:would not|will not|won't|wouldn't|refus(?:e|es|ed|ing) to|cannot|can't|never)\s+(?:\w+ly\s+)?$/i.exec(before);
  if (negated) return { start: issue.start - negated[0].length, end: issue.start, cue: negated[0].trim(), stance: 'reject' };
  const intent = /\b(?:will|would|could|'ll)\s+(?:\w+ly\s+)?$/i.exec(before);
  // Ending the war is wanted, not conceded ("he would end the war in 24 hours").
  // Halting one's own attacks is offered ("would halt attacks on shipping").
  const own = /^(?:halt|stop|ceas|suspend|paus)/i.test(word.key) && !/\b(?:war|conflict)\b/i.test(s.text.slice(issue.start - s.start, issue.end - s.start));
  const stance = (issue.issue === 'ceasefire' && !own) || issue.issue === 'peace_talks' ? 'support' : 'offer';
  if (intent) return { start: issue.start - intent[0].length, end: issue.start, cue: intent[0].trim(), stance };
  return null;
}

/** An announced act whose object is the issue: "would begin a phased withdrawal of", "will hold direct talks". */
const INTENDED_ACT = /\b(?:will|would|'ll|(?:is|are)\s+(?:going|set|due)\s+to|plans?\s+to|intends?\s+to)\s+(?:\w+ly\s+)?(?:begin|start|carry\s+out|complete|implement|launch|conduct|undertake|hold|resume|enter(?:\s+into)?|engage\s+in|sign|join|limit|cap|curb|freeze|suspend)\s+(?:(?:a|an|the|its|their|his|her|our|new|further|direct|fresh|full|first|second|another|formal)\s+)*(?:[\p{L}-]+\s+)?(?:\p{L}+-)?$/iu;

/** Acts a side does or refuses on an issue (not "bring peace", which happens to it). */
const ACTS = /^(?:withdraw|pull|lay|recogni[sz]|cede|lift|ease|releas|free|return|disarm|demilitari[sz]|hand|give|surrender|sign|accept|join|allow|open|halt|stop|end|hold|impos|send|deploy|suppl|provid|exchang|swap|scale|reduc|cut|permit|grant|resum|restor|reopen|respect|implement|abid|honou?r|compl|renounc|abandon|drop|dismantl|destroy|transfer|evacuat|vacat|leave|exit|ceas|suspend|freez|pay|compensat|rebuild|fund|financ|negotiat|meet|sit|talk|attend|particip|protect|guarantee|integrat|disband|demobili|observ)/;

/** "disarmament could only happen gradually and under supervision": the issue accepted on terms, said after it. */
const ONLY_IF = /^(?:can|could|would|will)\s+only\s+(?:happen|take\s+place|occur|proceed)$/i;

/** The nearest stance cue before the issue (a list shares its cue), else the nearest after. */
export function governingStance(stances: StanceHit[], issue: IssueHit, text: string): StanceHit | null {
  // "will not disarm unless ...": what the holder will not do is rejected, on a condition.
  let around: StanceHit | undefined;
  for (const st of stances) if (st.start < issue.start && issue.end <= st.end) { around = st; break; }
  // ("There can be no lasting peace without the return of ...": peace is the outcome the condition is for, not refused.)
  if (around && issue.issue === 'peace_talks' && /^no\s/i.test(text.slice(around.start, around.end)) && /\b(?:without|unless|until)\b/.test(around.cue) && /^(?:[\p{L}-]+\s+)?peace$/iu.test(text.slice(issue.start, issue.end))) return null;
  if (around) return around.stance === 'demand' && /\bunless\b|\bwithout\b|\buntil\b|\blacking\b/.test(around.cue) ? { ...around, stance: 'reject' } : around;
  // ("a truce offered by Israel for the release of ...": the participle qualifies the noun before it, not what follows.)
  // ("offered to host negotiations": a cue that shares its last words with the issue's first ones still comes before it.)
  const before = stances.filter((s) => (s.end <= issue.start + 1 || (s.start < issue.start && s.end < issue.end)) && issue.start - s.end <= 220 && !newClause(text, s, issue.start) && !apposedToObject(text.slice(s.end, issue.start)) && !(s.agent && /ed$/.test(s.cue)) && s.cue !== MADE_CONDITION);
  // "will accept limits if sanctions are lifted": the condition of an offer is demanded.
  const conditional = conditionalOffer(stances, issue.start, text);
  if (conditional && (!before.length || before[before.length - 1].end <= conditional.end)) return conditional;
  if (before.length) return askedAct(before, text) ?? verdictOnNoun(before[before.length - 1], stances, issue, text) ?? before[before.length - 1];
  // A stance after its issue only in the passive or as a verdict: "peacekeepers were ruled out", "a ceasefire is unacceptable".
  // So does a modal of obligation whose subject is the issue: "sanctions relief must be part of any deal".
  // ("The plan, drafted by Cairo and backed by Gulf states, has been rejected by Israel": the passive past a participle in apposition.)
  const pastApposition = (s: StanceHit): boolean => s.start - issue.end <= 140 && /^,\s+\w+(?:ed|en|wn)\s[^,;]{1,90},\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:\w+ly\s+)?$/i.test(text.slice(issue.end, s.start));
  // ("Kabul's delegation said it was ready to ...": an issue word in the speaker's own name is no object of what the speaker says.)
  // ("The full withdrawal of Russian forces from Ukrainian territory is still the ultimate goal": the issue's own
  // prepositional phrases, then the copula or modal, reach further.)
  const ownPhrases = (s: StanceHit): boolean => s.start - issue.end <= 110 && ownPhrasesThenCopula(text.slice(issue.end, s.start));
  const after = stances.filter((s) => s.start >= issue.end && (s.start - issue.end <= 50 || pastApposition(s) || ownPhrases(s)) && !NEW_CLAUSE.test(text.slice(issue.end, s.start))
    && !/\b(?:said|says|told|announced|stated)\s+(?:that\s+)?(?:it|they|he|she|we)\b/i.test(text.slice(issue.end, s.start))
    // ("Any suggestion that Eritrea is involved in ... is categorically rejected": a verdict on a report, not on the issue inside it.)
    && !insideReport(text.slice(Math.max(0, issue.start - 120), issue.start))
    && (/\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(issue.end, s.start - 30), s.start).replace(/["“”‘]/g, " "))
      // "X is the RSF's first condition", "X remains Kinshasa's central demand": a noun with its owner after the issue.
      // ("the association cannot be established", "the missile programme cannot be negotiated": a negated passive after its subject.)
      || (/^(?:cannot|can't|can never|will not|won't|will never|must not|shall not)\s+be\s/i.test(text.slice(s.start, s.end)) && /^[^,;]*$/.test(text.slice(issue.end, s.start)))
      || ownedVerdict(text.slice(Math.max(issue.end, s.start - 60), s.start)) || s.cue === OUTCOME_CUE || ((DEONTIC.test(s.cue) || ONLY_IF.test(s.cue)) && /^\s*$/.test(text.slice(issue.end, s.start)))
      // ("reconstruction of the south must start": a short phrase of the issue's own before the modal.)
      || ((DEONTIC.test(s.cue) || ONLY_IF.test(s.cue)) && /^\s+(?:of|in|into|to|for|on|from|across|inside|within)\s+(?:(?:the|all|its|their)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+$/u.test(text.slice(issue.end, s.start)) && !/\b(?:is|are|was|were|has|have|had|said|says)\b/.test(text.slice(issue.end, s.start)))
      // "a one-week truce offered by Israel": a participle or noun with its agent after the issue.
      || (!!s.agent && /^[\s\w-]{0,25}$/.test(text.slice(issue.end, s.start)))
      // "called the truce unacceptable", "described the plan as a positive step": a verdict on the issue as object.
      || (VERDICT_VERB.test(text.slice(Math.max(0, issue.start - 60), issue.start).replace(/['’]/g, '')) && /^(?:\s+[\p{L}'’-]+){0,3}\s+(?:as\s+)?(?:(?:an?|the)\s+)?(?:\w+ly\s+)?$/u.test(text.slice(issue.end, s.start)))));
  if (after.length) return after[0];
  // "foreign forces must leave": a cue inside the issue's own words ("forces ... leave") governs it.
  return stances.find((s) => s.start > issue.start && s.end <= issue.end) ?? null;
}

/** Stance nouns a verdict verb may take as its object with no owner: "called the proposal for ...". */
const VERDICT_OBJECT = /^(?:demands?|proposals?|offers?|calls?|requests?|plans?|conditions?|ideas?|initiatives?)(?:\s+(?:for|of|to|on))?$/i;
/** Verdicts that turn an object down. */
const TURNED_DOWN = /^(?:unacceptable|not acceptable|inadmissible|non-starter|nonstarter|dead on arrival|out of the question|premature|unwise|not wise|absurd)$/i;

/**
 * "Moscow called the proposal for a ceasefire unacceptable", "Kyiv described the demand for neutrality as a non-starter":
 * an unowned stance noun that is a verdict verb's object is judged by the verdict after its issue, not offered or demanded.
 */
function verdictOnNoun(noun: StanceHit, stances: StanceHit[], issue: IssueHit, text: string): StanceHit | null {
  if (!VERDICT_OBJECT.test(noun.cue) || noun.agent) return null;
  const lead = text.slice(Math.max(0, noun.start - 40), noun.start);
  if (!/\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|deem(?:ed|s|ing)?|term(?:ed|s)?|brand(?:ed|s|ing)?|label(?:l?ed|s)?)\s+(?:the|a|an|any|this|that|such)\s+(?:[\p{L}-]+\s+)?$/iu.test(lead)) return null;
  // ("the proposal for a ceasefire", "the call for early elections": the noun, its preposition, an article and a word.)
  if (!/^[\p{L}-]+\s+(?:for|of|to|on)\s+(?:(?:a|an|the|any)\s+)?(?:[\p{L}-]+\s+)?$/u.test(text.slice(noun.start, issue.start))) return null;
  const verdict = stances.find((v) => v.start >= issue.end && v.start - issue.end <= 40 && v.stance === 'reject' && TURNED_DOWN.test(v.cue)
    && /^(?:\s+[\p{L}'’-]+){0,3}\s+(?:as\s+)?(?:(?:an?|the)\s+)?(?:\w+ly\s+)?$/u.test(text.slice(issue.end, v.start)));
  return verdict ?? null;
}

/**
 * "urged the factions to agree on a unified government", "hopes to agree on a way for inspectors to
 * return": an act the holder asks of others or hopes for is backed (or demanded), not offered.
 */
function askedAct(before: StanceHit[], text: string): StanceHit | null {
  if (before.length < 2) return null;
  const last = before[before.length - 1], prev = before[before.length - 2];
  if (last.stance !== 'offer' || !/^(?:agree|accept|allow|consent|concede|compromise)/i.test(last.cue)) return null;
  if ((prev.stance !== 'support' && prev.stance !== 'demand') || !/^(?:urg|call|press|ask|appeal|hope|encourag|push|want|wish)/i.test(prev.cue)) return null;
  return /^\s(?:[^,;.]{0,80}\s)?to\s$/.test(text.slice(prev.end, last.start)) ? prev : null;
}

/** "is the RSF's (first) ", "remains Kinshasa's (central) ": a copula and an owner right before a stance noun (`lead` ends before it). */
export function ownedVerdict(lead: string): boolean {
  if (!/\s$/.test(lead)) return false;
  const words = lead.trimEnd().split(/\s+/).slice(-7);
  let i = words.length - 1;
  if (i >= 0 && /^[\p{Ll}-]+$/u.test(words[i])) i--;
  if (i < 0 || !/^\p{Lu}[\p{L}.-]*['’]s?$/u.test(words[i]) || !/['’]/.test(words[i])) return false;
  i--;
  for (let n = 0; n < 2 && i >= 0 && /^\p{Lu}[\p{L}.-]*$/u.test(words[i]) && !/^(?:The|A|An)$/.test(words[i]); n++) i--;
  if (i >= 0 && /^(?:the|a|an)$/i.test(words[i])) i--;
  if (i >= 0 && /^(?:still|also|now)$/i.test(words[i])) i--;
  return i >= 0 && /^(?:is|are|was|were|remains?|remained)$/i.test(words[i]);
}

/** An issue's own prepositional phrases, then a copula or modal, before a cue after it ("of Russian forces from Ukrainian territory is still the "). */
const OWN_PREPOSITION = /^\s+(?:of|in|into|from|to|on|for|across|along|inside|within)\s/;
const COPULA_OR_MODAL = new Set(['is', 'are', 'was', 'were', 'remain', 'remains', 'remained', 'should', 'must', 'will', 'would', 'can', 'cannot']);
const AFTER_COPULA = new Set(['not', 'still', 'also', 'now', 'never', 'be', 'the', 'a', 'an']);
function ownPhrasesThenCopula(between: string): boolean {
  if (!OWN_PREPOSITION.test(between) || /[,;:.“”"()]/.test(between) || !/\s$/.test(between)) return false;
  const words = between.trim().split(/\s+/);
  if (words.length > 14) return false;
  // The copula or modal among the last four words, with only adverbs, "be" or an article (and one word more) after it.
  for (let i = words.length - 1; i >= Math.max(1, words.length - 4); i--) {
    if (!COPULA_OR_MODAL.has(words[i].toLowerCase())) continue;
    const rest = words.slice(i + 1).filter((w) => !AFTER_COPULA.has(w.toLowerCase()));
    return rest.length <= 1;
  }
  return false;
}

/** A verb that passes a verdict on its object: "called ... unacceptable", "described ... as a positive step". */
const VERDICT_VERB = /\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|deem(?:ed|s|ing)?|term(?:ed|s)?|brand(?:ed|s|ing)?|label(?:l?ed|s)?|consider(?:ed|s)?|regard(?:ed|s)?|view(?:ed|s)?|treat(?:ed|s|ing)?|declar(?:ed|es|ing))\s+(?:(?:the|a|an|any|this|that|such|its|their|his|her|these|those)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * A clause that starts between a stance cue and an issue takes the issue out of the cue's reach
 * ("will pursue military means if negotiations fail": the talks are not pursued).
 */
export const NEW_CLAUSE = /,\s+(?:\w+ly\s+|also\s+)?(?:said|says|called|added|told|warned|noted|stressed)\b|\sand\s+(?:also\s+)?(?:said|says|added|told|warned|noted|stressed|denied|denies)\b|,\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+(?:(?:has|have|had)\s+)?(?:signed|agreed|rejected|announced|accepted|refused|offered|proposed|demanded|insisted|pledged|vowed|warned|urged|welcomed|dismissed)\b|;|, (?:which|who|while|but|saying|adding|stating|arguing|noting|explaining|claiming|indicating|after|before|as(?! well as)|when|although|though|because)\b| (?:but|while|whereas|although|because|after|before|since|ahead of|if|as long as|so long as|despite|in spite of)\b|(?<![A-Z])[.!?]\s/;

/** The head nouns of a phrase set after an object to say what it is: "..., a key term of the US plan". */
const APPOSED_HEAD = /^(?:a|an|the|one of the)\s+(?:[\p{L}-]+\s+){0,2}?(?:terms?|demands?|conditions?|parts?|elements?|points?|planks?|pillars?|cornerstone|provisions?|clauses?|centrepiece|centerpiece|ideas?|moves?|steps?|proposals?|requests?|priority|goals?|aims?|objectives?|issues?|questions?)\s+(?:of|in|for|to|that|which|from|under|behind)\b/iu;

/**
 * "ruled out ceding any territory to Russia, a key term of a US-drafted peace proposal to end the
 * war": the issues named in a phrase in apposition to the object (after its comma) are not what the
 * stance takes. `between` runs from the stance cue to the issue.
 */
export function apposedToObject(between: string): boolean {
  const comma = between.lastIndexOf(', ');
  if (comma < 0 || comma < 3 || between.includes(';', comma)) return false;
  return APPOSED_HEAD.test(between.slice(comma + 2));
}

/** "reaffirmed its commitment to ..., and made no mention of peace talks": what is not mentioned is not what the stance takes. */
const NO_MENTION = /\b(?:made|makes|make)\s+no\s+mention\s+of\b|\bwithout\s+mentioning\b/i;

/** "Macron asked Haftar to accept a ceasefire and Haftar responded by saying ...": the other side's answer is a clause of its own. */
const RESPONDED = /\sand\s+(?:the\s+)?[A-Z][\w.’'-]*\s+(?:[A-Z][\w.’'-]*\s+)?(?:responded|replied|countered|answered|retorted)\b/;

/** "refused to attend the talks due to the sanctions": a cause after the object is not what the stance takes. */
const CAUSE = / (?:due to|owing to) /i;

/**
 * ", with a senior diplomat voicing doubts about ...": an absolute clause (", with" and a participle
 * in its next few words) starts a new clause; "a truce, with monitors" does not.
 */
export function withClause(between: string): boolean {
  const i = between.indexOf(', with ');
  if (i < 0) return false;
  const rest = between.slice(i + 7, i + 70);
  const stop = Math.min(...[',', ';', '.'].map((c) => (rest.includes(c) ? rest.indexOf(c) : rest.length)));
  // ("..., with the TPLF expected to surrender its weapons": an absolute clause with its own subject and a passive "expected to".)
  return rest.slice(0, stop).split(' ').some((w) => w.length > 4 && w.endsWith('ing')) || WITH_EXPECTED.test(rest.slice(0, stop));
}
/** "the TPLF expected to", "Kyiv due to": a subject of up to four words, then a participle or adjective that takes "to". */
const WITH_EXPECTED = /^(?:the\s+)?(?:[\p{L}'’.-]+\s+){1,4}(?:expected|set|due|required|supposed|scheduled|poised|obliged|likely)\s+to\b/u;

/** Whether a new clause starts between the stance cue and at; "would only accept a deal if ...": the condition is the demand. */
function newClause(text: string, stance: StanceHit, at: number): boolean {
  const between = text.slice(stance.end, at);
  if (withClause(between) || CAUSE.test(between) || NO_MENTION.test(between) || RESPONDED.test(between)) return true;
  // (Not inside a condition: "only if the RSF was dismantled, surrendered its weapons, and its leader was held accountable".)
  if (AND_SUBJECT.test(between) && !/\b(?:if|unless|until|once|provided|when|after|before)\b/i.test(between) && !/\b(?:if|unless|until|only|without)\b/i.test(stance.cue)) return true;
  if (!NEW_CLAUSE.test(between)) return false;
  const onlyIf = /\bonly\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, stance.start - 30), stance.start)) || /\bonly\b/.test(stance.cue);
  return !onlyIf || NEW_CLAUSE.test(between.replace(/ if\b/g, ' '));
}

/** ", and the US side has not asked for ...": a clause of its own, its subject and auxiliary after ", and" (no adverb as the subject). */
const AND_SUBJECT = /,\s+and\s+(?:the\s+)?(?!(?:then|also|now|still|later|thus|so|it|they|he|she|we|I)\s)(?:[\p{L}'’.-]+\s+){1,3}(?:has|have|had|is|are|was|were|did|does|do)\s/u;

/** "Ukraine must drop its NATO ambitions": a modal of obligation voices the speaker's demand on the subject. */
export const DEONTIC = /^(?:must|has to|have to|had to|needs to|need to|should|ought to|had better|(?:has|have|had) an obligation to|(?:is|are) obligated to)\b/;

/** "a report that", "any suggestion that": the last one in `lead`, with no sentence break after it. */
const REPORT_THAT = /\b(?:suggestion|claim|allegation|report|accusation|assertion|charge|rumou?r)s?\s+that\b/gi;

/** Whether `lead` (the words before an issue) ends inside the clause of a report or claim ("Any suggestion that ..."). */
function insideReport(lead: string): boolean {
  let last = -1;
  REPORT_THAT.lastIndex = 0;
  for (let m = REPORT_THAT.exec(lead); m; m = REPORT_THAT.exec(lead)) last = m.index + m[0].length;
  return last >= 0 && !/[.;]/.test(lead.slice(last));
}
