// The events stage: what happened or is scheduled, one event per real event. A sentence gives
// at most one event of a type; its actors come from that sentence (or the one before when it
// names none), its date from the date words nearest the cue read in the event's tense, its
// place from the places of the sentence. A follow-up sentence about the same event ("the
// offensive resulted in one casualty") adds its numbers to the event instead of making another.
import { iso } from '../../nlp/dates.js';
import { oneByte } from '../../doc/one-byte.js';
import type { Doc, Event, DateMention, Mention } from '../../doc/model.js';
import type { Ctx } from '../../pipeline/context.js';
import { viewOf, claimHolding, mentionHolding, type SentenceView, type DocView } from '../sentence-view.js';
import { spansWithin, spansEndingIn } from '../../doc/span-index.js';
import { compileEvents, eventHits, type EventHit } from './lexicon.js';
import { statusOf } from './status.js';
import { quantitiesIn } from './quantities.js';
import { inQuote } from '../claims/find-source.js';
import { mergeRepeats, FURTHER_TOLL, narrower } from './merge.js';
import { locationIn } from './location.js';
import { weaponMode } from './weapon-mode.js';
import { exchangeType } from './exchange.js';
import { isHeading } from './heading.js';
import { notAnEventAfter } from './cue-context.js';
import { bareTalksTold, placedOrDated } from './bare-talks.js';
import { isNextRound, nextRoundStatus, partiesOfLastRound } from './next-round.js';
import { collectiveParties, shareMeetingParties } from './collective-parties.js';
import { definiteRepeat, mergeInto } from './definite-repeat.js';
import { warToll, summedActs } from './war-toll.js';
import { backgroundMention } from './background-mention.js';
import { leadThenWords } from '../lead-then-words.js';
import type { Word } from '../../link/words.js';
import { notAHappening } from './not-happening.js';
import { partOfEarlier } from './part-of.js';
import { placeRetold } from './placed-again.js';
import { agreedToWhatFollows } from './agreed-to.js';
import { matchesOf } from '../../doc/matches.js';

const MODE_PRIORITY = ['phone', 'visit', 'third-party', 'multilateral', 'meeting'];
/** "the attack", "the offensive", "the strike": a later sentence speaking of an event already told (of its own kind: "before the meeting" does not continue a strike). */
const ANAPHORIC: Record<string, RegExp> = {
  // ("when one of the drones hit a block": a weapon of the attack just told.)
  // ("three people were killed in those strikes": the strikes just told, counted.)
  ASSAULT: /\b(?:the|this|that|these|those|the latest|the overnight) (?:\w+ )?(?:attack|attacks|offensive|strike|strikes|airstrikes|raids|assault|raid|bombardment|shelling)\b|\b(?:one|two|three|some|several|many|most|all) of the (?:drones|missiles|rockets|shells|bombs)\b/i,
  CONSULT: /\b(?:the|this|that|the latest) (?:\w+ )?(?:meeting|talks|call|summit|visit)\b/i,
};
/**
 * What precedes a cue that is no event but a wish, an idea or a passive: "hoping to reinstate
 * military aid", "accused Beijing of providing weapons", "demands are met"; or the target of
 * an attack ("drone attacks on humanitarian aid convoys"). FAR words reach
 * over a few words of the clause; NEAR words must stand right before the cue ("a potential
 * meeting", "a pause in attacks").
 */
const FAR = /\b(?:call(?:s|ed|ing)? for|hop(?:e|es|ed|ing)|want(?:s|ed)?|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?|desire|wish(?:es)?|plan(?:s|ned)? to|urg(?:e|es|ed|ing)|demand(?:s|ed)?|refus(?:e|es|ed|ing)|would not|will not|won't|did not|didn't|does not|do not|doesn't|don't|never|no longer|to ensure|to prevent|to deter|to avoid|stopped being|ceased (?:being|to be)|(?:window|chance|opportunity|ability|capacity|means) to|ready (?:to|for)|willing to|offer(?:s|ed|ing)? to|credit for|leading to|(?:ask(?:s|ed|ing)?|invit(?:e|es|ed|ing)) (?:[\w.'’-]+ ){1,6}to|open["”’']? to|prepared to|fears?|feared|fearing|idea that|belief that|assumption that|notion that|prospect that|likelihood (?:of|that)|possibility that|refusal (?:to|of)|contingent (?:on|upon)|conditional (?:on|upon)|aimed at|designed to|in order to|in an? (?:effort|bid|attempt) to|efforts? to|propos(?:e|es|ing)|suggest(?:s|ed|ing)?|intention (?:of|to)|intends? to|in (?:the )?hopes? of|goal of|aim of|objective of|possibility of|prospect of|idea of|plans? (?:to|for)|reluctant to|hesitant to|unwilling to|unlikely to|alleg(?:e|es|ing)|alleged that|(?:try|tries|tried|trying|attempt(?:s|ed|ing)?) to|(?:is|are|was|were|has|have) yet to|refrain(?:s|ed|ing)? from|depend(?:s|ed|ing)? on|threaten(?:s|ed)? to|prepar(?:es|ed|ing) to|getting ready to|poised to|ruling out|ruled out|rules out|rule out|reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|accus(?:e|es|ed|ing)\b[^.;]{0,40}\bof|allegations? (?:that|of)|estimated to|believed to|thought to|expect(?:s|ed|ing)?|number of|toll)\b[^.,;]{0,45}$/i;
const NEAR = /\b(?:(?:attacks?|strikes?|raids?|assaults?|shelling) (?:on|against)|(?:has|have|had) not|(?:has|have|had)n't|end(?:s|ed|ing)?|stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|idea of|prospect of|possibility of|proposal (?:to|for)|potential|possible|proposed|planned|mooted|hypothetical|would-be|future|pause (?:in|on|of)|halt (?:to|in|of|on)|end to|dropped|shelved|abandoned|avoided|evaded|stop to|cessation of|suspension of|moratorium on|ban on|bann(?:ing|ed)|prohibit(?:s|ed|ing)?|forbid(?:s|ding)?|blockade (?:on|of)|siege (?:on|of)|risks? of|threats? of|danger of|call(?:s|ed)? for|no|without|conditions? (?:for|of)|in exchange for|in return for|lead to|leads to|led to|pending|awaiting|face|faces|facing|risk|risks|risking|threaten(?:s|ed|ing)?|warn(?:s|ed|ing)? of)\s+(?:(?:a|an|the|any|further|new|fresh|more)\s+)?(?:[\w-]+\s+)?$/i;
const PASSIVE_OR_MODAL = /(?:\b(?:are|is|be|been|being|were|was)\s+|\b(?:would|could|should|must|might|may|can|cannot|can't)\s+(?:[^\s.,;]+\s+){0,7}|(?<!\b(?:set|due|scheduled|expected|planning|plans|plan|going|about|decided|decides|dispatched \S+(?: \S+){0,6}|sent \S+(?: \S+){0,6}|travel(?:s|led|ling)?|head(?:s|ed|ing)?|arrived|came)\s)\bto\s+)$/i;
/** "called for an end to the war at a protest": a place or time adjunct names a real event. */
const ADJUNCT = /(?<!\b(?:aimed|targeted|looking|looked|hinted|hints|hint|directed|detained|arrested|jailed|held)\s)\b(?:at|during|after|amid)\s+(?:(?:a|an|the|this|that)\s*)?(?:[\w-]+\s+)?$/i;
/** What a holder calls for or demands runs to the end of the sentence: "called for a deal ..., and the full withdrawal of forces". */
const DEMANDED = /\b(?:until|unless|once|if|whether|provided that|on condition that|as long as|call(?:s|ed|ing)? for|call(?:s|ed|ing)? on|expect(?:s|ed|ing)? (?:[\w'’-]+ ){1,3}to|promis(?:e|es|ed|ing) to|pledg(?:e|es|ed|ing) to|vow(?:s|ed|ing)? to|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|insist(?:s|ed|ing)? (?:on|that)|insistence (?:on|that)|fear(?:s|ed|ing)? that|feared|fearing|worr(?:y|ies|ied) that|accus(?:e|es|ed|ing)\b[^.;]{0,40}\bof)\b[^.;]{0,200}$/i;
/** "is expected in Beirut next week for talks", "are expected to meet in Riyadh": a visit or a meeting on the calendar, not a forecast. */
const EXPECTED_VISIT = /\b(?:is|are)\s+(?:expected|due)\s+(?:to\s+(?:meet|hold|visit|travel|arrive|attend|host|join)\b[^.,;]{0,45}|to\s+|in\s[^.,;]{0,45})$/i;
const NOT_AN_EVENT = {
  test: (before: string, type: string, cue = '', after = '') => (((FAR.test(before) && !(type === 'CONSULT' && EXPECTED_VISIT.test(before))) || DEMANDED.test(afterNewSaying(before)) || wantedTo(afterNewSaying(before))) && !ADJUNCT.test(before)) || NEAR.test(before)
    || (PASSIVE_OR_MODAL.test(before) && !(BE_PASSIVE.test(before) && !MODAL_BEFORE.test(before) && (VIOLENT.has(type) || toldDone(before, cue, after)))),
};
/** "wanted the talks to secure a full withdrawal ... and the release of prisoners": what one wants others to bring about runs to the end of the sentence. */
function wantedTo(before: string): boolean {
  const m = [...matchesOf(before, /\bwant(?:s|ed)?\s+(?:the|a|an|its|their|both)\s/gi)].pop();
  if (!m) return false;
  const rest = before.slice(m.index + m[0].length);
  return !/[.;]/.test(rest) && /^(?:[\w'’-]+\s){0,3}to\s/.test(rest);
}
/** "urged all parties to ... and said the body would convene a meeting\": what follows a second saying is no longer what was urged. */
const NEW_SAYING = /\b(?:and|but)\s+(?:also\s+)?(?:said|says|added|announced)\b/gi;
function afterNewSaying(before: string): string {
  let cut = 0;
  for (const m of matchesOf(before, NEW_SAYING)) cut = m.index + m[0].length;
  return before.slice(cut);
}
/** "He was also meeting with", "the initiative was signed by Ukraine and Russia": a progressive, or a past passive with its agent, tells what happened. */
function toldDone(before: string, cue: string, after: string): boolean {
  if (/^\w+ing\b/i.test(cue) && !/\bbeing\s+$/i.test(before)) return true;
  return /\b(?:was|were|been)\s+$/i.test(before) && /^\w+(?:ed|en|gned|ld|ht|nt)\b/i.test(cue) && /^\s+(?:[\w-]+\s+){0,3}by\s+\p{Lu}/u.test(after);
}
/** "more than 500 people have been killed", "were detained": a passive of violence tells what happened. */
const VIOLENT = new Set(['ASSAULT', 'COERCE']);
/** Verbal acts (PLOVER), told in words. */
const WORD_ACTS = new Set(['REQUEST', 'REJECT', 'ACCUSE', 'THREATEN', 'SUPPORT']);
const AGREED_ACTS = new Set(['COOPERATE', 'MOBILIZE', 'AID', 'RETREAT', 'SANCTION']);
const BE_PASSIVE = /\b(?:are|is|been|were|was)\s+$/i;
const MODAL_LEAD = /\b(?:would|could|should|must|might|may|can|cannot|will)$/i;
const MODAL_BEFORE = { test: (before: string) => leadThenWords(before, MODAL_LEAD, 3) };
/** What names a known event rather than tells one: its owner or year ("Russia's 2022 invasion"), or time counted from it. */
const BACKGROUND = /(?:(?:['’]s|\b(?:19|20)\d{2}|\b(?:since|before|after|start of|beginning of|anniversary of|eve of|years? of|months? of)(?:\s+(?:the|its|their|a))?)\s+(?:(?:full-scale|large-scale|all-out|\d{4})\s+)*|\bsince\s+(?:[\p{L}'’-]+\s+){1,3})$/iu;
/** "the meeting", "the talks": a definite noun refers to an event told elsewhere, not a new one. */
const DEFINITE_REFERENCE = /\b(?:the|that|this|their|these|those)\s+$/i;
/** "the Israeli strikes", "condemned the ship attack": a strike named again with one word that says whose or what. */
const DEFINITE_MODIFIED = /\b(?:the|that|this|these|those)\s+(?:\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?|ship|drone|missile|rocket|air|car|bomb|suicide|latest|recent|deadly|twin|border)\s+$/u;
/** "launched the Israeli offensive", "carried out the drone attack": the clause tells the act being done. */
const PERFORMED = /\b(?:launch(?:ed|es|ing)?|carr(?:y|ied|ies|ying) out|conduct(?:ed|s|ing)?|stag(?:ed|es|ing)|mount(?:ed|s|ing)|began|begin|started|start)\s+(?:[\w-]+\s+){0,3}$/i;
const DATED_REFERENCE = /\b(?:the|that|this)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?\s+$/i;
/** "Tuesday's strike on the market", "Monday's bombing": an attack named by its day is the one told before. */
const DAY_REFERENCE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last night)['’]s\s+(?:(?:deadly|fatal|suicide|drone|missile|air|rocket|car|bomb)\s+)?$/i;
/** "talks that had been due to open", "negotiators had been scheduled to meet": what was planned and did not happen. */
const PLANNED_NOT_HELD = /\b(?:had been (?:due|scheduled|expected|set|supposed|planned)|(?:was|were) supposed)\b[^.;]{0,80}$/i;
/** "while the ", "as long as ", "even as ": a subordinate clause of time or condition. */
const CIRCUMSTANCE_BEFORE = /\b(?:while|as long as|so long as|until|as|even as)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
const CONTINUED_AFTER = /^\s*(?:[\w-]+\s+)?(?:continu(?:e|es|ed|ing)|raged?|rages|persist(?:s|ed)?)\b/i;
/** "said on Tuesday", "told reporters on Monday": the day of the saying. */
/** "said in a statement read on public television on", "told AFP in an interview on": a saying's day with its channel between. */
const SAID_IN_CHANNEL = /\b(?:said|says|told|reported|announced|stated|added)\s+(?:\w+\s+)?in\s+(?:a|an|its|their)\s+(?:statement|post|video|interview|briefing|communique|report)\b[^.;,]{0,50}?\s(?:on\s+)?$/i;
const SAID_ON_BEFORE = /\b(?:said|says|told|reported|announced|stated|added)\s+(?:\w+\s+)?(?:on\s+)?$/i;
const SAME_DAY = /\b(?:that|the same) (?:night|day|morning|evening|afternoon)\b|^(?:hours|minutes|moments) (?:later|earlier)\b/i;
const TODAY = /\b(?:in the hours leading up to|earlier today|today|this morning|this afternoon|this evening|tonight|overnight)\b/i;

export function eventsStage(doc: Doc, ctx: Ctx): Doc {
  const dv = viewOf(doc, ctx.kb);
  const entries = compileEvents(ctx.lexicons.events);
  const events: Event[] = [];
  const landmarkParts = new Set<Event>();
  let lastAt = -10;
  for (const s of dv.sentences) {
    if (s.removed) continue;
    // "would he keep his word?": a question tells no event.
    if (/\?["”’']?\s*$/.test(s.text)) continue;
    // "- Drone, missile attacks -": a subheading names what the next sentences tell.
    if (isHeading(s.text)) continue;
    const raw = eventHits(s.text, s.start, entries);
    const hits = chooseHits(raw.filter((h) => isEvent(doc, s, h, dv)).map((h) => brokeredDeal(doc, seizedPlace(doc, h))), doc.text);
    const numbers = [];
    for (const n of spansWithin(doc.numbers, s.start, s.end)) numbers.push({ ...n, start: n.start - s.start, end: n.end - s.start });
    const quantities = quantitiesIn(s.text, numbers);
    // (A deed told only as the landmark of the act before it, "... after gunmen opened fire", is not the one the next figures count.)
    const last = events.length >= 2 && landmarkParts.has(events[events.length - 1]) && events[events.length - 2].evidence.end === events[events.length - 1].evidence.start ? events[events.length - 2] : events[events.length - 1];
    // ("Eight other soldiers were wounded in the attack" after "The army blamed the attack on a faction that rejected the deal": a word
    // act told in between is not what "the attack" counts; the attack told just before it is.)
    const previous = last && WORD_ACTS.has(last.type) && ANAPHORIC.ASSAULT.test(s.text) ? [...events].reverse().find((e) => e.type === 'ASSAULT' && s.start - e.evidence.end < 600) ?? last : last;
    // A sentence that only adds figures or refers back to the last event continues it.
    // ("At least 34 people have been killed since the fighting broke out": a war's running toll adds nothing to the last attack.)
    // ("At least 3,384 civilians were killed from January to June": a toll summed over months is no figure of the last attack either.)
    if (previous && s.index - lastAt <= 2 && !raw.some((h) => h.entry.type === 'ASSAULT' && (warToll(doc, s, h) || backgroundMention(doc, s, h, ownClause(doc.text.slice(Math.max(s.start, h.start - 240), h.start))))) && (hits.length === 0 || (hits.every((h) => h.entry.type === previous.type) && (!!ANAPHORIC[previous.type]?.test(s.text) || bareTollOf(doc, s, hits, previous, events)) && !deedAfterLandmark(s, hits))) && Object.keys(quantities).length) {
      for (const [k, v] of Object.entries(ownQuantities(previous.type, quantities))) if (!(k in previous.quantities)) (previous.quantities as Record<string, number>)[k] = v;
      const place = locationIn(doc, s);
      previous.location ??= place;
      // ("... in southwestern Mali on Tuesday. The attack took place near the town of Kati": the town in the country is the place.)
      if (place !== null && previous.location !== place && narrower(previous.location, place, dv)) previous.location = place;
      // "..., witnesses said on Monday. A jet dropped a bomb on the monastery at 1 a.m. on Sunday": the day of the saying gives way to the deed's.
      // ("... hours after drones struck a power station. The drone attack on Sunday night killed four workers": the day of the attack named again.)
      if (saidDayOnly(doc.text, previous) || (previous.date === null && previous.type === 'ASSAULT' && ANAPHORIC.ASSAULT.test(s.text))) {
        const when = dateOf(doc, s, hits[0] ?? { entry: { type: previous.type, mode: null, verbal: false, cues: [] }, start: s.start, end: s.start }, previous.status);
        const at = when.text ? s.text.indexOf(when.text) : -1;
        if (when.date !== null && at >= 0 && !SAID_ON_BEFORE.test(s.text.slice(Math.max(0, at - 30), at))) { previous.date = when.date; previous.date_text = when.text; }
      }
      lastAt = s.index;
      continue;
    }
    // "The meeting took place near the village of Mosesgegh": the happening told before, placed.
    if (!hits.length && placeRetold(doc, s, raw, events, dv)) continue;
    // "..., witnesses said on Monday. A fighter jet dropped a bomb on the monastery at 1 a.m. on Sunday": the next sentence
    // names the same kind of act with no new event and gives the deed's own day, which the day of the saying gives way to.
    const deedBefore = !hits.length && s.index - lastAt === 1 ? [...events].reverse().find((e) => s.start - e.evidence.end <= 3 && raw.some((h) => !h.entry.verbal && h.entry.type === e.type)) : undefined;
    if (deedBefore && saidDayOnly(doc.text, deedBefore)) {
      const when = dateOf(doc, s, raw.find((h) => h.entry.type === deedBefore.type)!, deedBefore.status);
      const at = when.text ? s.text.indexOf(when.text) : -1;
      if (when.date !== null && at >= 0 && !SAID_ON_BEFORE.test(s.text.slice(Math.max(0, at - 30), at))) { deedBefore.date = when.date; deedBefore.date_text = when.text; }
    }
    // "Al Shabaab claimed responsibility for the attack, saying it had killed 40 soldiers": the group's toll of the attack told before.
    const ownTelling = ownTellingOfAttack(dv, s, events);
    for (const hit of hits) {
      if (ownTelling && VIOLENT.has(hit.entry.type)) continue;
      if (partOfAttack(doc.text, hits, hit) || leftAfterAttack(doc.text, hits, hit) || raidToArrest(doc.text, hits, hit)) continue;
      // "The attackers also looted weapons ... before withdrawing": what the attackers of the attack just told did is part of it.
      if (!hit.entry.verbal && hit.entry.type !== 'ASSAULT' && THE_ATTACKERS.test(doc.text.slice(s.start, hit.start)) && events.some((e) => e.type === 'ASSAULT' && s.start - e.evidence.end < 600)) continue;
      const part = deedPart(s, hits, hit, doc.text);
      const own = part === s ? quantities : quantitiesIn(part.text, spansWithin(doc.numbers, part.start, part.end).map((n) => ({ ...n, start: n.start - part.start, end: n.end - part.start })));
      const event = eventOf(hit, part, dv, own, events);
      if (!event) continue;
      if (part !== s) event.evidence = countWithLandmark(doc.text, event.evidence, s);
      // "the ship had been struck", "confirmed an attack in Muidumbe", "the suspects were detained": the act told just before, told again.
      const retold = toldAgain(doc.text, s, hit, event, events);
      if (retold) { mergeInto(retold, event); lastAt = s.index; continue; }
      // "Hamas denied its operatives had fired on the troops": a deed of a kind told before, denied, is that deed again.
      if (!hit.entry.verbal && DENIED_DEED.test(doc.text.slice(Math.max(s.start, hit.start - 80), hit.start)) && events.some((e) => e.type === event.type || (VIOLENT.has(e.type) && VIOLENT.has(event.type)))) { lastAt = s.index; continue; }
      // "Kyiv and Moscow agreed to a prisoner exchange": the agreement and the swap are one happening.
      if (event.type === 'COOPERATE' && events.some((e) => e.type === 'AGREE' && e.evidence.start === s.start && agreedTo(doc.text, hits, hit))) continue;
      // "stopped almost all shipments of military aid": aid that is halted is no aid given.
      if (event.type === 'AID' && hits.some((h) => h.entry.type === 'SANCTION' && h.entry.mode === 'halt-aid' && h.start < hit.start && hit.start - h.end < 60)) continue;
      if (partOfEarlier(doc.text, hit, event, events)) { lastAt = s.index; continue; }
      const first = definiteRepeat(doc.text, s.start, hit, event, events);
      if (first) { mergeInto(first, event); lastAt = s.index; continue; }
      events.push(event);
      if (part !== s && part.start > s.start) landmarkParts.add(event);
      lastAt = s.index;
    }
  }
  shareMeetingParties(events);
  datedByTheMeeting(doc.text, events);
  return { ...doc, events: mergeRepeats(mergeRepeats(events, dv), dv) };
}

/**
 * "At least three people were killed and 11 wounded, the emergency centre said on Wednesday", "He said at least six drivers were
 * killed": a toll told in the passive, with no doer, place or day of its own (but a saying's), counts the attack just told when
 * that one has no death toll yet. ("Three others were killed ...", "another six": a further toll is a further attack.)
 */
function bareTollOf(doc: Doc, s: SentenceView, hits: readonly EventHit[], previous: Event, events: readonly Event[]): boolean {
  if (previous.type !== 'ASSAULT' || previous.quantities.killed !== undefined || FURTHER_TOLL.test(s.text)) return false;
  // (Not when the attack just told may itself be another side's telling of one told just before with its toll: the merge weighs
  // those tolls. "said it had repulsed an attack ..., killing 23 of them. ... said fighters attacked the base at dawn on Tuesday. Four
  // soldiers were killed and seven wounded, he said.")
  if (events.some((e) => e !== previous && e.type === 'ASSAULT' && e.quantities.killed !== undefined && previous.evidence.start - e.evidence.end < 1500)) return false;
  if (!hits.every((h) => h.entry.type === 'ASSAULT' && /^(?:killed|wounded|injured)$/i.test(doc.text.slice(h.start, h.end)) && PASSIVE_BEFORE.test(doc.text.slice(Math.max(s.start, h.start - 20), h.start)))) return false;
  if (spansWithin(doc.dates, s.start, s.end).some((d) => !SAID_ON_BEFORE.test(doc.text.slice(Math.max(s.start, d.start - 30), d.start)))) return false;
  const place = locationIn(doc, s);
  return place === null || place === previous.location;
}
const PASSIVE_BEFORE = /\b(?:were|was|have been|has been|had been)\s+$/i;

/**
 * A meeting put on the calendar, which the modal or infinitive framing it does not make a wish (events23): "agreed to meet again in
 * Baku in December", "agreed to continue work ... and to meet again", and a saying's "would" with a day or place to come ("said it would
 * host talks between the two sides in Tripoli next week", "said they would meet again in Doha next week").
 */
const SAID_WORD = /\b(?:said|says|announced|added|told)\b/i;
const WOULD_END = /\bwould\s(?:[\w-]+\s){0,3}$/i;
const TIME_TO_COME = /^[^.;]{0,80}?\b(?:next\s(?:week|month)|tomorrow|later\sthis\s(?:week|month)|on\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s(?:early\s|late\s|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/;
const CONDITION = /\b(?:if|unless|only when|provided)\b/i;
function meetingOnTheCalendar(h: EventHit, cue: string, clause: string, after: string): boolean {
  if (h.entry.type !== 'CONSULT' || CONDITION.test(clause) || CONDITION.test(after.slice(0, 80))) return false;
  if (agreedToWhatFollows(clause) && /^(?:meet|hold|convene|resume)/i.test(cue)) return true;
  const tail = clause.slice(-80);
  return WOULD_END.test(tail) && SAID_WORD.test(tail) && TIME_TO_COME.test(after) && !/\b(?:not|never|no longer)\b/i.test(tail);
}

/** "Elders from Misrata mediated a truce that took hold on Wednesday", "Qatar brokered a ceasefire between ...": the deal made is the
 * happening (AGREE), the mediator one of its makers; "U.S.-brokered talks", "mediated talks" stay the talks (events23). */
const AGREE_ENTRY: EventHit['entry'] = { type: 'AGREE', mode: null, verbal: false, cues: [] };
const DEAL_OBJECT = /^\s+(?:a|an|the|another|their|its)\s+(?:[\w-]+\s+){0,2}?(?:truce|ceasefire|cease-fire|deal|agreement|accord|peace deal|peace agreement)\b/i;
function brokeredDeal(doc: Doc, h: EventHit): EventHit {
  if (h.entry.type !== 'CONSULT' || h.entry.mode !== 'third-party' || !/^(?:mediated|brokered)$/i.test(doc.text.slice(h.start, h.end))) return h;
  return DEAL_OBJECT.test(doc.text.slice(h.end, h.end + 60)) ? { ...h, entry: AGREE_ENTRY } : h;
}

/** "the RSF seized El Fasher": a town or city seized is taken by force of arms (ASSAULT ground), not property seized. */
const GROUND: EventHit['entry'] = { type: 'ASSAULT', mode: 'ground', verbal: false, cues: [] };
function seizedPlace(doc: Doc, h: EventHit): EventHit {
  if (h.entry.type !== 'COERCE' || !/^seiz(?:ed|es|e|ing)$/i.test(doc.text.slice(h.start, h.end))) return h;
  // ("seized Russia's assets": a place owning the thing seized is not what is seized.)
  const placed = doc.locations.some((l) => l.mentions.some((m) => m.start > h.end && m.start - h.end <= 6 && /^\s+(?:the\s+)?$/i.test(doc.text.slice(h.end, m.start)) && !/^['’]s?\b/.test(doc.text.slice(m.end, m.end + 2))));
  // ("the group had briefly seized the base", "seized the regional broadcaster in Mekelle": a post or a site taken by arms (events20).)
  const site = SEIZED_SITE.test(doc.text.slice(h.end, Math.min(doc.text.length, h.end + 50)));
  return placed || site ? { ...h, entry: GROUND } : h;
}
const SEIZED_SITE = /^\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:base|bases|town|city|village|airport|airbase|camp|barracks|outpost|post|checkpoint|broadcaster|radio station|television station|headquarters|garrison|border crossing|crossing)\b/i;

/** The event's day was taken from the day its teller spoke ("witnesses said on Monday"), the sentence giving no other. */
function saidDayOnly(text: string, e: Event): boolean {
  if (e.date === null || !e.date_text) return false;
  const ev = text.slice(e.evidence.start, e.evidence.end);
  const at = ev.indexOf(e.date_text);
  return at >= 0 && SAID_ON_BEFORE.test(ev.slice(Math.max(0, at - 30), at));
}

/** "Hours before the meeting, Russian forces launched ...": a deed timed by the talks the article tells. */
const HOURS_OF_MEETING = /\b(?:hours|minutes|shortly|just)\s+(?:before|after|ahead of)\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|negotiations|call)\b/i;
function datedByTheMeeting(text: string, events: Event[]): void {
  for (const e of events) {
    if (e.date !== null || e.type === 'CONSULT') continue;
    const m = HOURS_OF_MEETING.exec(text.slice(e.evidence.start, e.evidence.end));
    if (!m) continue;
    const talks = events.filter((o) => o.type === 'CONSULT' && o.status === 'occurred' && o.date !== null)
      .sort((a, b) => Math.abs(a.evidence.start - e.evidence.start) - Math.abs(b.evidence.start - e.evidence.start))[0];
    if (talks) { e.date = talks.date; e.date_text = m[0]; }
  }
}

/** "denied its operatives had fired on", "denies that its forces struck": the deed denied. */
const DENIED_DEED = /\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:(?:had|have|has|was|were)\s+)?(?:been\s+)?$/iu;

/** "among those killed in an earlier strike": an attack before this one, told in passing with no day or place. */
const EARLIER_REFERENCE = /\b(?:an|a|the)\s+(?:earlier|previous|prior)\s+$/i;

export function isEvent(doc: Doc, s: SentenceView, h: EventHit, dv: DocView): boolean {
  const before = oneByte(doc.text.slice(Math.max(s.start, h.start - 240), h.start));
  const cue = doc.text.slice(h.start, h.end);
  // "the next round of talks would be held soon": announced, hence scheduled, whatever frames it.
  if (h.entry.type === 'CONSULT' && isNextRound(cue, before)) return !NEAR.test(before) && !PLANNED_NOT_HELD.test(ownClause(before)) && !inQuote(s, h.start, dv) && notAnEventAfter(doc, s, h);
  const clause = ownClause(before);
  if (NOT_AN_EVENT.test(clause, h.entry.type, cue, doc.text.slice(h.end, s.end)) && !(accusedOfTold(doc, s, h, clause) && !NEAR.test(clause)) && !meetingOnTheCalendar(h, cue, clause, doc.text.slice(h.end, s.end))) return false;
  if (notAHappening(doc, s, h, clause)) return false;
  if (!notAnEventAfter(doc, s, h)) return false;
  if (backgroundMention(doc, s, h, ownClause(before))) return false;
  if (!bareTalksTold(doc, s, h)) return false;
  const noun = /(?:^|\s)(?:meeting|meetings|talks|call|summit|discussions|negotiations|conversation|contact|visit)$/i.test(cue);
  // "the meeting" refers back, unless it places or dates the meeting ("day two of the talks in Abu Dhabi").
  if (h.entry.type === 'CONSULT' && noun && DEFINITE_REFERENCE.test(before) && !placedOrDated(doc, s, h)) return false;
  // "wrote after the attacks": an attack named again is no new one (its figures merge into it elsewhere).
  // ("the 7 October massacre", "the January 9 attack": an attack named by its day is one told before or known.)
  if (h.entry.type === 'ASSAULT' && /^(?:attacks?|strikes?|assault|offensive|raids?|bombardment|shelling|massacre|bombing|blast|explosion|clashes|fighting|hostilities|shooting|ambush|violence)$/i.test(cue) && (DEFINITE_REFERENCE.test(before) || DATED_REFERENCE.test(before) || DAY_REFERENCE.test(before) || (DEFINITE_MODIFIED.test(before) && !PERFORMED.test(clause)) || (EARLIER_REFERENCE.test(before) && !placedOrDated(doc, s, h)))) return false;
  // ("Friday's air strikes were described as the most intense": strikes named by their day, with their weapon, are those told before.)
  if (h.entry.type === 'ASSAULT' && /^(?:air ?strikes?|airstrikes?|drone strikes?|missile strikes?|rocket attacks?|drone attacks?)$/i.test(cue) && DAY_REFERENCE.test(before)) return false;
  // "were detained in raids in North Mitrovica": the raids are how the arrests were made, not an attack.
  // ("detained at least 25 Palestinians, including a child, in overnight raids across the West Bank": the same, with the people told first.)
  if (h.entry.type === 'ASSAULT' && /^raids?$/i.test(cue) && (/\b(?:arrested|detained|captured|seized|rounded up|picked up)\s+(?:[\w-]+\s+){0,3}in\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$/i.test(clause) || /\b(?:arrested|detained|rounded up)\s[^.;]{0,90}?\s(?:in|during)\s+(?:(?:a|an|the)\s+)?(?:overnight|night|dawn|early-morning|house|door-to-door|military|army|police|security)?\s*$/i.test(clause))) return false;
  if (PLANNED_NOT_HELD.test(clause)) return false;
  // "Kenya-led security forces ... arrived in Haiti": troops that arrive are deployed, they pay no visit.
  if (h.entry.type === 'CONSULT' && h.entry.mode === 'visit' && /^(?:arriv|travel|visit)/i.test(cue) && /\b(?:troops|forces|soldiers|policemen|police officers|peacekeepers|contingents?|battalions?|units|reinforcements)\b[^.;]{0,80}$/i.test(clause)) return false;
  // "killing four recruits": people counted as victims, not a call-up.
  if (h.entry.type === 'MOBILIZE' && /^recruits$/i.test(cue) && /\b(?:killing|killed|kills|wounding|wounded|injuring|injured|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|scores of|hundreds of)\s+(?:[\w-]+\s+)?$/i.test(before)) return false;
  // "at a military training camp", "a joint training centre": the act names a place.
  if ((h.entry.type === 'AID' || h.entry.type === 'COOPERATE') && /^\s+(?:camps?|cent(?:re|er)s?|bases?|academ(?:y|ies)|schools?|colleges?|facilit(?:y|ies)|grounds?|compound)\b/i.test(doc.text.slice(h.end, Math.min(s.end, h.end + 14)))) return false;
  // "while the fighting continued", "as artillery fire continued in several areas": fighting that goes on sets the time of another act.
  if (h.entry.type === 'ASSAULT' && CIRCUMSTANCE_BEFORE.test(before) && (/\bcontinu\w*$/i.test(cue) || CONTINUED_AFTER.test(doc.text.slice(h.end, Math.min(s.end, h.end + 40))))) return false;
  // "agreed on Monday to step up joint patrols": what was agreed is to come; the agreement is the event.
  if (AGREED_ACTS.has(h.entry.type) && /\bagre(?:ed|es)\b[^.;]{0,30}?\bto\s+(?:["“”]?[\w-]+["“”]?\s+){0,3}$/i.test(clause)) return false;
  // "since the invasion, 55,000 soldiers have been killed", "struck the grid 200 times this year": a war's toll, no one happening.
  if (h.entry.type === 'ASSAULT' && warToll(doc, s, h)) return false;
  // "Iran has since fired hundreds of missiles", "have been forced from their homes" (1.3 million): acts summed, no one happening.
  if (VIOLENT.has(h.entry.type) || h.entry.type === 'MOBILIZE') if (summedActs(doc, s, h, clause)) return false;
  // "Netanyahu accused the demonstrators": people who protested, named again, are no new protest.
  if (/^(?:protesters|protestors|demonstrators|strikers|rioters|gunmen|gunman|attackers|assailants|militants|infiltrators|intruders|raiders|kidnappers|abductors|bombers|snipers)$/i.test(cue) && DEFINITE_REFERENCE.test(before)) return false;
  // "negotiations ... would take place": a talk about talks to come is no event yet.
  if (noun && /^(?:\s+[^\s.,;]+){0,8}(?:,[^,.;]{1,60},)?\s+(?:would|could|might|may|should|(?:was|were|is|are|has been|have been)\s+(?:\w+ly\s+)?(?:supposed|postponed|cancelled|canceled|delayed|called off|expected|due))\b/.test(doc.text.slice(h.end, s.end))) return false;
  // "Russia's 2022 invasion", "since the invasion": a war's landmark named as background, not a new event.
  if (/^(?:invasion|full-scale invasion|annexation|offensive|war|invaded|annexed)$/i.test(cue) && BACKGROUND.test(before)) return false;
  // "which triggered its invasion", "since their annexation of Crimea": the war a side is known for, named by its owner.
  if (/^(?:invasion|full-scale invasion|annexation|war)$/i.test(cue) && /\b(?:its|their)\s+(?:(?:full-scale|large-scale|all-out)\s+)?$/i.test(before)) return false;
  // Quoted speech is what someone said, not what the article reports happened.
  if (!h.entry.verbal && inQuote(s, h.start, dv)) return false;
  return true;
}

/** One hit per type in a clause, the most specific mode first; a type again only far from the first. */
function chooseHits(hits: EventHit[], text: string): EventHit[] {
  const chosen: EventHit[] = [];
  for (const h of [...hits].sort((a, b) => rank(a) - rank(b) || a.start - b.start)) {
    const same = chosen.filter((c) => c.entry.type === h.entry.type);
    if (same.some((c) => !clauseBetween(text, c, h) || h.entry.mode === null || c.entry.mode === null)) continue;
    if (same.length >= 2) continue;
    chosen.push(h);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** "... chairs a security meeting on Monday and will then join a video call": a new clause, a new event. */
function clauseBetween(text: string, a: EventHit, b: EventHit): boolean {
  const between = text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  // (", as Iran fired a fresh barrage": a new subject after "as" starts the other side's act.)
  return /;|\b(?:and|then|before|after|while|but|when)\s+(?:then\s+)?(?:(?:his|her|its|their|the|our)\s+[\w-]+\s+)?(?:will|would|is|are|was|were|has|have|had|\w+ed)\b/.test(between)
    || /,\s+as\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:\w+ed\b|$)/u.test(between)
    // ("..., hours after U.S. jets struck the port": a deed told as a landmark in time is another deed.)
    || LANDMARK_DEED.test(between);
}
/** "The attack comes a day after Israel killed a woman and wounded 25 others": a deed of its own after the landmark words. */
function deedAfterLandmark(s: SentenceView, hits: readonly EventHit[]): boolean {
  const m = LANDMARK_DEED.exec(s.text);
  return !!m && hits.some((h) => h.start - s.start >= m.index && !h.entry.verbal);
}
/**
 * "..., two days after troops exchanged fire": the count before a landmark's "days after" is the
 * landmark's words, in evidence (the part before ends before it, the landmark's starts with it).
 */
function countWithLandmark(text: string, ev: { start: number; end: number }, s: SentenceView): { start: number; end: number } {
  const before = (at: number) => COUNT_BEFORE.exec(text.slice(Math.max(s.start, at - 12), at))?.[0].length ?? 0;
  return { start: ev.start > s.start ? ev.start - before(ev.start) : ev.start, end: ev.end < s.end ? ev.end - before(ev.end) : ev.end };
}
const COUNT_BEFORE = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|some) $/;
const LANDMARK_DEED = /\b(?:hours|days|weeks|minutes|a day|a week|shortly|just|night|morning|evening|afternoon) (?:after|before) (?:[\w.'’-]+ ){0,5}(?:\w+ed\b|held\b|met\b|struck\b|hit\b|shot\b|fought\b|$)/;

/**
 * "Houthis fired missiles at a ship on Monday, hours after U.S. jets struck the port of Hodeidah, killing 14":
 * each deed keeps the words of its own part of the sentence (its doer, place, day and toll).
 */
function deedPart(s: SentenceView, hits: readonly EventHit[], hit: EventHit, text: string): SentenceView {
  let start = s.start, end = s.end;
  for (let i = 0; i + 1 < hits.length; i++) {
    const a = hits[i], b = hits[i + 1];
    const m = LANDMARK_DEED.exec(text.slice(a.end, b.start));
    if (!m) continue;
    // ("on Wednesday night after gunmen opened fire": the night is the first act's.)
    const cut = a.end + m.index + (/^(?:night|morning|evening|afternoon) /.exec(m[0])?.[0].length ?? 0);
    if (hit.start >= cut) start = Math.max(start, cut); else end = Math.min(end, cut);
  }
  if (start === s.start && end === s.end) return s;
  return { ...s, start, end, text: text.slice(start, end), words: s.words.filter((w) => w.start >= start && w.end <= end), mentions: s.mentions.filter((m) => m.start >= start && m.end <= end) };
}

function rank(h: EventHit): number {
  const i = MODE_PRIORITY.indexOf(h.entry.mode ?? '');
  return h.entry.mode === null ? 100 : i < 0 ? 50 : i;
}

/** Deeds that kill no one: "agreed to talks after fighting killed 33" gives the talks no dead. */
const PEACEFUL = new Set(['CONSULT', 'AGREE', 'SUPPORT', 'COOPERATE', 'AID', 'SANCTION', 'CONCEDE']);
const HARM = new Set(['killed', 'injured', 'missing', 'buildings_damaged']);
function ownQuantities(type: string, quantities: Event['quantities']): Event['quantities'] {
  if (!PEACEFUL.has(type)) return { ...quantities };
  return Object.fromEntries(Object.entries(quantities).filter(([k]) => !HARM.has(k)));
}

/** The sentence tells events, none of them an attack (a call, a visit, a saying). */
function toldOnlyOtherActs(events: readonly Event[], s: SentenceView): boolean {
  const there = events.filter((e) => e.evidence.start <= s.start && s.end <= e.evidence.end);
  return there.length > 0 && there.every((e) => e.type !== 'ASSAULT' && e.type !== 'COERCE');
}

function eventOf(hit: EventHit, s: SentenceView, dv: DocView, quantities: Event['quantities'], earlier: readonly Event[]): Event | null {
  const earlierEvents = earlier;
  const doc = dv.doc;
  // The outlet that reports an event is not one of its actors.
  // ("near the border with Burkina Faso": a country named as where a border runs is a place.)
  const actorMentions = (ms: Mention[]) => ms.filter((m) => dv.kindOf(m.actor) !== 'group' && !dv.isMedia(m.actor) && !BORDER_WITH.test(doc.text.slice(Math.max(0, m.start - 30), m.start))
    && !(PEACEFUL.has(hit.entry.type) && dv.kindOf(m.actor) === 'state' && PLACE_OWNER_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start)) && PLACE_OWNER_AFTER.test(doc.text.slice(m.end, m.end + 60))));
  // "..., according to the health ministry": who reports the event after telling it is not one of its actors.
  // ("According to the United Nations, at least 53 civilians were killed ...": the reporter named first is no actor either.)
  const told = actorMentions([...s.mentions, ...restoredIn(doc, s)]).filter((m) => !((m.start > hit.end || ACCORDING_TO.test(doc.text.slice(Math.max(s.start, m.start - 20), m.start))) && isReporter(doc.text, s, m)) && !speaksOfIt(doc.text, m, hit, dv));
  let mentions = uniqueActors(told.sort((a, b) => a.start - b.start));
  // No actor named: those of the sentence before, or the one before that in the same paragraph;
  // not when the sentence brings in a doer of its own ("Gunmen abducted ...", "A mortar shell hit ...").
  for (let k = s.index - 1; !mentions.length && !newDoer(s, hit) && k >= Math.max(0, s.index - 2); k--) {
    if (k < s.index - 1 && dv.sentences[k].paragraph !== s.paragraph) break;
    const earlier = dv.sentences[k];
    // ("Biden and Sisi spoke by phone ... Bombs hit three houses in Rafah on Monday": the parties of a call or a saying are not
    // the doers of a strike told after it.)
    if (hit.entry.type === 'ASSAULT' && toldOnlyOtherActs(earlierEvents, earlier)) continue;
    // ("..., according to residents and the Arakan Army." : who reported the act before is not the doer of the next.)
    mentions = uniqueActors(actorMentions(earlier.mentions).filter((m) => !speakerOfSentence(doc, earlier, m, dv) && !isReporter(doc.text, earlier, m)));
  }
  const before: Mention[] = [];
  const after: Mention[] = [];
  for (const m of mentions) if (m.end <= hit.start) before.push(m);
  for (const m of mentions) if (m.start >= hit.end) after.push(m);
  // The doer is named as a subject, not after a preposition: "Russia's troops launched strikes on Ukraine and followed up with drone attacks".
  // (A mention of the sentence before is read in its own sentence: "fired by Polisario militants ... in Morocco's south".)
  const subjects = before.filter((m) => !/\b(?:on|against|in|at|to|into|from|of|over|near|with|for|by|toward|towards)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(m.start < s.start ? 0 : s.start, m.start - 12), m.start)));
  // "A drone strike by the Rapid Support Forces struck a market", "after shelling by the paramilitary RSF": the doer named after "by".
  const byAgent = hit.entry.verbal || subjects.length ? undefined : after.find((m) => AGENT_BY.test(doc.text.slice(hit.end, m.start)));
  // With no subject, a doer named after "by" before the cue ("projectiles fired by Polisario militants landed in Morocco's south") is the source.
  const byBefore = subjects.length ? [] : before.filter((m) => AGENT_BY_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start)));
  const doers = subjects.length ? subjects : byBefore.length ? byBefore : before;
  const source = byAgent?.actor ?? doers[doers.length - 1]?.actor ?? null;
  if (hit.entry.verbal && !source) return null;
  // A promise ("vowed to", "pledged to") is a position the holder takes, not something that happened.
  if (hit.entry.verbal && hit.entry.type === 'AGREE') return null;
  const target = after.find((m) => m.actor !== source)?.actor ?? null;
  const next = hit.entry.type === 'CONSULT' && isNextRound(doc.text.slice(hit.start, hit.end), doc.text.slice(s.start, hit.start));
  const status = next ? nextRoundStatus(statusOf(s.text, hit.start - s.start), s.text) : statusOf(s.text, hit.start - s.start);
  const own = [...new Set(mentions.map((m) => m.actor))];
  const actors = next ? partiesOfLastRound(earlier, own) : collectiveParties(s.text, own, earlier);
  // An act nobody is named doing or suffering, with no place, day or count ("the attacks are horrific"), tells no happening.
  const location = locationIn(doc, s, !hit.entry.verbal, hit);
  const vague = !actors.length && location === null && !Object.keys(quantities).length && !spansWithin(doc.dates, s.start, s.end).length;
  if (vague && !hit.entry.verbal) return null;
  const when = dateOf(doc, s, hit, status);
  const claimIndex = claimHolding(doc, s);
  const type = exchangeType(hit.entry.type, hit.entry.mode, s.text);
  return {
    type,
    mode: type === hit.entry.type ? weaponMode(hit.entry.type, hit.entry.mode, s.text) : null,
    status,
    actors,
    source_actor: source,
    target_actor: target,
    date: when.date,
    date_text: when.text,
    // What someone said about a country ("peacekeepers in Ukraine") does not place the saying there.
    location,
    quantities: ownQuantities(type, quantities),
    claim: claimIndex >= 0 ? claimIndex : null,
    evidence: { start: s.start, end: s.end },
  };
}

/**
 * The words of the cue's own clause: "Trump urged Ukraine to drop its bid, Kyiv signed a
 * deal": after a comma a new subject starts a clause the call no longer governs.
 */
function ownClause(before: string): string {
  const m = /[,;]\s+(?:and\s+|while\s+|but\s+)?(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+$/u.exec(before);
  return m ? before.slice(m.index) : before;
}

/** The words between an act and its doer: " by the ", " by the paramilitary ". */
const AGENT_BY_BEFORE = /\bby\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
const AGENT_BY = /^\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
const ACCORDING_TO = /\baccording to\s+(?:the\s+)?$/i;
/** A mention in "according to X", ", X said", ", X's ministry said" after the event's cue. */
function isReporter(text: string, s: SentenceView, m: Mention): boolean {
  const before = text.slice(Math.max(s.start, m.start - 60), m.start);
  const after = text.slice(m.end, Math.min(s.end, m.end + 60));
  if (/\baccording to(?=(\s+))\1[^,.;]{0,40}$/i.test(before)) return true;
  if (/,(?=(\s*))\1[^,.;]{0,30}$/.test(before) && /^(?:['’]s)?(?:\s+[\w-]+){0,4}\s+(?:said|says|reported|reports|told|announced|confirmed|claimed)\b/i.test(after)) return true;
  // ", Swiss foreign ministry spokesman Pierre Dubois said on Thursday.": a longer attribution after the
  // comma, made only of names and the words of a title (each word capitalised, a demonym or a role's word).
  const comma = before.lastIndexOf(',');
  const tail = comma < 0 ? '' : before.slice(comma + 1);
  if (comma < 0 || tail.length > 80 || /[.;]/.test(tail)) return false;
  const verb = /^((?:['’]s)?(?:\s+[\p{L}'’-]+){0,6}?)\s+(?:said|says|reported|reports|told|announced|confirmed|claimed)\b/iu.exec(after);
  return !!verb && `${tail} ${verb[1]}`.trim().split(/\s+/).every((w) => /^(?:\p{Lu}|['’]s$)/u.test(w) || TITLE_WORDS.has(w.toLowerCase()));
}
/** Lower-case words of an attribution's title: "foreign ministry spokesman", "the army's chief of staff". */
const TITLE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'foreign', 'defence', 'defense', 'interior', 'ministry', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'chief', 'of', 'staff', 'military', 'army', 'official', 'senior', 'envoy', 'special', 'president', 'prime', 'secretary', 'general', 'head', 'press', 'office', 'service', 'commander', 'governor', 'regional', 'state', 'national', 'security', 'adviser', 'advisor', 'council', 'ambassador', 'for', 'and']);

/** The agreeing cue stands just before the swap it agrees to: "agreed to a reciprocal prisoner exchange". */
function agreedTo(text: string, hits: EventHit[], swap: EventHit): boolean {
  return hits.some((h) => h.entry.type === 'AGREE' && h.end <= swap.start && /^(?:\s+to|\s+on)?\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(h.end, swap.start)));
}

/** What a person says they did not do: "spokesman Yurii Bondar said 38 missiles were shot down" reports the strike, he did not launch it. */
const REPORTING_AFTER = /^(?:,[^,.;]{0,80},)?\s+(?:\w+\s+)?(?:said|says|told|tells|added|stated|wrote|warned|noted|reported|announced|confirmed|claimed|explained|recalled|stressed|insisted)\b/i;
/** "The air force spokesperson X said", "the army's press service said": an office speaking through its spokesman. */
const SPOKESMAN_AFTER = /^(?:['’]s)?\s+(?:spokes(?:man|woman|person)|press (?:service|secretary|office)|deputy spokes\w+)(?:\s+\p{Lu}[\p{L}'’-]+){0,3}(?:,[^,.;]{0,80},)?\s+(?:\w+\s+)?(?:said|says|told|tells|added|stated|wrote|noted|reported|announced|confirmed|claimed)\b/iu;
function speaksOfIt(text: string, m: Mention, hit: EventHit, dv: DocView): boolean {
  if (m.end > hit.start) return false;
  const between = text.slice(m.end, hit.start);
  if (dv.kindOf(m.actor) === 'person') return REPORTING_AFTER.test(between);
  if (dv.kindOf(m.actor) !== 'organisation') return false;
  // "Ukrenergo, the grid operator, said the attack ...": an organisation telling what others did
  // ("the ministry said its forces shot down ..." tells its own act).
  return SPOKESMAN_AFTER.test(between) || (REPORTING_AFTER.test(between) && !OWN_ACT.test(between));
}
const OWN_ACT = /\b(?:said|says|told|stated|reported|announced|confirmed|claimed|added)\b(?:\s+[^\s.;]+){0,4}?\s+(?:that\s+)?(?:it|its|we|our|they|their)\b/i;

/** A person quoted in an earlier sentence is its speaker, not the doer of what the next sentence tells without a subject. */
function speakerOfSentence(doc: Doc, s: SentenceView, m: Mention, dv: DocView): boolean {
  const speaks = (actor: string) => doc.claims.some((c) => c.source === actor && c.evidence.start <= s.start && s.end <= c.evidence.end);
  if (dv.kindOf(m.actor) === 'person') return speaks(m.actor);
  // ("Unicef spokesman James Elder ... said": the body whose spokesman speaks is no doer of the next sentence's deed either.)
  const person = s.mentions.find((x) => x.start > m.end && x.start - m.end <= 40 && dv.kindOf(x.actor) === 'person');
  return !!person && SPOKESMAN_BETWEEN.test(doc.text.slice(m.end, person.start)) && speaks(person.actor);
}

/** Between a body's name and its speaker's: "spokesman", "'s chief spokeswoman", "official". */
const SPOKESMAN_BETWEEN = /^(?:['’]s)?\s+(?:(?:chief|senior|top|deputy|regional|official)\s+)?(?:spokes(?:man|woman|person)|official|representative|envoy)\s+$/i;

/** Names restored into gaps stand for actors as mentions do ("‘s defence ministry" -> Russia). */
function restoredIn(doc: Doc, s: SentenceView): Mention[] {
  return spansWithin(doc.gaps, s.start, s.end)
    .filter((g) => g.restored && doc.actors.some((a) => a.id === g.restored!.actor))
    .map((g) => ({ start: g.start, end: g.start, text: '', actor: g.restored!.actor, via: 'restored' }));
}

function uniqueActors(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const m of mentions) if (!seen.has(m.actor)) { seen.add(m.actor); out.push(m); }
  return out;
}

const LEAD_PERFECT = /\b(?:has|have)\s+(?:[\w-]+\s+){0,3}$/i;
/** Where the story's first sentence (after the title line) starts, skipping removed lines. */
function leadStart(doc: Doc): number {
  const titleEnd = doc.text.indexOf('\n');
  const lead = doc.sentences.find((x) => x.start > titleEnd && !doc.removed.some((r) => r.start <= x.start && x.end <= r.end));
  return lead ? lead.start : -1;
}
const NIGHT_INTO = /^\s*(?:night\s+)?(?:and\s+early|into(?:\s+early)?)\s+$/i;

/** The date words nearest the cue, read forward for a scheduled event and backward otherwise. */
function dateOf(doc: Doc, s: SentenceView, hit: EventHit, status: Event['status']): { date: string | null; text: string | null } {
  // "PORT SUDAN, June 11 (Reuters) - A drone strike ... on Tuesday": the dateline dates the story, not the strike, when the sentence dates it.
  const all = spansWithin(doc.dates, s.start, s.end);
  const told = all.filter((d) => !doc.removed.some((r) => r.reason === 'byline' && r.start <= d.start && d.end <= r.end));
  const dated = told.length ? told : all;
  // "The government said on Tuesday that commandos had killed 30 militants on Monday night": the saying's day gives way to the deed's.
  // ("killed eight civilians since Thursday": the day a count starts from is not the day of one deed.)
  const sinceDay = (d: DateMention) => /\bsince\s+$/i.test(doc.text.slice(Math.max(s.start, d.start - 6), d.start));
  const deedDays = dated.filter((d) => !SAID_ON_BEFORE.test(doc.text.slice(Math.max(s.start, d.start - 30), d.start)) && !sinceDay(d));
  const inSentence0 = deedDays.length ? deedDays : dated.filter((d) => !sinceDay(d));
  // "late Sunday and early Monday", "overnight Tuesday into Wednesday": a night's deed takes the day it ran into.
  const inSentence = inSentence0.filter((d) => !inSentence0.some((e) => e.start > d.end && NIGHT_INTO.test(doc.text.slice(d.end, e.start))));
  /** The last day told before the sentence, read in the event's tense. */
  const dayToldBefore = (): string | null => {
    // (Not the day a statement was read: "..., the ministry said in a statement read on public television on Tuesday.")
    const told = spansEndingIn(doc.dates, s.start - 1500, s.start).reverse().find((d) => resolve(d, status, doc.meta.published) !== null
      && !SAID_IN_CHANNEL.test(doc.text.slice(Math.max(0, d.start - 80), d.start)));
    return told ? resolve(told, status, doc.meta.published) : null;
  };
  // "Two days earlier, government forces recaptured ...": counted from the day told just before.
  const lead = LEAD_OFFSET.exec(s.text);
  // (Not over the day of a saying: "Hours later, troops killed three rebels, the ministry said on Tuesday.")
  if (lead && !deedDays.some((d) => d.start - s.start > lead[0].length && resolve(d, status, doc.meta.published) !== null)) {
    const from = dayToldBefore();
    if (from) return { date: shiftDays(from, offsetOf(lead[1] ?? 'one', lead[2] ?? lead[3], lead[4])), text: lead[0].replace(/,$/, '') };
  }
  // "suspended the talks on Monday, a day after an attack ... killed two officers": counted back from the sentence's own day.
  const near = doc.text.slice(Math.max(s.start, hit.start - 60), hit.start);
  let after = AFTER_OFFSET.exec(near);
  // ("The killings came a day after General Tiani, who seized power in a 2023 coup, received ...": over the relative clause to its name.)
  let relLen = 0;
  if (!after) {
    const wide = doc.text.slice(Math.max(s.start, hit.start - 200), hit.start);
    const comma = wide.lastIndexOf(',', wide.length - 2);
    const open = comma > 0 ? wide.lastIndexOf(',', comma - 1) : -1;
    const rel = open >= 0 && /^,\s+(?:who|which)\b[^;]*,\s*$/i.test(wide.slice(open)) ? wide.slice(open) : null;
    relLen = rel ? rel.length : 0;
    const named = AFTER_OFFSET_NAMED.exec(rel ? wide.slice(0, open).slice(-60) + ' ' : near);
    if (named && CAME_AFTER.test(doc.text.slice(s.start, hit.start - relLen - named[0].length + (rel ? 1 : 0)))) after = named;
  }
  if (after) {
    const at = hit.start - relLen - after[0].length + (relLen ? 1 : 0);
    // (The anchor may stand in the clause before, which the deed's part of the sentence leaves out.)
    const anchor = spansEndingIn(doc.dates, at - 300, at).filter((d) => !/[.!?]["”’']?\s/.test(doc.text.slice(d.end, at)))
      .map((d) => resolve(d, 'occurred', doc.meta.published)).filter((d) => d !== null).pop();
    // ("The clash came a day after President Marcos met ...": the deed just told, named again, is the anchor.)
    const from = anchor ?? (CAME_AFTER.test(doc.text.slice(s.start, at)) ? dayToldBefore() : null);
    if (from) return { date: shiftDays(from, offsetOf(after[1], after[2], after[3] === 'after' ? 'earlier' : 'later')), text: after[0].trim() };
  }
  // "that night", "the same day": the day told just before.
  const same = SAME_DAY.exec(s.text);
  if (same && !deedDays.some((d) => resolve(d, status, doc.meta.published) !== null)) {
    const told = dayToldBefore();
    if (told) return { date: told, text: same[0] };
  }
  // ("Fighting killed 11 civilians on Monday, as delegations met in Doha": the day of the clause before ", as" is not the talks'.)
  // (A day's words may take the comma after them: "on Monday,".)
  // ("..., the military said on Wednesday, as Iran fired a fresh barrage": the day of the saying is the day of what went on as it was said.)
  const ownClauseDays = inSentence.filter((d) => !OTHER_CLAUSE.test(doc.text.slice(Math.min(d.end, hit.end) - 1, Math.max(d.start, hit.start)))
    || SAID_ON_BEFORE.test(doc.text.slice(Math.max(s.start, d.start - 30), d.start)));
  if (inSentence.length && !ownClauseDays.length && hit.start > inSentence[inSentence.length - 1].end) return { date: null, text: null };
  if (inSentence.length) {
    const nearest = [...(ownClauseDays.length ? ownClauseDays : inSentence)].sort((a, b) => distance(a, hit) - distance(b, hit))[0];
    // "talks that are due to continue on Thursday": the day they go on to, not the day they were held.
    if (status === 'ongoing' && nearest.start >= hit.end && /\bcontinue\b/i.test(doc.text.slice(hit.end, nearest.start))) return { date: null, text: null };
    return { date: resolve(nearest, status, doc.meta.published), text: nearest.text };
  }
  // "Negotiators have decided to leave the talks" opening the story: the lead's present perfect is the news of the day.
  const perfect = status === 'occurred' && !hit.entry.verbal && doc.meta.published && s.start === leadStart(doc) ? LEAD_PERFECT.exec(doc.text.slice(Math.max(s.start, hit.start - 40), hit.start)) : null;
  if (perfect) return { date: doc.meta.published, text: perfect[0].trim() };
  const today = TODAY.exec(s.text);
  if (today && doc.meta.published && status !== 'scheduled') {
    const clause = s.text.slice(today.index).split(/[,.;]/)[0];
    return { date: doc.meta.published, text: clause.trim() };
  }
  return { date: null, text: null };
}

/** A sentence whose subject is the attackers of an attack told before: "The attackers also ...", "The gunmen then ...". */
const THE_ATTACKERS = /^\W*(?:the|these|those)\s+(?:attackers|assailants|gunmen|raiders|militants|jihadists|fighters|insurgents|assault force)\b[^.;]{0,120}$/i;
/** ", as delegations met", ", while talks went on": a second clause of the sentence, with its own time. */
export const OTHER_CLAUSE = /,\s+(?:as|while|even as)\s/i;
/** "Two days earlier,", "The day before,", "A week later,": a sentence dated from the day told before it. */
const LEAD_OFFSET = /^(?:(a|one|two|three|four|five|six|seven|\d) (days?|weeks?)|the (day)) (earlier|later|before(?=,)|after(?=,))\b,?/i;
/** "a day after an attack", "two days after the strike": the deed named after it lies that many days before the sentence's day. */
const AFTER_OFFSET = /\b(a|one|two|three|four|five|six|seven|\d) (days?|weeks?) (after|before) (?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "came a day after President Ferdinand Marcos Jr met": the same, over a title and a name of capitalised words. */
const AFTER_OFFSET_NAMED = /\b([Aa]|[Oo]ne|[Tt]wo|[Tt]hree|\d) (days?|weeks?) (after|before) (?:[a-z][\w-]*\s+){0,2}(?:[A-Z][\w.-]*\s+){1,4}$/;
/** "The clash came", "The attack comes": a sentence opening on the deed told before it. */
const CAME_AFTER = /^(?:The|This|That|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w-]+\s+){0,2}(?:came|comes)\s+$/;
const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** Days from the day told to the deed: "two days earlier" is -2. */
function offsetOf(count: string, unit: string, way: string): number {
  const n = (NUMBER_WORDS[count.toLowerCase()] ?? Number(count)) * (/^week/i.test(unit) ? 7 : 1);
  return /^(?:earlier|before)$/i.test(way) ? -n : n;
}
function shiftDays(date: string, days: number): string {
  return iso(new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000));
}

/** Time adjuncts follow the verb in English: a date after the cue counts nearer than one before. */
function distance(d: DateMention, hit: EventHit): number {
  return d.start >= hit.end ? d.start - hit.end : 2 * (hit.start - d.end);
}

function resolve(d: DateMention, status: Event['status'], published: string | null): string | null {
  // "November 27" in an article of November 22 is five days ahead, not almost a year back, whatever
  // the tense of the verb (a month-day only: weekdays keep the tense's reading).
  if (d.date && d.past && d.future && d.past !== d.future && published && daysBetween(published, d.future) <= 14) return d.future;
  // "before the end of June" in an article of June 2 read backward is a year ago: it dates something
  // to come that the sentence tells beside the deed, not the deed; unknown, not a guess.
  if (status !== 'scheduled' && d.past && d.future && d.past !== d.future && published && daysBetween(published, d.future) <= 31 && daysBetween(d.past, published) >= 300) return null;
  if (d.past || d.future) return status === 'scheduled' ? d.future : d.past;
  return d.date;
}

const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;


/**
 * "Ukraine accused Russia of launching 29 missiles and 396 drones overnight", "accused Moscow of
 * ... launching missile attacks at Ukraine on Tuesday": each side reports the other's strikes as
 * accusations; a strike the accusation counts or dates is told as having happened.
 */
const ACCUSED_OF = /\baccus(?:e|es|ed|ing)\b[^.;]{0,200}$/i;
const DAY_WORDS = /\b(?:overnight|last night|yesterday|this morning|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|night|evening|afternoon))?)\b/;
function accusedOfTold(doc: Doc, s: SentenceView, h: EventHit, clause: string): boolean {
  if (h.entry.type !== 'ASSAULT' || !ACCUSED_OF.test(clause)) return false;
  const around = doc.text.slice(Math.max(s.start, h.start - 60), s.end);
  return DAY_WORDS.test(around);
}

const BORDER_WITH = /\b(?:border|borders|frontier)\s+(?:with|of)\s+(?:the\s+)?$/i;
/** "took place in Qatar's capital", "fighting in Sudan's western Darfur region": a state named as the owner of a place, after a locative preposition. */
const PLACE_OWNER_BEFORE = /\b(?:in|at|near|outside|inside|across|throughout)\s+$/i;
const PLACE_OWNER_AFTER = /^['’]s\s+(?:capital|(?:far\s+)?(?:north|south|east|west|centre|center)(?:ern|east|west|eastern|western)?\b(?!\s+(?:forces|troops|army|side|border\s+guards))|(?:[\p{Lu}\p{Ll}-]+\s+){0,2}(?:region|province|governorate|state|city|town|port|district|territory|border\s+(?:area|region|town)))/u;

/** "claimed responsibility for the raids", "claimed the attack": the group's own telling of an attack told before. */
const CLAIMED_ATTACK = /\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+)?(?:the|this|that|these|those|\w+day['’]s)\s+(?:[\w-]+\s+)?(?:attacks?|raids?|strikes?|bombings?|assaults?|ambush(?:es)?|killings?|blasts?|explosions?|massacre)\b/i;
/** "The group said it had killed 40 soldiers", after its claim: the same telling goes on. */
const GROUP_SAID_OWN = /^\s*(?:The|This|That)\s+(?:group|militia|militants|movement|insurgents|rebels)\s+(?:also\s+)?(?:said|says|claimed|added)\b/;
function ownTellingOfAttack(dv: DocView, s: SentenceView, events: readonly Event[]): boolean {
  let told = false;
  for (const e of events) if (e.type === 'ASSAULT' && e.evidence.end <= s.start && s.start - e.evidence.end < 1500) { told = true; break; }
  if (!told) return false;
  if (CLAIMED_ATTACK.test(s.text)) return true;
  const prev = dv.sentences[s.index - 1];
  return !!prev && prev.paragraph === s.paragraph && CLAIMED_ATTACK.test(prev.text) && GROUP_SAID_OWN.test(s.text);
}

/** "killed 64 soldiers and seized weapons", "set fire to dozens of homes": what the attackers took or burned is the attack's. */
const SPOILS = /^(?:seiz|captur|set fire|burn|torch|loot|abduct|kidnap|destroy|raz)/i;
function partOfAttack(text: string, hits: EventHit[], hit: EventHit): boolean {
  if (hit.entry.type !== 'COERCE' || !SPOILS.test(text.slice(hit.start, hit.end))) return false;
  return hits.some((h) => h.entry.type === 'ASSAULT' && h.end <= hit.start && hit.start - h.end < 120 && !/[;]/.test(text.slice(h.end, hit.start)) && !clauseBetween(text, h, hit));
}

/**
 * "stormed a United Nations compound and detained 11 employees", "raided the office, arresting six": a raid made to hold people
 * is the arrest (COERCE), as "arrested 12 suspects in a raid" is (events20).
 */
const ARREST = /^(?:detain(?:ed|ing|s)?|arrest(?:ed|ing|s)?|abduct(?:ed|ing|s)?|seiz(?:ed|ing)|rounded up|took\s)/i;
function raidToArrest(text: string, hits: EventHit[], hit: EventHit): boolean {
  if (hit.entry.type !== 'ASSAULT' || !/^(?:storm(?:ed|ing|s)?|raid(?:ed|ing|s)?)$/i.test(text.slice(hit.start, hit.end))) return false;
  return hits.some((h) => h.entry.type === 'COERCE' && h.start > hit.end && h.start - hit.end < 120 && ARREST.test(text.slice(h.start, h.end))
    && /(?:\band\s+|,\s+)$/.test(text.slice(hit.end, h.start)) && !/[;.]/.test(text.slice(hit.end, h.start)));
}

/** "the ship had been struck", "the suspects were detained": a passive whose definite subject is the one struck or held before. */
const DEFINITE_PASSIVE = /\b(?:the|that|this|these|those)\s+(?:[\w-]+\s+)?(?:ship|vessel|tanker|building|market|house|car|convoy|camp|base|village|town|school|hospital|site|plant|station|suspects|men|detainees|hostages|soldiers)\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:\w+ly\s+)?$/i;
const DEFINITE_STRIKE_SUBJECT = /\b(?:the|that|these|those)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|shelling|bombing|bombardment|blast|explosion|shells|projectiles|missiles|rockets|bombs|mortars)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?$/i;
const DEFINITE_DOERS_SUBJECT = /^\s*(?:the|these|those)\s+(?:militants|attackers|assailants|gunmen|insurgents|jihadists|bandits|raiders)\s+(?:(?:had|have)\s+)?(?:(?:also|first|then)\s+)?$/i;
/** "confirmed an attack in Muidumbe", "condemned the raid": an attack told before, named as what a statement is about. */
const STATED_ABOUT = /\b(?:confirmed|acknowledged|reported|denied)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$/i;
/** "before withdrawing", "then fled": attackers leaving after their attack. */
const LEFT_AFTER = /\b(?:before|then|and then|after which)\s+$/i;
function toldAgain(text: string, s: SentenceView, hit: EventHit, event: Event, events: readonly Event[]): Event | null {
  const clause = ownClause(text.slice(Math.max(s.start, hit.start - 160), hit.start));
  const cue = text.slice(hit.start, hit.end);
  let last: Event | undefined;
  for (let i = events.length - 1; i >= 0; i--) if (events[i].type === event.type && s.start - events[i].evidence.end < 1500) { last = events[i]; break; }
  if (!last || (event.date !== null && last.date !== null && event.date !== last.date)) return null;
  if ((event.type === 'ASSAULT' || event.type === 'COERCE') && DEFINITE_PASSIVE.test(clause)) return last;
  // "said the strikes had also destroyed a health centre": the strikes told before, and what else they did.
  if (event.type === 'ASSAULT' && DEFINITE_STRIKE_SUBJECT.test(clause)) return last;
  // "The militants detonated a car bomb at the gate before storming it": the attackers named again tell how their attack went.
  if (event.type === 'ASSAULT' && DEFINITE_DOERS_SUBJECT.test(clause) && (event.location === null || event.location === last.location) && s.start - last.evidence.end < 400) return last;
  if (event.type === 'ASSAULT' && /^(?:attacks?|raids?|strikes?|assault|ambush|bombing|blast|explosion)$/i.test(cue) && STATED_ABOUT.test(clause)) return last;
  return null;
}
function leftAfterAttack(text: string, hits: EventHit[], hit: EventHit): boolean {
  return hit.entry.type === 'RETREAT' && /^(?:withdr|retreat|fled|pull)/i.test(text.slice(hit.start, hit.end)) && LEFT_AFTER.test(text.slice(Math.max(0, hit.start - 20), hit.start))
    && hits.some((h) => h.entry.type === 'ASSAULT' && h.end <= hit.start);
}

/** Doers an event cue may open with, named by what they are: "Gunmen", "Unidentified attackers". */
const UNNAMED_DOERS = /^(?:gunm[ae]n|militants?|attackers?|assailants?|insurgents?|jihadists?|bandits?|gangs?|gangsters?|kidnappers?|raiders?)$/;

/**
 * Whether the clause of the cue opens with a doer the sentence names by what it is, not by
 * name: "Gunmen abducted 20 students", "Armed gangs torched homes", "On Friday, unidentified
 * attackers opened fire". Such a doer is not the actor of the sentence before. ("A blast hit
 * ..." or "A meeting is planned ..." still takes the actors told just before.)
 */
function newDoer(s: SentenceView, hit: { start: number }): boolean {
  const ws: Word[] = [];
  for (const w of s.words) if (w.end <= hit.start) ws.push(w);
  let k = 0;
  // An opening adverbial up to its comma: "On Thursday,", "Earlier,", "In the north,".
  const comma = ws.findIndex((w) => w.text === ',');
  if (comma >= 0 && comma <= 5 && ws[0] && (ws[0].pos === 'ADP' || ws[0].pos === 'ADV')) k = comma + 1;
  // The subject's words, up to the cue or three words: "Armed gangs", "Unidentified gunmen".
  const subject = ws.slice(k, k + 3);
  for (const w of s.words) if (w.start >= hit.start) { subject.push(w); break; }
  for (const w of subject) {
    if (mentionHolding(s.mentions, w)) return false;
    if (UNNAMED_DOERS.test(w.key)) return true;
    if (w.pos !== 'ADJ' && !/^(?:unknown|unidentified|masked|armed)$/.test(w.key)) return false;
  }
  return false;
}
