// Rules that read the cue itself and the words after it to tell a mention that is no event
// from one that is. Each returns true when the hit may stand as an event.
import type { Doc } from '../../doc/model.js';
import type { SentenceView } from '../sentence-view.js';
import { spansStartingIn } from '../../doc/span-index.js';
import { oneByte } from '../../doc/one-byte.js';
import type { EventHit } from './lexicon.js';
import { matchesOf } from '../../doc/matches.js';

/** "the imposition of further sanctions would depend on ...": a noun made subject of a modal is a possibility. */
const MODAL_AFTER = /^\s+(?:[^\s.,;:]+\s+){0,4}(?:would|could|might|may|should|can|cannot)\s+(?!have\b)/i;
/** "the bodies of 1,000 killed soldiers", "the remains of killed servicemen": a participle used as an adjective. */
const ADJECTIVAL = /^(?:killed|wounded|injured|captured|detained|abducted|kidnapped|murdered|slain|seized|arrested|freed|released|besieged|encircled|blockaded|occupied|annexed)$/i;
const DETERMINER_BEFORE = /(?:\b(?:of|the|their|its|his|her|our|for|with|about|over|among|including|regarding|concerning)|\d)\s+$/i;
/** "seized before the 2022 invasion": placed before a landmark of the war, the act is background. */
const BEFORE_LANDMARK = /^\s+(?:before|prior to)\s+(?:the\s+|its\s+|russia['’]s\s+)?(?:(?:19|20)\d{2}|full-scale|invasion|war)\b/i;
/** "deploying 71 missiles and 450 drones" in a strike: the weapons of an attack, not a deployment. */
const MUNITIONS = /^\s+(?:(?:some|about|around|more than|over|nearly|at least|up to)\s+)?[\d,]+\s+(?:\w+\s+)?(?:missiles|drones|rockets|shells|bombs|munitions)\b/i;
/** "killed near aid convoys", "while trying to get food aid": aid as the place or the goal of something else. */
const AID_AS_PLACE = /\b(?:near|outside|around|towards?|at|on|targeting|awaiting|waiting for|queuing for|queueing for|get|collect|seeking|reach)(?=(\s+))\1(?:[\w'’-]+\s+){0,3}$/i;

/**
 * "Rwanda-backed rebels", "the Houthi-held port": a participle cue ends a compound adjective that
 * describes a name. (A prefix is no such compound: "counter-offensive", "cross-border raid".)
 */
const COMPOUND_MODIFIER = /[\p{L}.]-$/u;
const COMPOUND_PARTICIPLE = /^(?:backed|led|linked|held|controlled|occupied|allied|sponsored|brokered|affiliated|run|supported|funded|armed|trained|aligned|installed|imposed|mediated|hosted|organi[sz]ed|inspired|sanctioned|seized|besieged|blockaded|annexed)$/i;
/** "tensions exploded into open fighting": a figure of speech, not a blast. */
const FIGURATIVE_BLAST = /^\s+into\b/i;
/** "an army recruitment centre", "attack helicopters": the cue names what a place or a machine is for. */
const NOUN_MODIFIER = /^\s+(?:centres?|centers?|offices?|stations?|points?|camps?|sites?|facilit(?:y|ies)|headquarters|helicopters?|submarines?|drones?|aircraft|jets?|boats?|craft|dogs?|planes?|rifles?|units?|squads?|vessels?|levels?|rates?|quotas?|figures|statistics|capacit(?:y|ies)|costs?|budgets?)\b/i;
/** "recruitment of about 40,000 a month", "fires 100 drones a day": a rate, not one happening. */
/** "the stated aim of military planners is now to kill": the cue is what a goal names. */
const GOAL_TO = /\b(?:aim|goal|objective|task|mission|ambition|intention)\s+(?:of\s+[^.;]{0,60}?)?(?:is|was|remains|are|were)\s+(?:now\s+|still\s+|simply\s+)?to\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const RATE = /^[^.;]{0,60}?\b\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,2}(?:a|per|each|every)\s+(?:day|week|month|year)\b/iu;
/** "had encircled the city for more than a year": a state that lasts, not one happening. */
const LASTING = /^\s+(?:[\w'’-]+\s+){0,4}for\s+(?:(?:more than|over|nearly|almost|about|some)\s+)?(?:a|an|two|three|four|five|six|several|many|\d+)\s+(?:years?|months?|decades?)\b/i;
/** "after an earthquake struck Sagaing": a disaster strikes, no side attacks. */
const DISASTER_BEFORE = /\b(?:earthquake|quake|storm|cyclone|floods?|typhoon|hurricane|tsunami|landslides?|wildfires?|heatwave|drought|tremor)s?\s+(?:that\s+|which\s+)?$/i;
/** "after an earthquake struck Sagaing on March 28, killing 3,700": the disaster's toll. */
const DISASTER_CLAUSE = /\b(?:earthquake|quake|cyclone|typhoon|hurricane|tsunami|landslide)\s+(?:struck|hit)\b[^.;]{0,60},\s+$/i;
/** "has seized swathes of the east this year", "recruited hundreds of minors this year": acts summed over a span, not one happening. */
const OVER_A_SPAN = /^[^.;]{0,80}?\b(?:this year|so far this year|in recent (?:months|weeks|years)|over the (?:past|last) (?:year|months|weeks|years))\b/i;
/** "was reportedly killed at a meeting in a military camp": the meeting is where violence happened, told for that. */
const SETTING_OF_VIOLENCE = /\b(?:killed|shot|arrested|detained|abducted|kidnapped|wounded|injured|assassinated|ambushed|attacked)\s+(?:\w+\s+){0,2}(?:at|during)\s+(?:a|an|the)\s+$/i;
/** "conducted an air strike in coordination with the government": the manner of another act, not a second one. */
const MANNER_OF = /\b(?:strikes?|attacks?|operations?|raids?|conducted|carried out|launched)\b/i;

/** Words of a cache found or taken. */
const CACHE = /\b(?:seized|seize|found|confiscated|recovered|discovered|smuggl\w*|stockpil\w*|caches?|weapons and|arms and)\b/i;

/** "a new round of border clashes": the words after "round of". */
const ROUND_MODIFIER = /^(?:border|new|fresh|heavy|deadly|cross-border|renewed|tit-for-tat|retaliatory)\s+/i;
const VIOLENT_ROUND = /^(?:clashes|fighting|violence|strikes|attacks|shelling|hostilities|sanctions|tariffs|protests|arrests|airstrikes|air\s?strikes)\b/i;
const DEPLOY_WORD = /^(?:deploy(?:ed|s|ing)?|mov(?:ed|es|ing)|sen(?:t|ds|ding)|mass(?:ed|es|ing)|amass(?:ed|es|ing)?|position(?:ed|s|ing)?|station(?:ed|s|ing)?|reinforc(?:ed|es|ing))$/i;
/** "had deployed tanks and ": a verb of moving forces among the last five words, with only words after it. */
function deployedBefore(before: string): boolean {
  const words = before.slice(-60).trimEnd().split(/\s+/).slice(-5);
  for (let i = words.length - 1; i >= 0; i--) {
    if (DEPLOY_WORD.test(words[i])) return true;
    if (!/^[\p{L}-]+$/u.test(words[i])) return false;
  }
  return false;
}
/** "... continued to occupy Lebanese land and \": the words before a closing "and" hold an infinitive, with no clause break after it. */
function infinitiveJoined(before: string): boolean {
  const and = /\band\s+$/i.exec(before);
  if (!and) return false;
  const head = before.slice(Math.max(0, and.index - 50), and.index);
  const to = head.lastIndexOf(' to ');
  return to >= 0 && !/[.;,]/.test(head.slice(to)) && /^ to [\p{L}-]+\s/u.test(head.slice(to));
}

export function notAnEventAfter(doc: Doc, s: SentenceView, h: EventHit): boolean {
  const cue = doc.text.slice(h.start, h.end);
  const after = oneByte(doc.text.slice(h.end, s.end));
  const before = oneByte(doc.text.slice(Math.max(s.start, h.start - 80), h.start));
  const first = spansStartingIn(doc.tokens, h.start, h.end)[0];
  const nominal = first?.pos === 'NOUN';
  if (nominal && h.entry.type !== 'CONSULT' && MODAL_AFTER.test(after)) return false;
  // "the released POWs had been held": the participle opens the cue and names the people.
  if (ADJECTIVAL.test(cue.split(/\s+/)[0]) && cue.includes(' ') && /\b(?:the|these|those|their|its)\s+$/i.test(before)) return false;
  if (ADJECTIVAL.test(cue) && DETERMINER_BEFORE.test(before) && /^\s+[\p{L}-]+/u.test(after) && !/^\s+(?:by|in|on|at|near|during|after|when|while|and|or|as)\b/i.test(after)) return false;
  if (BEFORE_LANDMARK.test(after)) return false;
  // (Eighteenth session, real copy.) "handed over the bodies of 1,212 soldiers killed in the war", "soldiers killed in combat":
  // the participle names the dead, it tells no attack.
  if (h.entry.type === 'ASSAULT' && /^(?:killed|slain|fallen)$/i.test(cue) && !/\b(?:were|was|have been|has been|had been|being)\s+$/i.test(before)
    && (/\b(?:bodies|remains|corpses)\s+of\s+[^.;]{0,50}$/i.test(before) || /^\s+in\s+(?:the\s+)?(?:war|combat|action|battle|fighting|conflict|the line of duty)\b/i.test(after))) return false;
  // "summoned the envoy to register its strong protest": a protest lodged by a government is a complaint, no demonstration.
  if (h.entry.type === 'PROTEST' && /^protests?$/i.test(cue) && /\b(?:lodg|regist|fil|voic|express|conve|deliver|issu|mak)\w*\s+(?:a|an|its|their|his|her|the)?\s*(?:strong|strongest|formal|official|diplomatic|stern|vehement|firm)?\s*$/i.test(before)) return false;
  // "before Israel proceeds with a full-scale ground incursion": an act after "before" in the present is still to come.
  if (!h.entry.verbal && /\bbefore\s+(?:[\p{L}'’-]+\s+){1,3}(?:proceeds|moves|goes ahead|presses ahead|launches|begins|starts|mounts|carries out)\s+(?:with\s+)?(?:[\p{L}'’-]+\s+){0,4}$/iu.test(before)) return false;
  // "showed flexibility on deploying international forces", "a two-stage initiative: a hostage and prisoner swap deal": what a
  // proposal holds or a side would accept is no happening.
  if (!h.entry.verbal && /\b(?:flexibility|openness|readiness|willingness)\s+(?:on|over|about|to|toward|towards)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(before)) return false;
  if (!h.entry.verbal && /\b(?:initiative|plan|proposal|framework|roadmap|blueprint|offer|draft)\s*:\s*[^.;:]{0,80}$/i.test(before)) return false;
  // "the Emergency Response Room, a volunteer group coordinating relief": what a body does, said in apposition to its name.
  if (!h.entry.verbal && /ing$/i.test(cue.split(/\s+/)[0]) && /,\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,2}(?:group|organi[sz]ation|body|agency|network|committee|charity|coalition|alliance|council|force|movement)\s+$/iu.test(before)) return false;
  if (COMPOUND_MODIFIER.test(before) && COMPOUND_PARTICIPLE.test(cue)) return false;
  if (h.entry.type === 'ASSAULT' && /^explod/i.test(cue) && FIGURATIVE_BLAST.test(after)) return false;
  if (nominal && NOUN_MODIFIER.test(after)) return false;
  if (h.entry.type === 'CONSULT' && SETTING_OF_VIOLENCE.test(before)) return false;
  if (h.entry.type === 'ASSAULT' && !nominal && (DISASTER_BEFORE.test(before) || DISASTER_CLAUSE.test(before))) return false;
  // "in the absence of external investments": what is missing happens to no one.
  if (/\b(?:absence|lack)\s+of\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before)) return false;
  // "the stated aim of military planners is now to kill ...": a goal, not a deed.
  if (GOAL_TO.test(before)) return false;
  // "halted the talks, citing Taliban violence": what a decision cites is its reason, not a new event.
  if (nominal && /\bciting\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(before)) return false;
  // "the police deny accusations of brutality": an accusation denied is no accusation made.
  if (h.entry.type === 'ACCUSE' && nominal && /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing))\s+(?:(?:the|these|those|all|such|any)\s+)?(?:[\p{L}-]+\s+)?$/iu.test(before)) return false;
  // "an outpost in the fight against the Islamic State group": a campaign named as a purpose, not a battle told.
  if (h.entry.type === 'ASSAULT' && /^(?:fight|war|battle|struggle|campaign)(?: against)?$/i.test(cue) && /\b(?:in|of|to)\s+the\s+$/i.test(before) && (/ against$/i.test(cue) || /^\s+against\b/i.test(after))) return false;
  // "Protesters believe the bill is ...": protesters named for what they think hold no protest.
  // ("at an election rally", "a campaign rally": a politician's rally is no protest.)
  if (h.entry.type === 'PROTEST' && /^rally$/i.test(cue) && /\b(?:election|campaign|electoral|party)\s+$/i.test(doc.text.slice(Math.max(0, h.start - 20), h.start))) return false;
  // ("arrested 12 suspected gang members in a raid in Guayaquil": the raid is the arrest's setting, no attack of its own.)
  if (h.entry.type === 'ASSAULT' && /^raids?$/i.test(cue) && /\b(?:arrest(?:ed|ing)?|detain(?:ed|ing)?|rounded up|apprehended)\b[^.;]{0,80}\b(?:in|during)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before)) return false;
  // ("The violence came as church leaders met ...", "The attack came a day after ..."): the deed just told, named again to date another.
  // ("The junta's latest assault came a day after ...": the same, named by its doer.)
  if (nominal && /(?:\b(?:the|this|that|these|those|the latest)|['’]s\s(?:latest|last|most recent|newest))\s+$/iu.test(before) && /^\s+(?:came|comes|followed|follows)\s+(?:as|after|amid|just|only|days|hours|weeks|a\s+(?:day|week)|two|three|shortly|soon)\b/i.test(after)) return false;
  // ("The outlawed Balochistan Liberation Army claimed ...": a ban named as the group's standing, no ban told.)
  if (h.entry.type === 'COERCE' && /^outlawed$/i.test(cue) && /\b(?:the|an?|its|their)\s+$/i.test(before)) return false;
  // ("seven of them had been recaptured", "recaptured 20 escaped inmates": people caught again, no ground taken.)
  if (h.entry.type === 'ASSAULT' && /^recaptured$/i.test(cue) && (/\b(?:them|inmates|prisoners|escapees|fugitives|detainees|convicts)\b[^.;]{0,30}\b(?:had been|have been|has been|were|was)\s+$/i.test(before) || /^\s+(?:(?:at least|more than|some|all|\d+|[a-z]+)\s+)?(?:of\s+(?:the|them)\s+)?(?:escaped\s+)?(?:inmates|prisoners|escapees|fugitives|detainees|convicts)\b/i.test(after))) return false;
  // ("would create a joint force of 5,000 troops to fight armed groups": what a force is for, no battle told.)
  if (h.entry.type === 'ASSAULT' && /^to fight$/i.test(cue) && /\b(?:force|forces|troops|soldiers|unit|units|brigade|battalion|mission|coalition)\s+$/i.test(before)) return false;
  // ("seizing rifles, grenades and two tonnes of cocaine": arms seized or found are a haul, no attack.)
  if (h.entry.type === 'ASSAULT' && /^grenades?$/i.test(cue) && /\b(?:seiz(?:e|ed|es|ing)|recover(?:ed|ing)?|confiscat(?:e|ed|ing)|found|haul of|cache of|stockpile of)\b[^.;:]{0,60}$/i.test(before)) return false;
  // ("a riot at a prison in Machala", "inmates rioted": a prison riot is fighting among the held, no protest.)
  if (h.entry.type === 'PROTEST' && /^riot(?:s|ing|ed|ers)?$/i.test(cue) && /\b(?:prisons?|jails?|inmates|penitentiary|detention (?:centre|center|facility))\b/i.test(s.text)) return false;
  if (h.entry.type === 'PROTEST' && /^(?:protest[eo]rs|demonstrators)$/i.test(cue) && /^\s+(?:\w+\s+)?(?:believe|think|fear|feel|argue|hope|worry|see|view|regard)\b/i.test(after)) return false;
  // "the extradition bill", "an extradition treaty": the law, not an extradition.
  if (h.entry.type === 'COOPERATE' && nominal && /^\s+(?:bills?|laws?|legislation|treat(?:y|ies)|requests?)\b/i.test(after)) return false;
  // ("while Israel continued to occupy Lebanese land and attack the country"): a bare verb joined to an infinitive is no deed told.
  if ((h.entry.type === 'ASSAULT' || h.entry.type === 'COERCE') && /^(?:attack|strike|bomb|shell|invade|occupy|raid|seize|capture|kill)$/i.test(cue) && infinitiveJoined(before)) return false;
  // ("has met roughly every month since the ceasefire", "meet every two weeks"): a habit of many meetings, no one happening.
  if (!h.entry.verbal && /^\s+(?:[\w-]+\s+){0,3}?(?:(?:roughly|about|around|almost|nearly)\s+)?(?:every|each)\s+(?:day|week|month|year|fortnight|few\s+(?:days|weeks|months)|(?:two|three|four|six)\s+(?:days|weeks|months))\b/i.test(after)) return false;
  // ("a new round of border clashes", "another round of fighting"): a round of violence is no round of talks.
  if (h.entry.type === 'CONSULT' && /\bround\s+of$/i.test(cue) && VIOLENT_ROUND.test(after.trimStart().replace(ROUND_MODIFIER, ''))) return false;
  // ("according to a ministerial source", "a ministerial statement"): the word names who speaks, no meeting of ministers.
  if (h.entry.type === 'CONSULT' && /^ministerial$/i.test(cue) && /^\s+(?:sources?|statements?|officials?|decrees?|orders?|positions?|posts?|portfolios?|reshuffle)\b/i.test(after)) return false;
  // ("accused Ethiopia of preparing to invade", "was massing troops to attack"): an act being readied has not happened.
  if ((h.entry.type === 'ASSAULT' || h.entry.type === 'COERCE') && /\b(?:preparing|prepares|prepared|planning|plans|planned|poised|getting ready|gearing up)\s+to\s+$/i.test(before)) return false;
  // ("had deployed tanks and artillery near the border"): arms moved into place are a deployment, no attack.
  if (h.entry.type === 'ASSAULT' && nominal && deployedBefore(before)) return false;
  // ("lists of detainees held by both sides", "the names of prisoners"): people listed, no one seized.
  if (h.entry.type === 'COERCE' && nominal && /\b(?:lists?|names|numbers?|files|records|registers?|database)\s+of\s+(?:(?:the|all|any)\s+)?$/i.test(before)) return false;
  // ("dissidents of the now-demobilised FARC", "the disbanded Wagner group"): a group named by what became of it, no act told.
  if (h.entry.type === 'RETREAT' && (/now-$/i.test(before) || /^\s+(?:\p{Lu}[\p{L}'’-]*|[A-Z]{2,})\b/u.test(after) && /\b(?:the|a|an)\s+(?:now-)?$/i.test(before))) return false;
  // ("led the fight against the Islamic State group"): a side's part in a campaign, no battle told.
  if (h.entry.type === 'ASSAULT' && /^(?:fight|war|battle|campaign)(?: against)?$/i.test(cue) && /\b(?:led|leads|leading|spearheaded|spearheads)\s+the\s+$/i.test(before)) return false;
  // ("who has mediated the talks since April", "have held talks since January"): talks over a span, no one meeting.
  if (h.entry.type === 'CONSULT' && /\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:\w+ed\s+)?$/i.test(before) && /^\s+(?:[\w-]+\s+){0,3}since\s+(?:(?:early|late|mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:19|20)\d\d|last\s+(?:year|month))\b/i.test(after)) return false;
  // "seized control of the territories in the 1967 Six-Day War": a deed dated ten years or more before the article is history.
  if (longAgo(doc, after)) return false;
  // ("Cyprus was split in 1974 when Turkey invaded", "Tiani, who seized power in a July 2023 coup,": a deed placed in a
  // year long before the article's, or in a past year by a relative clause about someone, is background, not news.)
  if (!h.entry.verbal && pastYearTold(doc, s, h)) return false;
  // ("the third round since the two neighbours signed the Ankara Declaration in December"): a deed in a "since" clause is the
  // landmark time is counted from, told as background.
  if (!h.entry.verbal && !nominal && SINCE_CLAUSE.test(before) && !DAY_NAMED.test(after.slice(0, 60))) return false;
  // ("kept their side of the deal signed in Bissau in May"): a deal named with the participle of its signing is the deal, no new signing.
  if (h.entry.type === 'AGREE' && /^(?:signed|agreed|reached|brokered|struck|sealed)$/i.test(cue) && DEAL_NAMED.test(before) && !DAY_NAMED.test(after.slice(0, 60))) return false;
  // ("Under the January 2024 memorandum of understanding, Somaliland agreed to lease ...", "Under the 2014 deal, the MILF
  // agreed to lay down its arms"): what a deal says each side does is its terms, no happening.
  if (!h.entry.verbal && underDeal(doc.text.slice(s.start, h.start)) && !DAY_NAMED.test(s.text)) return false;
  // "killed in a helicopter crash": an accident, no attack.
  if (h.entry.type === 'ASSAULT' && !nominal && /^\s+in\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:crash|accident|collision|stampede|fire|blaze)\b/iu.test(after.slice(0, 60))) return false;
  // "18 years after Washington invaded the country": time counted from a deed names it as history.
  if (/\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years|decades)\s+(?:after|since)\s+(?:[\p{L}'’.-]+\s+){0,3}$/iu.test(before)) return false;
  // "an investigation into a rape allegation", "war crimes charges": the deed is what is alleged, not told.
  if (h.entry.type === 'ASSAULT' && nominal && /^\s+(?:allegations?|accusations?|charges?|claims?|case|cases|trial|probe|investigation|inquiry)\b/i.test(after)) return false;
  if (RATE.test(after.slice(0, 100)) && (h.entry.type === 'ASSAULT' || h.entry.type === 'COERCE' || h.entry.type === 'MOBILIZE')) return false;
  // "as opposed to the reported figure": a comparison, not an objection.
  if (h.entry.type === 'REJECT' && /^opposed to$/i.test(cue) && /\bas\s+$/i.test(before)) return false;
  // "invading the second biggest country in Europe would be a catastrophic prospect": a gerund subject under a modal is an idea.
  if (/ing$/i.test(cue.split(/\s+/)[0]) && /^(?:(?:but|and|yet|still|so)\s+)?$/i.test(doc.text.slice(s.start, h.start).trim() ? doc.text.slice(s.start, h.start).trim() + ' ' : '') && /^\s+(?:[^\s.,;:]+\s+){0,6}(?:would|could|might|may|will|should|is|was)\s+(?:be|have|prove|mean|seem|pose|risk|cost)\b/i.test(after)) return false;
  // "Russia defied Western predictions of economic collapse": defying forecasts rejects no one.
  if (h.entry.type === 'REJECT' && /^(?:defie[sd]|defy(?:ing)?)$/i.test(cue) && /^\s+(?:[\p{L}-]+\s+){0,2}(?:predictions?|expectations?|forecasts?|odds|gravity|logic)\b/iu.test(after.slice(0, 80))) return false;
  // "describing Kyiv's refusal as deliberate sabotage", "branded the vote an act of aggression": a name given to something else.
  if (nominal && /\b(?:describ\w*|call\w*|brand\w*|label\w*|regard\w*|characteri[sz]\w*|denounc\w*|condemn\w*|decr[iy]\w*|view\w*|portray\w*)\b[^.;]{0,120}\bas\s+(?:(?:a|an|the)\s+)?(?:(?:deliberate|an? act of|act of|de facto|open|outright|blatant|pure|sheer|form of|kind of)\s+){0,2}$/i.test(before)) return false;
  if (OVER_A_SPAN.test(after) && (h.entry.type === 'ASSAULT' || h.entry.type === 'COERCE' || h.entry.type === 'MOBILIZE') && !nominal) return false;
  // "Junta airstrikes killed more than 1,000 civilians across the country this year": strikes of a kind, summed by their toll over a span.
  if (OVER_A_SPAN.test(after) && h.entry.type === 'ASSAULT' && nominal && /s$/i.test(cue) && /^\s+(?:(?:have|has|had)\s+)?(?:killed|wounded|injured|destroyed|damaged)\b/i.test(after)) return false;
  if ((h.entry.type === 'ASSAULT' || h.entry.type === 'COERCE') && !nominal && LASTING.test(after)) return false;
  // "coordinate counter-battery fire", "coordinated strikes": one side's own fire, no cooperation.
  if (h.entry.type === 'COOPERATE' && /^coordinat/i.test(cue) && /^\s+(?:(?:its|their|the|accurate|precise|artillery|counter-battery|air|drone|missile)\s+){0,3}(?:fire|strikes?|attacks?|shelling|bombardments?|barrages?|offensives?|assaults?)\b/i.test(after)) return false;
  if (h.entry.type === 'COOPERATE' && /^in (?:coordination|cooperation|partnership|collaboration) with$/i.test(cue) && MANNER_OF.test(before)) return false;
  // "Of those freed, 139 had been held": the participle after a pronoun names the people.
  if (ADJECTIVAL.test(cue) && /\b(?:those|ones)\s+$/i.test(before)) return false;
  // "a new round of aggression", "a round of sanctions": a round of something other than talks.
  if (h.entry.type === 'CONSULT' && /round/i.test(cue) && /^(?:\s+of)?\s+(?:\w+\s+)?(?:aggression|fighting|strikes|attacks|violence|sanctions|hostilities|escalation|shelling|bombing|mobili[sz]ation|tariffs)\b/i.test(after)) return false;
  // "after Wednesday's talks", "soon after the conclusion of Thursday's meetings": talks named as a time point are told elsewhere.
  if (h.entry.type === 'CONSULT' && /^(?:talks|meetings?|negotiations)$/i.test(cue) && /\b(?:after|following|before|ahead of)\s+(?:the\s+(?:conclusion|end|close)\s+of\s+)?\w+day['’]s\s+$/i.test(before)) return false;
  // "Kyaukphyu hosts a deep-sea port", "the town hosts thousands of refugees": a place that holds something hosts no meeting.
  if (h.entry.type === 'CONSULT' && /^host(?:s|ed|ing)?$/i.test(cue) && /^\s+(?:[\p{L}\d,-]+\s+){0,4}?(?:ports?|bases?|pipelines?|refiner(?:y|ies)|plants?|airports?|airfields?|camps?|refugees|headquarters|embassy|embassies|mines?|terminals?|facilit(?:y|ies)|garrisons?|troops|soldiers|forces|population|residents|displaced|museums?|festivals?|markets?)\b/iu.test(after.slice(0, 100))) return false;
  // "two shells fired from Congo had landed in Rugombo": projectiles that land pay no visit.
  if (h.entry.type === 'CONSULT' && /^land(?:ed|s|ing)?\b/i.test(cue) && /\b(?:shells?|projectiles?|rockets?|missiles?|mortars?|bombs?|drones?|debris|fragments|munitions|grenades?)\s+(?:[^\s.;]+\s+){0,6}(?:(?:had|have|has)\s+)?$/i.test(before)) return false;
  // ("fired two mortar rounds toward the outpost on Sunday, which landed in open fields": the same, told in a relative clause.)
  if (h.entry.type === 'CONSULT' && /^land(?:ed|s|ing)?\b/i.test(cue) && /\b(?:shells?|projectiles?|rockets?|missiles?|mortars?|rounds|bombs?|drones?|munitions|grenades?)\b[^.;]{0,120}\b(?:which|that)\s+(?:had\s+|later\s+)?$/i.test(before)) return false;
  // "Organization for Security and Co-operation in Europe": a cue inside a name is part of the name.
  // (The sentence's mentions are all those that reach into it: a name holding the cue is one of them.)
  for (const m of s.mentions) if (m.start <= h.start && h.end <= m.end && m.end - m.start > h.end - h.start) return false;
  // "the proposal meets Israel's goal", "demands were met": meeting a goal is no meeting.
  if (h.entry.type === 'CONSULT' && /^(?:meet|meets|met|meeting)$/i.test(cue) && /^\s+(?:[\w'’-]+\s+){0,3}(?:demands?|goals?|conditions?|requirements?|criteria|needs|expectations?|standards?|deadlines?|targets?|obligations?|commitments?|threshold)\b/i.test(after)) return false;
  // "said at a news conference in Tehran": a press conference is no multilateral meeting.
  if (h.entry.type === 'CONSULT' && /^conference/i.test(cue) && /\b(?:news|press|video)\s+$/i.test(before)) return false;
  // "spoke with reporters": talking to the press is no meeting.
  if (h.entry.type === 'CONSULT' && /^\s+(?:the\s+)?(?:reporters|journalists|media|press|news|broadcaster|television|tv|radio)\b/i.test(after)) return false;
  // "on the same day talks began", "since talks started": a clause of time points at talks told elsewhere.
  if (h.entry.type === 'CONSULT' && /\b(?:same day|day|when|since|before|after|until|as|while|once)\s+(?:the\s+)?(?:peace\s+)?$/i.test(before) && /^\s+(?:began|begin|started|start|opened|ended|resumed|broke down|collapsed)\b/i.test(after)) return false;
  // "the day before the peace talks in Geneva", "on the eve of the summit": talks named as a time point are told elsewhere.
  if (h.entry.type === 'CONSULT' && /\b(?:days?|hours?|weeks?|night|morning|evening|eve|ahead|sidelines)\s+(?:before|after|ahead of|of|on)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?$/i.test(before)) return false;
  // "Trump seemingly agreed, telling the Ukrainian leader ...": agreeing with a view is no agreement reached.
  if (h.entry.type === 'AGREE' && /^agree[sd]?$/i.test(cue) && /^(?:\s*,\s*(?:telling|saying|adding|noting|writing|arguing|replying)\b|\s+with\s+(?:him|her|them|this|that|the (?:view|assessment|idea|notion|criticism|analysis))\b)/i.test(after)) return false;
  // Fighting named as the setting ("overshadowed by renewed fighting") with no side named in its own sentence.
  if (h.entry.type === 'ASSAULT' && /^(?:(?:renewed|heavy|fierce|intense|new)\s+)?(?:fighting|violence|hostilities|clashes|bloodshed|war)$/i.test(cue) && !s.mentions.length) return false;
  if (h.entry.type === 'MOBILIZE' && MUNITIONS.test(after)) return false;
  // "requesting anonymity", "who asked not to be named": a source's terms, not a request of one side to another.
  if (h.entry.type === 'REQUEST' && /^\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|(?:for\s+)?anonymity|that\s+(?:his|her|their)\s+names?\s+(?:not|be\s+withheld))\b/i.test(after)) return false;
  // "renewed fighting could draw in Eritrea": fighting made subject of a modal is a possibility.
  if (h.entry.type === 'ASSAULT' && /^(?:(?:renewed|heavy|fierce|intense|new|further|more)\s+)?(?:fighting|violence|hostilities|clashes|shelling|bombing)$/i.test(cue) && MODAL_AFTER.test(after.slice(0, 60))) return false;
  // "weapons and explosives were seized", "found explosives": a cache, not a blast.
  if (h.entry.type === 'ASSAULT' && /^explosives$/i.test(cue) && CACHE.test(before + ' ' + after.slice(0, 40))) return false;
  if (h.entry.type === 'AID' && nominal && AID_AS_PLACE.test(before)) return false;
  // ("laid down rifles, machine guns and rocket launchers", "handed over 300 guns"): arms given up are a disarmament, no attack.
  if (h.entry.type === 'ASSAULT' && nominal && GIVEN_UP.test(before.slice(-70).split(/[.;]/).pop()!)) return false;
  // ("Sonko said talks with other factions, including Sadio's, were possible"): talks told as possible are held by no one.
  if (h.entry.type === 'CONSULT' && /^(?:talks|negotiations|dialogue)\b/i.test(cue) && /^[^.;]{0,60}?\b(?:was|were|is|are|remain(?:s|ed)?|would be)\s+(?:still\s+|not\s+)?(?:possible|impossible|likely|unlikely|feasible|an option|on the table)\b/i.test(after)) return false;
  // ("Dozens of fighters arrived in motorboats"): armed men arriving for an attack pay no visit.
  if (h.entry.type === 'CONSULT' && /^arriv/i.test(cue) && /\b(?:fighters|gunmen|militants|attackers|assailants|insurgents|jihadists|rebels|raiders|bandits)\s+(?:[^\s.;]+\s+){0,2}$/i.test(before)) return false;
  return true;
}

const MONTHS = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** "in 2008", "in August 2008", "during the 1990s", "under a 1992 ceasefire agreement". */
const IN_YEAR = new RegExp(`\\b(?:in|during|under)\\s+(?:(?:the|a|an)\\s+)?(?:(?:early|late|mid-)?${MONTHS}\\s+)?((?:19|20)\\d{2})\\b(?!\\s*[-–])`, 'gi');
/** "a 2023 meeting", "the January 2024 memorandum", "a July 2023 coup": a landmark named by its year. */
const YEAR_LANDMARK = /\b(?:a|an|the|its|their)\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d{2})\s+(?:(?:ceasefire|peace|border|military|coup)\s+)?(?:coup|war|deal|agreement|accord|memorandum|meeting|summit|ceasefire|truce|treaty|pact|election|vote|referendum|invasion|offensive|raid|attack|battle|siege|talks|uprising|revolution)\b/gi;
const SINCE_CLAUSE = /\bsince\s+(?:the|its|their|his|her|both)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
const DEAL_NAMED = /\b(?:the|a|an|this|that)\s+(?:[\p{L}-]+\s+)?(?:deal|agreement|accord|memorandum|pact|treaty|truce|ceasefire|declaration)(?:,)?\s+$/iu;
const UNDER_OPENING = /^\s*(?:["“]\s*)?under\s+(?:the|a|an|its|their|this|that)\s/i;
const DEAL_WORD = /\b(?:deal|agreement|accord|memorandum|plan|terms|pact|treaty|proposal|framework|arrangement|roadmap|charter|truce|ceasefire|declaration)\b/i;
/** "Under the 2014 deal, the MILF agreed ...": the sentence opens on a deal's terms and the cue stands after the phrase's comma. */
function underDeal(before: string): boolean {
  if (!UNDER_OPENING.test(before)) return false;
  const deal = DEAL_WORD.exec(before.slice(0, 90));
  if (!deal) return false;
  const comma = before.indexOf(',', deal.index);
  return comma > 0 && !/[.;]/.test(before);
}
/** "laid down rifles, machine guns", "handed over 300 guns": arms given up. */
const GIVEN_UP = /\b(?:laid down|lay down|lays down|laying down|handed over|hand over|hands over|handing over|handed in|surrender(?:ed|s|ing)?|gave up|turned in|decommission(?:ed|ing)?|burn(?:ed|t|ing)|destroy(?:ed|ing)?)\s/i;
const DAY_NAMED = /\b(?:overnight|last night|yesterday|today|this morning|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;
/** Whether the cue's sentence places it (before the cue, or in its clause after) in a year before the article's, and names no day. */
function pastYearTold(doc: Doc, s: SentenceView, h: EventHit): boolean {
  const published = Number(doc.meta.published?.slice(0, 4));
  if (!published) return false;
  const raw = doc.text.slice(s.start, h.start);
  const cue = doc.text.slice(h.start, h.end);
  const after = doc.text.slice(h.end, s.end);
  const rest = after.slice(0, Math.min(...[after.search(/[;:]|,\s+(?:and|but|while|as|after|before|which|who|saying|adding)\b/i), 120].filter((i) => i >= 0)));
  const years = (text: string) => [...matchesOf(text, IN_YEAR), ...matchesOf(text, YEAR_LANDMARK)].map((m) => Number(m[1]));
  // A deed in a relative clause about someone named ("Lula, who brokered a 2023 meeting between ...") is background
  // from the year before the article's, whatever day the sentence around it names; elsewhere in the sentence it takes
  // five years and no day named (the gold lists "the 2022 invasion" in articles of 2025 as events of their own).
  const rel = /,\s+(?:who|which|whose)\b[^,;]*$/i.exec(raw);
  const relClause = rel ? rel[0] + cue + rest.slice(0, Math.max(0, rest.indexOf(',')) || rest.length) : '';
  if (rel && !DAY_NAMED.test(relClause) && years(relClause).some((y) => y < published)) return true;
  if (DAY_NAMED.test(s.text)) return false;
  // (A relative clause about someone named, "Tiani, who seized power in a July 2023 coup, received ...", dates only itself.)
  const before = raw.replace(/,\s+(?:who|which|whose)\b[^,;]*,/gi, ',') + cue;
  return [...years(before.slice(before.lastIndexOf(';') + 1)), ...years(rest)].some((y) => y <= published - 5);
}

/** A year named after the cue in its clause ("in 1967", "in the 1994 war") ten or more years before the article's publication. */
function longAgo(doc: Doc, after: string): boolean {
  const published = Number(doc.meta.published?.slice(0, 4));
  if (!published) return false;
  const m = /^[^.;]{0,80}?\b(?:in|during|since|from)\s+(?:the\s+)?((?:19|20)\d{2})\b/i.exec(after.slice(0, 120));
  return !!m && Number(m[1]) <= published - 10;
}
