// Statements that look like positions and are not: a denial of a report ("the Kremlin denied a
// report that Putin had proposed a truce"), a dismissal of allegations ("dismissed reports of a
// ceasefire breach"): the issue is what was reported, no one's stance on it. (Claims to a
// port or a region are territorial claims: "dismissed claims to the port" is a position.)
import type { Claim } from '../../doc/model.js';
import type { IssueHit, StanceHit } from './cues.js';
import type { DocView, SentenceView } from '../sentence-view.js';
import { leadThenWords } from '../lead-then-words.js';
import { NEW_CLAUSE } from './governing.js';
import { framedNegative } from './framed-negative.js';
import { matchesOf } from '../../doc/matches.js';

/** "denied a report that", "dismissed as false ... reports", "rejected claims that". */
const DENIED_REPORT = /\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|rebuff(?:ed|s)?)\s+(?:as\s+(?:false|baseless|fake|untrue)\s+)?(?:[\p{L}'’-]+\s+){0,6}?(?:reports?|allegations?|claims?(?!\s+(?:to|over|on)\b)|accusations?|rumou?rs?|speculation|media reports?)\b/iu;

/** "declined to comment on reports that", "would not confirm reports that": no answer to a report is no position either. */
const NO_COMMENT_REPORT = /\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing)) to (?:comment on|confirm) (?:the |a |any )?(?:media )?(?:reports?|rumou?rs?|speculation|claims?)\b|\b(?:would|did|could) not (?:comment on|confirm) (?:the |a |any )?(?:media )?(?:reports?|rumou?rs?|speculation|claims?)\b/i;

/** Whether the stance sits in (or is) the denial of a report between `from` and the issue. */
export function deniedReport(stance: StanceHit, issueStart: number, sentence: string, sentenceStart: number): boolean {
  const head = sentence.slice(0, Math.max(0, issueStart - sentenceStart));
  const m = DENIED_REPORT.exec(head) ?? NO_COMMENT_REPORT.exec(head);
  if (!m) return false;
  // ("Kigali rejected Kinshasa's accusations and said it would withdraw ...": a clause of its own after the denial.)
  if (NEW_CLAUSE.test(head.slice(m.index + m[0].length))) return false;
  // The denial comes before the stance (the reported stance) or is the stance itself.
  return m.index + sentenceStart <= stance.start + 1 || stance.start - sentenceStart >= m.index;
}

/**
 * "denied that", "denied having", "denied it had"; also with a time or an adverb between ("denied on Wednesday that",
 * "denied afterwards that", "flatly denied in a statement that"), never past a stance noun ("denied the request that").
 */
const DENIED_THAT = /\bden(?:y|ies|ied|ying)\s+(?:(?:on|in|at|last|this|late|early|again|afterwards|later|also|then|once|swiftly|quickly|strongly|firmly|flatly|categorically|vehemently|repeatedly|publicly|officially|immediately|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:a|the)|statement|interview|post|week|month|year|night|morning|evening)\s+){0,4}(?:that\b|having\b|(?:it|they|he|she|we|I)\s+(?:had|has|have|was|were|is|are|would|wants?|wanted)\b)/i;

/** "Until March,", "Until recently,": a sentence opening on a past time (the pluperfect "had" after it is checked apart). */
const UNTIL_THEN = /^\W*until\s+(?:recently|lately|then|(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?|last\s+(?:week|month|year|spring|summer|autumn|fall|winter)|a\s+(?:few\s+)?(?:weeks?|months?|years?)\s+ago),/i;

/** After "insisted" (or "insisted on" before a day): a time (up to four words), "that", a subject of up to five words, then a perfect of "be" ("has not been", "had been"). */
const INSISTED_FACT = /^\s+(?:(?:on|in|at|last|this|earlier|again|also|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|the|a)\s+){0,4}that\s+(?:(?:the|a|an|this|that|such|its|their|his|her)\s+)?(?:[\p{L}'’-]+\s+){1,4}?(?:has|have|had)\s+(?:not\s+|never\s+|always\s+|already\s+)?been\b/iu;

/** A sentence opening on two parties together ("Israel and Hamas", "the two sides"), then a negated perfect or past: "have not", "have yet to" (blanks made single spaces). */
const JOINT_NOT_AGREED = /^(?:(?:the )?(?:[\p{Lu}][\p{L}'’.-]* ){1,3}and (?:the )?(?:[\p{Lu}][\p{L}'’.-]* ){1,3}|(?:the two|both|the warring|the two warring) (?:sides|parties|countries|governments|delegations) |the parties )(?:(?:have|has|had|did|do)(?: not| never|n['’]t) (?:yet |so far |still )?|(?:have|has) yet to )$/u;

/** "a shift from an earlier position", "a departure from its previous insistence": a position given up (its content follows, in the same clause). */
const SHIFTED_FROM = /\b(?:shift(?:ed|ing|s)?|departure|departed|retreat(?:ed|ing|s)?|mov(?:e|ed|es|ing)|turn(?:ed|ing|s)?|u-turn|away)\s+(?:away\s+)?from\s+(?:an?|the|its|his|her|their)\s+(?:(?:earlier|previous|former|prior|long-held|longstanding|long-standing|old|initial|original|official)\s+){1,2}(?:position|stance|view|line|policy|demand|insistence|call|offer)s?\b/i;

/** ", a predominantly Buddhist force that seeks", ", an armed group which has long demanded": a body described in apposition, its relative clause. */
const DESCRIBED_GROUP = /,\s+(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:force|group|movement|militia|faction|organi[sz]ation|alliance|coalition|party|insurgency|rebels|army)\s+(?:that|which|who)\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:(?:\w+ly|long|also|still|now)\s+)?$/iu;

/** "each setting ..." opening the sentence or after a comma (blanks single): a quantifier as the subject, then an auxiliary or participle. */
const EACH_SUBJECT = /(?:^|[,;:(—–-]) ?each (?:of them |(?:side|party|camp|one) )?(?:\w+ly )?(?:(?:has|had|have|was|were|is|are) )?(?:\w+ing )?$/i;
/** "none had ...", "neither side is ...": the same with a negative quantifier anywhere. */
const NONE_SUBJECT = /\b(?:none|neither|either) (?:of them |(?:side|party|camp|one) )?(?:\w+ly )?(?:(?:has|had|have|was|were|is|are) )?(?:\w+ing )?$/i;

/** Verbs of dismissal, which may take an allegation rather than a position. */
const DISMISSAL = /^(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|rebuff(?:ed|s)?)$/i;

/** What someone expects or guesses another side will do, the stance cue right after. */
const PREDICTION_LEAD = /\b(?:expects?|expected|predicts?|predicted|anticipates?|anticipated|likely|unlikely|may|might|probably|possibly|perhaps)$/iu;
/** The lead, then up to four words (letters, apostrophes, hyphens) and spaces, at the end. */
const PREDICTION = { test: (before: string) => leadThenWords(before, PREDICTION_LEAD, 4, /^[\p{L}'’-]+$/iu) };

/**
 * Words that look like a stance on an issue and are none: an exchange already agreed (an event:
 * "the two sides agreed to a swap of 300 prisoners"), "create the conditions for peace", the
 * frame of a deal ("as part of any peace agreement"), an offer someone awaits or answers ("yet to receive
 * a good offer to start talks", "has not yet responded to the proposal for a truce").
 */
export function notAPosition(stance: StanceHit, issue: IssueHit, s: SentenceView, dv: DocView, claim: Claim | null = null): boolean {
  const text = dv.doc.text;
  // Analysts, experts and observers read the sides; they hold no negotiating position.
  if (claim?.source_text && /\b(?:analysts?|experts?|observers?|commentators?|scholars?|researchers?|academics?|think tank)\b/i.test(claim.source_text)) return true;
  // (precpos21: a denied gerund, a contradicted report, another's effort to bring a side round, a doubt, an uncertain stance,
  // a pluperfect "had previously", "whether" between cue and issue, unnamed people saying; see framed-negative.ts.)
  if (framedNegative(stance, issue, s, text)) return true;
  // "Analysts expect Hamas to reject any plan that requires it to disarm": the sentence is their guess, every cue in it.
  if (ANALYSTS_GUESS.test(text.slice(s.start, stance.start))) return true;
  // ("Some viewed the weakening of Iran as a positive step towards a truce": an indefinite "some" or "others" judging holds nothing.)
  if (INDEFINITE_VIEW.test(text.slice(s.start, stance.start))) return true;
  // ("The deaths renewed pressure on Netanyahu to agree a ceasefire": what a side is pressed to do is no stance of its own.)
  if (PRESSED_TO.test(text.slice(Math.max(s.start, stance.start - 80), stance.start))) return true;
  // ("the ceasefire had been agreed on humanitarian grounds", Lavrov said; "the kind of compromise being proposed for Donetsk": a passive
  // with no agent names no one who agreed or proposed; the speaker or the sentence's subject does not hold it.)
  if (AGENTLESS_CUE.test(stance.cue) && AGENTLESS_BE.test(text.slice(Math.max(s.start, stance.start - 24), stance.start)) && !/^\s+(?:[\p{L}-]+\s+){0,5}?by\s/iu.test(text.slice(stance.end, Math.min(s.end, stance.end + 50)))
    // ("Petro declared that a truce had been agreed upon with the armed groups": agreed with another, the speaker's side is the one that agreed.)
    && !/^\s+(?:upon\s+|on\s+)?with\s/i.test(text.slice(stance.end, Math.min(s.end, stance.end + 12)))) return true;
  // ("Kyiv once demanded a full withdrawal, but has since dropped that demand", "insisted on X, a position it abandoned in 2018":
  // a stance given up later in the same sentence.)
  if (ABANDONED_AFTER.test(text.slice(stance.end, s.end).replace(/\s+/g, ' '))) return true;
  // ("Critics say Pashinyan is ready to cede ...", "His domestic critics argue ...": what critics say a side wants is no stance of it.)
  if (criticsSay(text.slice(s.start, stance.start))) return true;
  // ("Beirut is under U.S. pressure to disarm the group", "Kyiv faces mounting pressure to cede ...": the pressure is another's, the subject holds nothing.)
  if (/^press/i.test(stance.cue) && UNDER_PRESSURE.test(text.slice(Math.max(s.start, stance.start - 40), stance.start))) return true;
  // ("Israel and Hamas have not agreed to a ceasefire since January", "the two sides have yet to agree on a truce": no agreement reached
  // between the parties is a fact of the talks, not a rejection by either.)
  if (/^agree/i.test(stance.cue) && JOINT_NOT_AGREED.test(text.slice(s.start, stance.start).replace(/\s+/g, ' ').replace(/^[^\p{L}]+/u, ''))) return true;
  // ("an apparent shift from an earlier position that elections should come first": a stance left behind.)
  const shifted = SHIFTED_FROM.exec(text.slice(Math.max(s.start, stance.start - 120), stance.start));
  if (shifted && !/[.;()]/.test(text.slice(Math.max(s.start, stance.start - 120) + shifted.index + shifted[0].length, stance.start))) return true;
  // ("none had shifted from their positions, each setting preconditions for ...": a quantifier as the subject names no holder,
  // and the speaker who says so holds nothing.)
  // ("Ukraine and Russia each agreed to ...": "each" after its subject is no subject of its own.)
  const quantLead = text.slice(s.start, stance.start);
  const quantTail = (quantLead.length > 60 ? 'x' : '') + quantLead.slice(-60).replace(/\s+/g, ' ');
  if (EACH_SUBJECT.test(quantTail) || NONE_SUBJECT.test(quantTail)) return true;
  // ("declared the AA, a predominantly Buddhist force that seeks greater autonomy": a relative clause on a group described
  // beside a name the article does not resolve; with a name resolved there, the holder is that name (holders.ts).)
  const described = DESCRIBED_GROUP.exec(text.slice(Math.max(s.start, stance.start - 120), stance.start));
  if (described) {
    const comma = Math.max(s.start, stance.start - 120) + described.index;
    if (!s.mentions.some((m) => m.end <= comma && /^\s*(?:\([^()]{1,20}\))?$/.test(text.slice(m.end, comma)))) return true;
  }
  // ("Until March, Kinshasa had dismissed direct talks": a stance held until a time gone by, given up since.)
  const untilThen = UNTIL_THEN.exec(text.slice(s.start, stance.start));
  if (untilThen && /\bhad\b/i.test(text.slice(s.start + untilThen[0].length, stance.start)) && !/;/.test(text.slice(s.start + untilThen[0].length, stance.start))) return true;
  // "In 2015, Iran agreed to limit enrichment": background from years before the article.
  if (backgroundYear(text.slice(s.start, stance.start), dv.doc.meta.published)) return true;
  // A prediction or a guess: "analysts expect Russia to reject", "Iran may eventually accept".
  if (PREDICTION.test(text.slice(Math.max(s.start, stance.start - 50), stance.start))) return true;
  // A hypothesis inside the sentence: "... even if Russia puts it forward as a precondition for talks".
  // "if" or "whether" after the last comma, semicolon or full stop (/\b(?:even if|if|whether)\b[^,;.]*$/i, in one pass).
  const lead = text.slice(Math.max(s.start, stance.start - 80), stance.start);
  if (/\b(?:if|whether)\b/i.test(lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf('.')) + 1))) return true;
  // A stance as the gerund subject of a modal: "rejecting the truce would isolate the army", "accepting the plan could split the coalition".
  if (hypotheticalGerund(stance, s, text)) return true;
  // "State media claimed, without offering evidence, that Kyiv had secretly agreed to ...": a report its teller does not back.
  if (/\bwithout (?:offering|providing|giving|presenting|citing|producing) (?:any )?evidence\b/i.test(text.slice(s.start, stance.start))) return true;
  // "Kosovo Serbs fear that Pristina will never allow ...": what one side fears or suspects another will do is no stance of the other's.
  // ("Israeli media speculated that Netanyahu could agree ...", "It is far from certain that Hamas would accept ...": a guess or a doubt.)
  const feared = /\b(?:fears?|feared|fearing|worr(?:y|ies|ied)|suspects?|suspected|speculat(?:e|es|ed|ing)|guess(?:es|ed)?|(?:far\s+from|not)\s+(?:certain|clear|sure)|uncertain|unclear|doubtful)\s+(?:that|if)\s/i.exec(text.slice(Math.max(s.start, stance.start - 90), stance.start));
  if (feared && !/[,;:.]/.test(text.slice(Math.max(s.start, stance.start - 90) + feared.index + feared[0].length, stance.start))) return true;
  // "State media claimed that Kyiv was ready to ..., but Ukrainian officials did not confirm the report": a claim left unconfirmed.
  if (/\b(?:claimed|alleged|reported)\s+(?:that\s+)?/i.test(text.slice(s.start, stance.start))
    && /\b(?:(?:did|could|would)\s+not|didn['’]t|couldn['’]t)\s+(?:immediately\s+|independently\s+)?(?:confirm|verify)\s+(?:the|this|that|these|those|such)\s+(?:reports?|claims?|accounts?)\b|\b(?:could|can)\s*not\s+be\s+(?:independently\s+|immediately\s+)?(?:confirmed|verified)\b/i.test(text.slice(stance.end, s.end))) return true;
  // "X could seek a larger role in talks, a former diplomat speculated": a guess, its teller named after it.
  if (/,\s+(?:[\p{L}'’.-]+\s+){1,5}(?:speculated|speculates|predicted|predicts|guessed|guesses|mused|surmised)\W*$/iu.test(text.slice(stance.end, s.end))) return true;
  // A yes-no question: "Will Ukraine accept a land swap?"
  if (/^\W*(?:will|would|can|could|should|shall|is|are|does|do|did|has|have)\b[^?]*\?\W*$/i.test(s.text)) return true;
  // A question quoted inside a longer sentence: "\"Why would Russia agree to a ceasefire now?\" asked one official."
  if (/^\s*["“‘](?:why|how|will|would|can|could|should|shall|is|are|does|do|did)\b[^?.!"”]*$/i.test(text.slice(s.start, stance.start)) && /^[^.!?"”]*\?["”’]/.test(text.slice(stance.end, s.end))) return true;
  // "Reports that Hezbollah had agreed to withdraw ... were denied by the group": a report its subject denies
  // (or that "could not be confirmed").
  if (/^\W*(?:the\s+|a\s+)?(?:reports?|claims?|rumou?rs?|suggestions?)\s+that\b/i.test(text.slice(s.start, stance.start)) && /\b(?:(?:were|was)\s+(?:\w+ly\s+)?(?:denied|dismissed|rejected|refuted|unfounded|baseless|false)|(?:could|can)\s*not\s+be\s+(?:\w+ly\s+)?(?:confirmed|verified))\b/i.test(text.slice(stance.end, s.end))) return true;
  // A hypothesis opening the sentence: "If Russia agrees to a truce, sanctions could be eased";
  // an inverted one: "Had Russia accepted the ceasefire in March, ...", "Were Kyiv to cede ...".
  if (/^\W*(?:even\s+)?(?:if|unless|should|had|were)\s[^,;]*$/i.test(text.slice(s.start, stance.start))) return true;
  // What might follow from it: "If Kyiv were to cede the Donbas, Moscow could then demand more land".
  if (/^\W*(?:even\s+)?if\s[^;]*,[^,;]*\b(?:could|might|may)\s+(?:then\s+|well\s+|also\s+|even\s+)?$/i.test(text.slice(s.start, stance.start))) return true;
  // An accusation: "Kyiv accused Moscow of rejecting any truce" is Kyiv's charge, not Moscow's stance.
  // ("accusing Baku of \"sabotaging the talks\"": the charge in quote marks.)
  if (/\baccus\w*\s+(?:[\p{L}'’.-]+\s+){1,4}of\s+["“‘]?(?:[\p{L}-]+\s+)?["“‘]?$/iu.test(text.slice(Math.max(s.start, stance.start - 60), stance.start))) return true;
  // Talks as the setting, not the object: "rejected the proposal at the peace talks in Istanbul".
  // ("will not sit at the negotiating table": sitting at it is the talks themselves.)
  if (issue.issue === 'peace_talks' && !SIT_AT.test(text.slice(Math.max(s.start, issue.start - 40), issue.start)) && /(?<!\baim(?:ed|ing|s)?\s|\blook(?:ed|ing|s)?\s|\btarget(?:ed|ing|s)?\s)\b(?:at|during|ahead of|after|before|following|on the (?:sidelines|margins) of)(?=(\s+))\1(?:the\s+|a\s+|this\s+|last\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(s.start, issue.start - 40), issue.start))) return true;
  // A truce as the time of the act: "agreed to lay down its arms during the truce years", "has held its fire since the ceasefire".
  if (issue.issue === 'ceasefire' && /\b(?:during|throughout|since)\s+(?:the|a|this|that|its|their)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(s.start, issue.start - 40), issue.start))) return true;
  // What the step might bring: "a move demanded by Baku that could facilitate a peace treaty" (the outcome, not the stance's object).
  if (stance.end <= issue.start && OUTCOME_OF.test(text.slice(Math.max(stance.end, issue.start - 70), issue.start))) return true;
  // A stance denied: "Russia denied that it had demanded ...", "Kigali denied it was seeking ...".
  // ("has repeatedly denied supporting the M23": the denied act is the stance cue itself.)
  // ("denied on Wednesday that Hamas had agreed ...", "denied afterwards that he wants ...": a time or an adverb between.)
  // ("denied that Eritrea had agreed to a truce, but said Ethiopia was ready to ...": not past a clause of its own.)
  const deniedThat = DENIED_THAT.exec(text.slice(s.start, stance.start));
  if ((deniedThat && !NEW_CLAUSE.test(text.slice(s.start + deniedThat.index + deniedThat[0].length, stance.start))) || /\bden(?:y|ies|ied|ying)\s+$/i.test(text.slice(Math.max(s.start, stance.start - 10), stance.start))) return true;
  // "dismissed Armenia's alleged ceasefire breach allegations": the issue names what the dismissed allegations are about.
  if (DISMISSAL.test(stance.cue) && /^\s+(?:[\p{L}'’-]+\s+){0,3}$/u.test(text.slice(stance.end, issue.start)) && allegationAfter(text.slice(issue.end, Math.min(s.end, issue.end + 50)))) return true;
  // "Hamas dropped its demand for ...", "Kyiv reversed its opposition to ...": a stance the holder gives up is no longer held.
  if (DROPPED.test(text.slice(Math.max(s.start, stance.start - 40), stance.start)) && /^(?:(?:key |main |central |core )?demands?|opposition to|offers?|insistence(?: on)?|refusal|rejection|conditions?|preconditions?|red lines?)$/i.test(stance.cue)) return true;
  // "was never a precondition or key demand of Iran": a stance noun denied by its copula.
  if (/^(?:demands?|conditions?|preconditions?|key demand|red lines?|requirements?)$/i.test(stance.cue.replace(/^(?:key|main|central|core)\s+/i, ''))
    && deniedByCopula(text.slice(Math.max(s.start, stance.start - 60), stance.start))) return true;
  // "insisted there was no collapse in the talks": insisting that something is the case is an assertion.
  // (Not "insists that Crimea is Russian": a claimed status is a demand on it.)
  if (/^insist(?:s|ed|ing)?$/i.test(stance.cue) && /^\s+(?:that\s+)?there\s+(?:is|was|are|were|has been|had been)\b/i.test(text.slice(stance.end, Math.min(s.end, stance.end + 40)))) return true;
  // ("insisted on Monday that the issue has not been on the agenda", "insisted that the talks had been direct": a past state of affairs asserted.)
  if (/^insist(?:s|ed|ing)?(?: that| on)?$/i.test(stance.cue) && INSISTED_FACT.test(text.slice(stance.end, Math.min(s.end, stance.end + 120)))) return true;
  const cue = text.slice(stance.start, stance.end);
  const issueText = text.slice(issue.start, issue.end);
  if (pastAgreement(cue, s.text, dv.doc.meta.published)) return true;
  // "What Russia wants from the talks remains unclear": a stance asked about, no one's stated position.
  if (/\b(?:what|how much|how far)\s+(?:[\p{L}'’.-]+\s+){1,3}$/iu.test(text.slice(Math.max(s.start, stance.start - 40), stance.start))
    && /\b(?:unclear|not clear|unknown|uncertain|remains to be seen|an open question)\b/i.test(text.slice(stance.end, s.end))) return true;
  if (/^agreed\b/i.test(cue) && (issue.issue === 'prisoners' || issue.issue === 'hostages') && /\b(?:exchange|swap)/i.test(text.slice(stance.end, Math.min(s.end, issue.end + 20)))) return true;
  if (/^conditions? for$/i.test(stance.cue) && /\b(?:create|creating|created|creates|set|setting|establish\w*)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, stance.start - 20), stance.start))) return true;
  if (issue.issue === 'peace_talks' && /\bas (?:a )?part of\s+(?:a|an|any|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(s.start, issue.start - 40), issue.start)) && !/talks|negotiat/i.test(issueText)) return true;
  if (/^(?:offers?|proposals?)(?: for| to| on)?$/i.test(stance.cue) && /\b(?:receive[sd]?|receiving|get|got|gets|await\w*|(?:respond|repl(?:y|ie))\w*\s+to|study\w*|studie[sd]|review\w*)\s+(?:(?:a|an|the|any)\s*)?(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(s.start, stance.start - 30), stance.start))) return true;
  // ("I have no information about a proposal for a truce", "was not aware of any offer of talks": knowing (or not) of an offer is no offer.)
  if (/^(?:offers?|proposals?|plans?|initiatives?)(?: for| to| on| of)?$/i.test(stance.cue) && /\b(?:(?:information|knowledge|word|details|news) (?:about|of|on)|(?:aware|unaware|informed|heard|learned|learnt) (?:of|about)) (?:(?:a|an|the|any|such) )?(?:[a-z-]+ )?$/i.test(text.slice(Math.max(s.start, stance.start - 40), stance.start).replace(/\s+/g, ' '))) return true;
  // "reach an agreement to end the war" is the talks' aim, no one's offer.
  if (/^agreement to$/i.test(stance.cue) && /\b(?:reach\w*|sign\w*|strike|struck|conclude\w*)\s+(?:an?\s+|the\s+)?$/i.test(text.slice(Math.max(s.start, stance.start - 20), stance.start))) return true;
  // "people must feel that the war is ending": an obligation to perceive or believe is no demand on what follows.
  if (/^(?:must|has to|have to|needs? to|should|ought to)\b/.test(stance.cue) && perceives(text.slice(stance.end, Math.min(s.end, stance.end + 30)))) return true;
  // "the goal of the talks was ...": the talks are the topic, not the object of the cue.
  if (issue.issue === 'peace_talks' && /\b(?:goals?|aims?|purpose|objectives?|focus|agenda|outcome|results?|format|venue|timing|location)\s+of\s+(?:the\s+|these\s+|such\s+)?$/i.test(text.slice(Math.max(s.start, issue.start - 30), issue.start))) return true;
  // "has not discussed with the government any proposal for a truce": a stance noun denied along with its verb.
  if (/^(?:demands?|proposals?(?: for)?|offers?|requests?|plans?)$/i.test(stance.cue) && negatedAny(text.slice(Math.max(s.start, stance.start - 70), stance.start))) return true;
  // "such a demand would deadlock the peace process": the stance noun as the subject of a verdict on it.
  if (/^(?:demands?|proposals?|offers?|requests?|conditions?)$/i.test(stance.cue) && /\b(?:such an?|this|that|these|those)\s+$/i.test(text.slice(Math.max(s.start, stance.start - 12), stance.start))
    && /^\s+(?:would|will|could|might|may)\b/i.test(text.slice(stance.end, Math.min(s.end, stance.end + 8)))) return true;
  return false;
}

/**
 * "The two sides agreed to a cessation of hostilities in Pretoria in November 2022": an agreement
 * reached in a year before the article's is background (an event of its own date), no stance now.
 */
function pastAgreement(cue: string, sentence: string, published: string | null): boolean {
  if (!published || !/^(?:agreed|signed)\b/i.test(cue)) return false;
  const year = Number.parseInt(published.slice(0, 4), 10);
  // ("in November 2022", "In 2020,": a date of the act; not "the 2022 Istanbul draft".)
  for (const m of matchesOf(sentence, /\b[Ii]n\s+(?:(?:early|late|mid)[\s-])?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b/g)) if (Number.parseInt(m[1], 10) < year) return true;
  return false;
}

/** A rejection guessed by others, not stated: "Hamas is expected to reject the proposal", "Analysts expect Kyiv to reject ...". */
export function guessedStance(stance: StanceHit, s: SentenceView, text: string): boolean {
  const lead = text.slice(s.start, stance.start);
  return ANALYSTS_GUESS.test(lead) || INDEFINITE_VIEW.test(lead) || criticsSay(lead) || PREDICTION.test(text.slice(Math.max(s.start, stance.start - 50), stance.start));
}

/** "as rejecting the proposal could open the way for ...": a stance cue that is a gerund opening a clause, its object, then a modal. */
export function hypotheticalGerund(stance: StanceHit, s: SentenceView, text: string): boolean {
  return /^[a-z]+ing$/i.test(text.slice(stance.start, stance.end)) && GERUND_LEAD.test(text.slice(Math.max(s.start, stance.start - 12), stance.start))
    && HYPOTHETICAL_GERUND.test(text.slice(stance.end, Math.min(s.end, stance.end + 70)));
}
/** Before a gerund that opens a clause as its subject: the sentence's start, a comma, "as", "that" or a reporting verb. */
const GERUND_LEAD = /(?:^\W*|[,;:]\s*|\b(?:as|that|since|because|said|says|warned|warns|argued|argues|noted|believe|believes|fear|fears)\s+)$/i;
/** After a gerund cue: its object (up to five words, no clause break), then a modal and a verb ("the proposal could open the way"). */
const HYPOTHETICAL_GERUND = /^\s+(?:(?:the|a|an|any|this|that|such|its|their)\s+)?(?:(?!(?:that|which|who|and|or|but)\s)[\p{L}'’-]+\s+){0,4}(?:would|could|might|may|will)\s+(?:\w+ly\s+)?(?!be\s+(?:ready|willing|prepared)\b)[a-z]+\b/iu;

/** "that could facilitate a", "which would pave the way for the": a relative clause on what a step may lead to. */
const OUTCOME_OF = /\b(?:that|which)\s+(?:could|would|will|may|might|can)\s+(?:\w+ly\s+)?(?:help\s+(?:to\s+)?)?(?:facilitate|pave the way (?:for|to(?:wards?)?)|lead to|open the way (?:for|to)|clear the way for|unlock|speed up|bring about)\s+(?:(?:the|a|an|any)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** A verb giving up one's own stance, right before its noun: "dropped its demand", "backtracked on its offer". */
const DROPPED = /\b(?:dropp(?:ed|ing)|drops?|abandon(?:ed|ing|s)?|retract(?:ed|ing|s)?|revers(?:ed|ing|es?)|backtrack(?:ed|ing|s)?\s+on|walk(?:ed|ing|s)?\s+back|withdr(?:ew|awn|aws?|awing))\s+(?:its|their|his|her|a|the)\s+(?:long-standing\s+|longstanding\s+|earlier\s+|previous\s+|key\s+|main\s+)?$/i;

/** A clause opening on an indefinite judge: "Some viewed ...", "Others see ...", "Many believe ...". */
const INDEFINITE_VIEW = /^\W*(?:but\s+|yet\s+)?(?:others|(?:some|many|few|most)(?:\s+[\p{L}-]+s)?)\s+(?:\w+ly\s+)?(?:view(?:s|ed)?|see|saw|sees|believe[sd]?|consider(?:s|ed)?|regard(?:s|ed)?|argue[sd]?|fear(?:s|ed)?|hope[sd]?|think|thought)\b/iu;
/** "pressure on Netanyahu to agree", "pressing Hamas to accept", "pushed Kyiv to": the side pressed, then its act. */
const PRESSED_TO = /\b(?:pressure\s+(?:on|upon)|press(?:es|ed|ing)?|push(?:es|ed|ing)?)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}to\s+(?:\w+ly\s+)?$/u;

/** After the cue: "but (it) has since dropped / abandoned ...", ", a position it abandoned ..." (blanks made single). */
const ABANDONED_AFTER = /\bbut (?:it |they |he |she |the \w+ )?(?:has |have |had )(?:since |later |now )?(?:\w+ly )?(?:dropped|abandoned|withdrawn|retracted|reversed|walked back|backtracked on|given up)\b|, an? (?:\w+ )?(?:position|demand|stance|claim|offer|condition) (?:that )?(?:it|they|he|she) (?:later |has since |had since |since )?(?:abandoned|dropped|gave up|withdrew|retracted|reversed|has abandoned|has dropped)\b/i;
/** The sentence up to the cue opens with critics or opponents saying (blanks made single, leading quotes and dashes left out). */
function criticsSay(lead: string): boolean {
  return CRITICS_SAY.test(lead.replace(/\s+/g, ' ').replace(/^[^\p{L}]+/u, ''));
}
/** Opening the sentence: critics or opponents saying. */
const CRITICS_SAY = /^(?:(?:his|her|their|its|some|many) )?(?:[\p{Lu}][\p{L}]*['’]s? )?(?:(?:domestic|opposition|western|local) )?(?:critics|opponents|detractors) (?:say|said|argue[sd]?|claim(?:s|ed)?|charge[sd]?|contend(?:s|ed)?|allege[sd]?|believe[sd]?|fear(?:s|ed)?)\b/iu;

/** Participle cues of a party's act, and the passive's auxiliary before them ("had been agreed", "being proposed", "was not accepted"). */
const AGENTLESS_CUE = /^(?:agreed|proposed|accepted|offered|endorsed|approved)\b/i;
const AGENTLESS_BE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:not|also|already|now|\w+ly)\s+)?$/i;

/** Before "pressure": "under (U.S.)", "faces mounting", "came under growing". */
const UNDER_PRESSURE = /\b(?:under|fac(?:e|es|ed|ing))\s+(?:the\s+)?(?:(?:mounting|growing|increasing|intense|heavy|strong|renewed|fresh|international|domestic|western|[\p{Lu}][\p{L}.'’-]*)\s+){0,3}$/u;

/**
 * "National security analyst Kobi Michael said ...", "X, a researcher at ...": a person the article introduces as an
 * analyst, expert or scholar reads the sides; no position is theirs, nor what they say of a side.
 */
export function commentator(actor: string | null | undefined, dv: DocView): boolean {
  if (!actor || dv.kindOf(actor) !== 'person') return false;
  // (Read once per document: the rules ask it of every holder and claim source they find.)
  let known = commentatorsRead.get(dv.doc);
  if (!known) commentatorsRead.set(dv.doc, (known = new Map()));
  let is = known.get(actor);
  if (is === undefined) {
    const text = dv.doc.text;
    is = false;
    for (const m of dv.doc.mentions) {
      if (m.actor === actor && (COMMENTATOR_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || COMMENTATOR_AFTER.test(text.slice(m.end, m.end + 60)))) { is = true; break; }
    }
    known.set(actor, is);
  }
  return is;
}
const commentatorsRead = new WeakMap<object, Map<string, boolean>>();
const COMMENTATOR_BEFORE = /\b(?:analyst|expert|researcher|scholar|commentator|academic|professor)\s+$/i;
const COMMENTATOR_AFTER = /^,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:analyst|expert|researcher|scholar|commentator|academic|professor)\b/i;

/** A sentence opening with analysts (or diplomats) guessing: "Analysts expect", "Many experts doubt". */
const ANALYSTS_GUESS = /^\W*(?:(?:some|many|most|several|other|western|independent|military|political|regional|security|foreign)\s+){0,2}(?:(?:analysts?|experts?|observers?|commentators?|diplomats?|scholars?|researchers?)\s+(?:\w+ly\s+)?(?:expect|believe|predict|anticipate|doubt|think|fear|suspect|reckon|suggest)(?:s|ed)?|(?:analysts?|experts?|observers?|commentators?|scholars?|researchers?)\s+(?:\w+ly\s+)?(?:note[sd]?|say|said|argue[sd]?|point(?:ed)?\s+out))\b/i;

/** "In 2015, ...", "Back in March 2019, ...": a sentence opening on a year at least two before publication. */
/** Sitting at the table: "sit at the negotiating table", "back at the table". */
const SIT_AT = /\b(?:sit|sits|sat|sitting|seated|back)\s+at\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;

function backgroundYear(lead: string, published: string | null): boolean {
  // ("A UN ceasefire agreement in 1991 promised a referendum", "A 1991 truce promised ...": an old accord as the subject.)
  const m = /^\W*(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\s*,/i.exec(lead)
    ?? /^\W*(?:an?|the)\s+(?:[\p{L}.-]+\s+){0,4}?(?:agreement|accord|deal|treaty|resolution|ceasefire|truce|pact|plan)\s+(?:(?:signed|reached|agreed|brokered|adopted)\s+)?in\s+((?:19|20)\d\d)\s+$/iu.exec(lead)
    ?? /^\W*(?:an?|the)\s+((?:19|20)\d\d)\s+(?:[\p{L}.-]+\s+){0,3}?(?:agreement|accord|deal|treaty|resolution|ceasefire|truce|pact|plan)\s+$/iu.exec(lead);
  if (!m || !published) return false;
  return Number(m[1]) <= Number(published.slice(0, 4)) - 2;
}

/** "(must) (also) feel that": the next word, or the one after an adverb, a verb of perceiving or believing (a word walk). */
function perceives(after: string): boolean {
  if (!/^\s/.test(after)) return false;
  const words = after.trim().split(/\s+/, 2).map((w) => w.toLowerCase());
  const verb = /ly$/.test(words[0]) || words[0] === 'also' ? words[1] : words[0];
  return !!verb && /^(?:feel|see|know|understand|believe|realis|realiz|remember|think|hear|learn)/.test(verb) && !/^(?:seek|known)/.test(verb);
}

/** "not discussed with the government any (new)": "any" as the last or next-to-last word, a negation before it in its clause (a word walk). */
function negatedAny(lead: string): boolean {
  const words = lead.trim().split(/\s+/);
  const at = words[words.length - 1]?.toLowerCase() === 'any' ? words.length - 1 : words[words.length - 2]?.toLowerCase() === 'any' && /^[\p{L}-]+$/u.test(words[words.length - 1]) ? words.length - 2 : -1;
  if (at < 0) return false;
  const before = words.slice(0, at).join(' ');
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.')) + 1);
  return /\b(?:not|never|no)\b|n't\b/i.test(clause.slice(-60));
}

/** Nouns of a report or allegation. */
const ALLEGATION = /^(?:allegations?|accusations?|charges|reports?|claims?|rumou?rs?)$/i;
/** Words that end the issue's noun phrase before an allegation could close it. */
const PHRASE_END = /^(?:and|or|but|as|while|amid|after)$/i;

/** "ceasefire breach allegations": within the issue's next three words an allegation noun, with no conjunction before it. */
function allegationAfter(after: string): boolean {
  if (!/^\s/.test(after)) return false;
  const words = after.trim().split(/\s+/, 3).map((w) => trimEnd(w, (c) => !/[\p{L}-]/u.test(c)));
  for (const w of words) {
    if (ALLEGATION.test(w)) return true;
    if (PHRASE_END.test(w) || !/^[\p{L}-]+$/u.test(w)) return false;
  }
  return false;
}

/** "was never a “precondition or": a copula, a negation, at most a determiner and three words (with "or") before the stance noun. */
function deniedByCopula(lead: string): boolean {
  const words = lead.trim().split(/\s+/).map((w) => trimStart(trimEnd(w, isQuote), isQuote).toLowerCase());
  let k = words.length - 1;
  for (let n = 0; n < 3 && k >= 0 && /^[\p{L}-]+$/u.test(words[k]) && !/^(?:not|never|longer)$/.test(words[k]); n++) {
    k--;
    if (words[k] === 'or') k--;
  }
  // (The loop may have taken the determiner for a word; one back over it.)
  if (k >= 0 && /^(?:a|an|the|any|their|its)$/.test(words[k])) k--;
  let negated = false;
  if (words[k] === 'not' || words[k] === 'never') { negated = true; k--; }
  else if (words[k] === 'longer' && words[k - 1] === 'no') { negated = true; k -= 2; }
  return negated && k >= 0 && /^(?:is|was|are|were|be|been)$/.test(words[k]);
}

const isQuote = (c: string) => c === '“' || c === '"' || c === '‘';
/** w without the characters `drop` takes at its end (a walk: a trailing-class regex backtracks on each start). */
function trimEnd(w: string, drop: (c: string) => boolean): string {
  let e = w.length;
  while (e > 0 && drop(w[e - 1])) e--;
  return w.slice(0, e);
}
function trimStart(w: string, drop: (c: string) => boolean): string {
  let b = 0;
  while (b < w.length && drop(w[b])) b++;
  return w.slice(b);
}
