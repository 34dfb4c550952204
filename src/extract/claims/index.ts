// The claims stage: every statement the article attributes or hedges, with its source, the
// outlet it came through (`via`) and how the article frames it (the hedge).
// "According to western security officials, ..." -> source western-security-officials, reported.
import type { Doc, Claim, Actor } from '../../doc/model.js';
import type { Hedge } from '../../lexicons/schema.js';
import type { Ctx } from '../../pipeline/context.js';
import type { Lexicons } from '../../lexicons/index.js';
import { slug } from '../../kb/index.js';
import { spansWithin, firstHolding } from '../../doc/span-index.js';
import { lastMentionBefore } from '../sentence-view.js';
import { viewOf, type DocView, type SentenceView, stateActorOf } from '../sentence-view.js';
import { unlinkedSpeaker, unlinkedAfter, appositiveSpeaker, speakerActor, pronounName, personOfBody, memberOfBody } from './unlinked-speaker.js';
import { institutionSubject, institutionAfter, bodyOfUnit, placeOffice, placeOfficeBefore } from './institution-speaker.js';
import { cuesIn, subjectBefore, subjectAfter, nearestBefore, phraseAfter, unnamedHeads, clauseSubject, inQuote, quoteAround, type Source } from './find-source.js';
import { matchesOf } from '../../doc/matches.js';
import type { Word } from '../../link/words.js';

/** Reporting cues that are nouns, not verbs: they do not make a claim on their own. */
const NOUN_CUES = /^(statement|speech|interview|briefing|press conference|news conference|announcement|address to|in a statement|in a post|in a video|in a video address|in an interview|in remarks|in a speech|in an address|per a statement|on telegram|on x|on truth social|reports|reporting)$/;
const AFTER_CUES = /^(according to|as reported by|reported by|critici[sz]ed by|described by|citing|quoting)$/;
/** Speculation strong enough to make a claim of an outlet's own sentence. */
const SPECULATIVE_CLAIM = /\s|^(expected|believed|estimated|apparently)$/;

/** The spans inside [a, b], in order (a loop, not a callback made at each call: V8 compiled such callbacks again after every full collection). */
/** What may stand between "citing" and the source it cites: determiners, counts and the kind of source ("citing two senior officials"). */
const CITED_LEAD = /^\s*(?:(?:the|a|an|two|three|four|several|some|many|unnamed|anonymous|senior|western|local|regional|state|government|military|diplomatic|security|intelligence|its|their|his|her)\s+)*$/i;
/** A source named as the modifier of what it said or put out: "citing Russian state media", "citing Hamas officials". */
const SOURCE_NOUN_AFTER = /^\s+(?:as|and|or|that|who|which|on|in|at|to|of|officials?|sources?|spokes\w*|statements?|reports?|media|news|agency|television|tv|radio|ministry|military|army|government|authorities|police|diplomats?|state|channels?|accounts?|posts?|figures|data)\b/i;
/** Whether what "citing" is followed by is a reason (an act of someone) rather than a source ("citing ELN attacks"). */
function citedReason(text: string, from: number, found: Source): boolean {
  if (!CITED_LEAD.test(text.slice(from, found.start))) return true;
  return !found.group && /^\s+\p{Ll}/u.test(text.slice(found.end, found.end + 3)) && !SOURCE_NOUN_AFTER.test(text.slice(found.end, found.end + 24));
}

/** The subject of the clause a participle after a comma at `at` belongs to: the first verb's, or after the last subordinator the verb's there. */
function participleSubject(s: SentenceView, at: number, dv: DocView, heads: Set<string>): Source | null {
  const subjectOfFirstVerb = (from: number): Source | null => {
    const verb = s.words.find((w) => (w.pos === 'VERB' || w.pos === 'AUX') && w.start >= from && w.start < at);
    return verb ? subjectBefore(s, verb.start, dv, heads) : null;
  };
  const main = subjectOfFirstVerb(s.start);
  if (main?.actor) return main;
  // ("The two sides were close to a deal when Petro suspended the talks, citing attacks": a main clause with no one
  // named for subject leaves the clause after the last subordinator.)
  let sub: SentenceView['words'][number] | undefined;
  for (let i = 1; i < s.words.length && s.words[i].start < at; i++) if (SUBORDINATORS.has(s.words[i].key) && (s.words[i].pos === 'SCONJ' || !/^(?:as|since)$/.test(s.words[i].key))) sub = s.words[i];
  const inner = sub ? subjectOfFirstVerb(sub.end) : null;
  return inner?.actor ? inner : main;
}

/** Subordinators that open a clause of their own, with its own subject: "..., when X suspended the talks, citing". */
const SUBORDINATORS = new Set(['when', 'after', 'before', 'because', 'while', 'as', 'since', 'until', 'although', 'though']);

function spansIn<T extends { start: number; end: number }>(spans: readonly T[], a: number, b: number): T[] {
  const out: T[] = [];
  for (const x of spans) if (x.start >= a && x.end <= b) out.push(x);
  return out;
}

export function claimsStage(doc: Doc, ctx: Ctx): Doc {
  const dv = viewOf(doc, ctx.kb);
  const { heads, verbs, acts } = cueListsOf(ctx.lexicons);
  const claims: Claim[] = [];
  const groups = new Map<string, Actor>();
  const people = new Map<string, Actor>();
  // Speakers made here are people to the pronouns that follow them ("Okafor says ... he adds").
  const kindOf = dv.kindOf.bind(dv);
  dv.kindOf = (id) => (people.has(id) ? people.get(id)!.kind : kindOf(id));
  let last: { claim: Claim; sentence: number } | null = null;
  // (The claims with a source, in order, read from the last: copying every claim at every
  // question made an article of claims quadratic.)
  const sourced: Claim[] = [];
  const lastSourcedBefore = (at: number): Claim | undefined => {
    for (let i = sourced.length - 1; i >= 0; i--) if (sourced[i].evidence.end <= at + 1) return sourced[i];
    return undefined;
  };
  dv.lastSpeaker = (at) => {
    const prev = lastSourcedBefore(at);
    return prev && at - prev.evidence.end < 600 ? prev.source : null;
  };
  // "A senior police officer said ... He said": one unnamed person, the last source, when no one is named since.
  // (The last source is read from the end, as for lastSpeaker: filtering every sourced claim at each
  // pronoun made an article of unnamed sources quadratic.)
  dv.lastUnnamedPerson = (at) => {
    const prev = lastSourcedBefore(at);
    if (!prev || at - prev.evidence.end > 400) return null;
    // ("a spokesman for the Civil Defence agency said ... . Three others were killed, he added": the spokesman again, who speaks as the body.)
    const spokesman = !groups.has(prev.source!) && kindOf(prev.source!) !== 'person' && SPOKESMAN_FOR.test(dv.doc.text.slice(prev.evidence.start, prev.evidence.end));
    // ("A local politician told AFP ... . He also reported ... . ..., he added": the same one, through the pronoun that stood for them.)
    if (!spokesman && (!groups.has(prev.source!) || !(SINGULAR_SOURCE.test(prev.source_text ?? '') || /^(?:he|she)$/i.test(prev.source_text ?? '')))) return null;
    return dv.doc.mentions.some((m) => m.start >= prev.evidence.end && m.end <= at && kindOf(m.actor) === 'person') ? null : prev.source;
  };
  // "NNA reported that ... . It said ...", "The health ministry said ... . It added ...": an "It" that opens the
  // sentence right after an outlet's claim, or a body's the knowledge base does not hold, goes on in its voice.
  dv.lastBodySpeaker = (at) => {
    const prev = lastSourcedBefore(at);
    if (!prev?.source || at - prev.evidence.end > 4 || /\S/.test(dv.doc.text.slice(prev.evidence.end, at))) return null;
    if (dv.isMedia(prev.source)) return prev.source;
    return groups.has(prev.source) && BODY_SOURCE.test(prev.source_text ?? '') ? prev.source : null;
  };
  // (Read from the last claim back: the question is asked of the sentence right before.)
  dv.claimWithin = (start, end) => {
    for (let i = claims.length - 1; i >= 0; i--) {
      const e = claims[i].evidence;
      if (e.start < end && e.end > start) return true;
      if (e.end <= start) return false;
    }
    return false;
  };
  for (const sentence of dv.sentences) {
    if (sentence.removed) continue;
    for (const s of clauseUnits(sentence, dv)) {
      const claim: Claim | null = claimOf(s, dv, verbs, acts, heads, ctx, groups, people) ?? quoteContinuation(s, last);
      if (claim) {
        claims.push(claim);
        if (claim.source) sourced.push(claim);
        last = { claim, sentence: s.index };
        // "the group said its forces had liberated the area and claimed, without providing evidence, that ...": a second statement of the same speaker.
        const second = claim.source && claim.cue ? secondStatement(s, claim, dv, ctx, verbs) : null;
        if (second) claims.push(second);
      }
    }
  }
  // A quoted sentence whose speaker is named after the quote closes belongs to that later claim.
  // (Only claims with a cue cover, and only claims without one are dropped, so which are dropped
  // does not depend on the order: one look-up in an index of the cued claims' evidence each,
  // where a search through every claim for each made a page of quotes quadratic.)
  const cued = claims.filter((c) => c.cue !== null).map((c) => c.evidence);
  const kept = claims.filter((c) => c.cue !== null || firstHolding(cued, c.evidence.start, c.evidence.end) < 0);
  const actors = [...doc.actors, ...[...groups.values(), ...people.values()].filter((g) => !doc.actors.some((a) => a.id === g.id))];
  return { ...doc, claims: kept, actors };
}

interface CueLists {
  heads: Set<string>;
  /** Reporting cues that are verbs. */
  verbs: string[];
  /** Verbal acts ("dismissed", "called for", "accused"): they attribute a stance to their subject. */
  acts: string[];
}

/** Built once per lexicon: the cue matcher indexes each list once, by the list. */
const cueLists = new WeakMap<Lexicons, CueLists>();
function cueListsOf(lex: Lexicons): CueLists {
  let lists = cueLists.get(lex);
  if (!lists) {
    lists = {
      heads: unnamedHeads(lex.hedges.unnamed_sources),
      verbs: lex.hedges.reporting.filter((c) => !NOUN_CUES.test(c)),
      acts: lex.events.events.filter((e) => e.verbal).flatMap((e) => e.cues),
    };
    cueLists.set(lex, lists);
  }
  return lists;
}

/** "according to a video posted by ...", "according to a transcript released by ...": the channel of words already given a speaker. */
const CHANNEL_AFTER = /^\s+(?:a|an|the)\s+(?:(?:new|short|televised|recorded|online|audio|video)\s+)?(?:video|recording|footage|clip|audio|transcript|readout)\b/i;

function claimOf(s: SentenceView, dv: DocView, verbs: string[], acts: string[], heads: Set<string>, ctx: Ctx, groups: Map<string, Actor>, people: Map<string, Actor>): Claim | null {
  const { hedges } = ctx.lexicons;
  // ("No group has claimed responsibility", "rejected the allegations": a claim not made, or denied, frames nothing.)
  const alleged = cuesIn(s, hedges.alleged).find((c) => {
    const lead = dv.doc.text.slice(Math.max(s.start, c.start - 40), c.start);
    return !NEGATED.test(lead) && !NO_ONE.test(lead) && !(/^(?:allegations?|claims?)(?: that)?$/i.test(c.cue) && DENIED_OBJECT.test(lead));
  });
  const speculative = cuesIn(s, hedges.speculative);
  const strongSpeculation = speculative.find((c) => SPECULATIVE_CLAIM.test(c.cue));
  let source: Source | null = null;
  let cue: { start: number; end: number; cue: string } | null = null;
  let via: Source | null = null;
  let coveredTo = -1;
  let secondHand = false;
  for (const c of trailingFirst(s, mainClauseFirst(s, relativeLast(s, cuesIn(s, verbs))))) {
    if (c.start < coveredTo || inQuote(s, c.start, dv)) continue;
    const lead = dv.doc.text.slice(Math.max(s.start, c.start - 40), c.start);
    // "Washington's calls for a compromise", "did not say what", "declined to comment": no statement made.
    if (NOUN_USE.test(lead) || NEGATED.test(lead)) continue;
    // "declared independence in 2008", "recalled its own envoy": an act done, not a statement.
    if (/^(?:declared|declares|declaring|recalled|recalls|recalling)$/i.test(c.cue) && ACT_OBJECT.test(dv.doc.text.slice(c.end, Math.min(s.end, c.end + 60)))) continue;
    // ("He asked not to be named for fear of reprisals": a noun, no one fearing aloud.)
    if (/^fears?$/i.test(c.cue) && /\bfor\s+$/i.test(lead)) continue;
    // ("an attack in central Mali, blamed on jihadists, left ...": a passive participle after its noun, no one blaming.)
    if (/^blamed$/i.test(c.cue) && /^\s+on\s/i.test(dv.doc.text.slice(c.end, c.end + 5))) continue;
    // ("Kabul responded by withdrawing from the series": an answer given in deeds, no words.)
    if (/^(?:responded|replied|answered)$/i.test(c.cue) && /^\s+by\s+\p{L}+ing\b/iu.test(dv.doc.text.slice(c.end, c.end + 30))) continue;
    // "called the talks productive", "called the vote illegal", "called Zelensky a dictator": a verdict said; "called for", "called a meeting", "called Putin on Monday" are none.
    if (/^(?:called|calls|calling)$/i.test(c.cue) && !calledVerdict(dv.doc.text.slice(c.end, Math.min(s.end, c.end + 80)))) continue;
    // "is said to", "are believed", "was reported": a passive names no speaker.
    // ("have been reported by health officials" names them, after "by"; "was quoted in local media as saying" names its subject.)
    if (/\b(?:is|are|was|were|be|been|being)\s+$/i.test(dv.doc.text.slice(Math.max(s.start, c.start - 12), c.start)) && !/^(?:reported|criticised|criticized|described) by$/i.test(c.cue) && !QUOTED_AS_SAYING.test(dv.doc.text.slice(c.start, s.end))) continue;
    coveredTo = c.end;
    if (AFTER_CUES.test(c.cue)) {
      // ("Burhan said, according to a video posted by the army's media office": the video is how the words came out, not who said them.)
      if (source && c.cue === 'according to' && CHANNEL_AFTER.test(dv.doc.text.slice(c.end, Math.min(s.end, c.end + 40)))) continue;
      const found = phraseAfter(s, c.end, dv, heads) ?? institutionAfter(s, c.end, dv) ?? (c.cue === 'according to' ? unlinkedAfter(s, c.end, dv, ctx.kb) : null);
      if (!found) continue;
      // ("suspended the talks, citing ELN attacks", "withdrew, citing heavy shelling by the RSF": a reason cited, no source.)
      // (The one citing it is the clause's subject, as for any participle after a comma.)
      if (c.cue === 'citing' && citedReason(dv.doc.text, c.end, found)) {
        const citing: Source | null = source ? null : participleSubject(s, c.start, dv, heads);
        if (citing) { source = citing; cue = c; }
        continue;
      }
      // "According to Reuters, citing two sources": the sources speak, through Reuters.
      if (source && /^(?:citing|quoting)$/.test(c.cue) && source.actor && dv.isMedia(source.actor)) { via = source; source = found; continue; }
      if (source && c.cue !== 'according to') { via = found; continue; }
      source = found;
      cue = c;
      continue;
    }
    // "..., the Times of Israel reported": an outlet that passes the statement on makes it second-hand.
    if (source && /^report(?:ed|s)$/i.test(c.cue)) {
      const outlet = subjectBefore(s, c.start, dv, heads);
      if (outlet?.actor && dv.isMedia(outlet.actor) && outlet.actor !== source.actor) { via = outlet; secondHand = true; }
      continue;
    }
    if (source) continue;
    // "TASS quoted Deputy Foreign Minister Sergei Ryabkov as saying": the one quoted speaks, through the outlet.
    if (/^quot(?:ed|es|ing)$/i.test(c.cue)) {
      // (The words between the verb and "as saying", with no clause break among them.)
      const upTo = dv.doc.text.slice(c.end, Math.min(s.end, c.end + 90)).indexOf(' as saying');
      const between = upTo > 0 ? dv.doc.text.slice(c.end, c.end + upTo) : '';
      // (Active only: "X was quoted by the official IRNA news agency as saying" names X before the verb.)
      const clean = between && !/[,.;:“”"]/.test(between) && !/^\s*by\s/i.test(between);
      const named = clean ? s.mentions.filter((m) => m.start >= c.end && m.end <= c.end + upTo && !dv.isMedia(m.actor)).pop() : undefined;
      // (An unnamed source quoted, "SANA quoted a government official as saying", was tried as that
      // source: one claim source fewer on a tuned split. The outlet stays the source.)
      if (named) {
        source = { actor: named.actor, text: named.text, start: named.start, end: named.end, group: false };
        cue = c;
        const outlet = subjectBefore(s, c.start, dv, heads);
        if (outlet?.actor && dv.isMedia(outlet.actor)) { via = outlet; secondHand = true; }
        continue;
      }
    }
    // "Peskov dismissed the idea, telling reporters that ...": a participle after a comma shares the main subject.
    // ("rejected a plan put forward by the Quad — the US, Saudi Arabia, Egypt and the UAE — saying": after a dash too.)
    if (/ing$/i.test(c.cue.split(' ')[0]) && /[,—–]\s*$/.test(dv.doc.text.slice(Math.max(s.start, c.start - 3), c.start))) {
      // ("They were close to a deal when Petro suspended the talks, citing attacks": the clause the participle follows is
      // the one after the last subordinator, whose subject cites.)
      const found = participleSubject(s, c.start, dv, heads);
      if (found) { source = found; cue = c; }
      continue;
    }
    // "..., said Senator X of Rhode Island.": the verb follows its clause and the speaker comes after it.
    // (A name right after a verb that does not follow its clause is its object: "told Axios".)
    const follows = /[,”"]\s*$/.test(dv.doc.text.slice(Math.max(s.start, c.start - 3), c.start));
    // ("Hiba Morgan, reporting from Khartoum, said": the name the parenthetical follows.)
    const aside = PARENTHETICAL_BEFORE.exec(dv.doc.text.slice(Math.max(s.start, c.start - 120), c.start));
    const nameAt = aside ? c.start - aside[0].length : c.start;
    // ("..., wounded 31 other people, said Shahid Rind, a spokesman": a name after the verb that follows its clause is the speaker, not the group before the comma.)
    const namedAfter = follows ? speakerAfter(s, c.end, dv, heads) : null;
    // ("..., killing four traders, announced the mayor of Kessa": a local office after the verb, unnamed but the speaker.)
    const officeAfter = follows && !!placeOffice(s, s.words.findIndex((w) => w.start >= c.end), dv);
    const found = memberOfBody(s, nameAt, dv) ?? bodyOfUnit(s, nameAt, dv) ?? appositiveSpeaker(s, c.start, dv, ctx.kb) ?? personOfBody(s, nameAt, dv, ctx.kb) ?? (namedAfter && (!namedAfter.group || officeAfter) ? namedAfter : null) ?? subjectBefore(s, c.start, dv, heads) ?? institutionSubject(s, nameAt, dv) ?? placeOfficeBefore(s, nameAt, dv) ?? unlinkedSpeaker(s, nameAt, dv, ctx.kb) ?? (follows ? speakerAfter(s, c.end, dv, heads) : null) ?? clauseSubject(s, c.start, dv, heads) ?? nearestBefore(s, c.start, dv) ?? pronounName(s, c.start, dv, ctx.kb);
    if (found) { source = found; cue = c; }
    // "Sources told Axios that ...": the outlet told is the one it reached us through.
    if (found && /\b(?:told|tells|telling)$/i.test(c.cue)) {
      const told = subjectAfter(s, c.end + (/^\s+the\s/i.exec(dv.doc.text.slice(c.end, c.end + 6))?.[0].length ?? 0));
      if (told?.actor && dv.isMedia(told.actor) && told.actor !== found.actor) via = told;
    }
  }
  if (!source) {
    for (const c of cuesIn(s, acts)) {
      if (!SPEECH_ACT.test(c.cue) || inQuote(s, c.start, dv) || NOUN_USE.test(dv.doc.text.slice(Math.max(s.start, c.start - 40), c.start))) continue;
      if (NEGATED.test(dv.doc.text.slice(Math.max(s.start, c.start - 40), c.start))) continue;
      // ("He asked not to be named", "requested anonymity": the speaker's terms, no statement.)
      // ("did not respond to a Reuters request for comment": a request the outlet made, no statement.)
      if (/^\s+(?:not\s+to\s+be\s+(?:named|identified)|for\s+anonymity|anonymity|for\s+(?:comment|a\s+comment|an\s+interview))\b/i.test(dv.doc.text.slice(c.end, c.end + 30))) continue;
      // ("The military government rejected the report", "The junta has repeatedly denied": a body named by what it is.)
      // (Not a pledge under an agreement: "while the government promised to integrate the fighters".)
      const found = subjectBefore(s, c.start, dv, heads) ?? (PLEDGE.test(c.cue) ? null : institutionSubject(s, c.start, dv));
      if (found) { source = found; cue = c; break; }
    }
  }
  if (!source) {
    const holder = collectiveHolder(s, heads);
    if (holder) { source = holder; cue = { start: holder.start, end: holder.end, cue: holder.text }; }
  }
  // "The report found ...", "an OFAC document reviewed by Reuters showed ...", "the statement said ...": a document speaks for who issued it.
  if (!source) {
    const paper = documentSource(s, dv);
    if (paper) { source = paper.source; cue = paper.cue; }
  }
  // "Another 288 people have been reported killed": a report with no one named is a reported claim of no source.
  const passiveReport = !source ? reportedToll(s) : null;
  if (!source && !alleged && !strongSpeculation && !passiveReport) return null;
  // "Pakistan's foreign ministry accused ...": an office of a state speaks for the state.
  const linked = source ? (source.unlinked ? speakerActor(dv, source, people) : idOf(source, groups, dv)) : null;
  const sourceId = linked ? dv.speaksFor(linked) : null;
  // The office that spoke stays on the claim as the channel of its state's statement.
  const viaId = via ? idOf(via, groups, dv) : linked !== sourceId ? linked : null;
  // A pronoun may stand for an unnamed group made earlier in this stage ("Krasnodar officials said ... they said").
  // ("The government denies ...", taken as the story's state, speaks on record as that state.)
  const theGovernment = !!source && (STORY_STATE_BODY.test(source.text) || RULING_BODY.test(source.text)) && !!sourceId && dv.kindOf(sourceId) === 'state';
  const kind = (source?.group && !theGovernment) || (sourceId && groups.has(sourceId)) ? 'group' : sourceId ? dv.kindOf(sourceId) : null;
  let hedge: Hedge;
  if (alleged) hedge = 'alleged';
  else if (!source && passiveReport) hedge = 'reported';
  else if (!source) hedge = 'speculative';
  // (A pronoun that stands for a named office keeps the office's framing: "The health ministry said ... . It added".)
  else if ((kind === 'group' && !(source && (namedOffice(source) || (sourceId && groups.has(sourceId) && namedOffice({ text: groups.get(sourceId)!.name }))))) || (sourceId && dv.isMedia(sourceId)) || secondHand) hedge = 'reported';
  else if (/^(according to|as reported by|reported by)$/.test(cue!.cue) && kind !== 'person') hedge = 'reported';
  else hedge = 'direct';
  // The words that frame the claim: the alleging cue when it decides the hedge, else the reporting one.
  const framing = alleged && hedge === 'alleged' ? alleged : cue ?? strongSpeculation ?? passiveReport;
  return {
    source: sourceId,
    source_text: source?.text ?? null,
    hedge,
    cue: framing ? dv.doc.text.slice(framing.start, framing.end) : null,
    via: viaId,
    evidence: quoteExtent(dv, s),
  };
}

/**
 * "the country's health ministry said", "the defence ministry said": one office of the state the
 * story is about, on record, even when the knowledge base does not know it by that name.
 */
const OFFICE_HEAD = /^(?:the\s+)?(?:\p{L}+['’]s\s+)?(?:(?:[\p{L}-]+\s+){0,2}(?:ministry|mission|command|military|army|armed forces|navy|air force|agency|service|authority)|ministry of (?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/iu;
function namedOffice(source: { text: string; group?: boolean }): boolean {
  return OFFICE_HEAD.test(source.text) && !/\b(?:officials?|sources?)\b/i.test(source.text);
}

/** Acts of promising: a body named by what it is makes no statement by them alone. */
const PLEDGE = /^(?:promis|pledg|vow|commit|undert|agree|propos|offer)/i;

/** A quote that closes on its own question or exclamation mark: '... fighting for?"'. */
const QUESTION_CLOSE = /[?!…]\s*[”"]\s*$/;
/** A sentence that only names who spoke and to whom: "Moshe Gafni of United Torah Judaism told the Israeli parliament." */
function speakerOnly(text: string): boolean {
  if (text.length > 170 || !/^\p{Lu}/u.test(text) || !text.endsWith('.') || /["“”,;:]/.test(text)) return false;
  const verb = SPEAKING_VERB.exec(text);
  return !!verb && !/\bthat\b/i.test(text.slice(verb.index));
}
const SPEAKING_VERB = /\b(?:said|says|told|tells|asked|asks|added|adds|wrote|writes|shouted|cried|declared|insisted)\b/;

/** A toll passed on with no one named: "have been reported killed", "were reported dead". */
const TOLL_WORDS = new Set(['killed', 'dead', 'injured', 'wounded', 'missing', 'detained']);
function reportedToll(s: SentenceView): { start: number; end: number } | null {
  const ws = s.words;
  for (let k = 1; k + 1 < ws.length; k++) {
    if (ws[k].key !== 'reported' || !TOLL_WORDS.has(ws[k + 1].key)) continue;
    const aux = ws[k - 1].key === 'been' && k >= 2 && ['have', 'has', 'had'].includes(ws[k - 2].key) ? k - 2
      : ws[k - 1].key === 'were' || ws[k - 1].key === 'was' ? k - 1 : -1;
    if (aux >= 0) return { start: ws[aux].start, end: ws[k + 1].end };
  }
  return null;
}

/** A cue word used as a noun: "Washington's calls for a compromise", "the proposal included calls for", "Al Jazeera's requests for comment". */
const NOUN_USE = /(?:['’]s?|\b(?:the|a|an|his|her|its|their|our|these|those|included|includes|including|despite|amid|repeated|renewed|growing|rejected|ignored|echoed))\s+$/i;
/**
 * A verbal act that is a statement ("urged", "rejected", "accused", "warned", "praised"), not a
 * deed that the events lexicon also files under the same type ("sought", "backed", "is ready
 * to", "pressed ... to", "boycotted ... talks", "launched ... investigation"): only a statement
 * makes a claim.
 */
const SPEECH_ACT = /^(?:urg|call|ask|appeal|demand|request|plead|implor|beg|beseech|entreat|exhort|insist|remind|reject|rebuff|dismiss|rul|said no|repudiat|disavow|renounc|threaten|warn|vow|pledg|promis|propos|express|voic|prais|endors|welcom|hail|laud|congratulat|thank|applaud|commend|accus|blam|condemn|denounc|criticis|criticiz|deni|deny|apologi|declar|issued|made|reiterat|repeat|renew|reaffirm|spoke|not rule|refused to rule|non-starter|unacceptable|ultimatum)/i;
/** What a state declares or recalls as an act: independence, a state of emergency, its envoy. */
const ACT_OBJECT = /^\s+(?:(?:its|their|his|her|the|a)\s+)?(?:own\s+)?(?:independence|state of emergency|emergency|martial law|curfew|war|ambassadors?|envoys?|diplomats?|troops|forces|sovereignty|annexation|a ceasefire|ceasefire|truce|mobili[sz]ation)\b/i;
/** Words that open a called object: a determiner or a possessive. */
const OBJECT_OPENER = /^(?:the|this|that|these|those|his|her|their|its|our|such|any|every)$/i;
/** An adjective by its ending ("productive", "illegal", "unacceptable", "baseless", "unfounded", "premature"). */
const VERDICT_ADJECTIVE = /^[a-z-]{3,}(?:ive|ous|al|ful|ic|ble|ed|ant|ent|ary|less|ile|ate|ure|ist)$/;
const NO_VERB_OBJECT = /^(?:for|on|off|up|in|back|out|upon|to|into|at|by|over|after|with)$/i;
const PREPOSITION = /^(?:on|in|at|to|from|after|before|with|for|by|during|over|of|and|or|about|as)$/i;
const NOT_A_VERDICT_NOUN = /^(?:meeting|meetings|summit|session|election|elections|vote|referendum|halt|truce|ceasefire|strike|strikes|press|news|emergency|conference|recess)$/i;

/**
 * What follows "called" is a verdict: an object (a pronoun, a determiner and up to three words, or a
 * name) then a complement (a quote, "a/an" and a noun, or an adjective not followed by a preposition).
 * Read word by word: no expression over a run of words.
 */
function calledVerdict(after: string): boolean {
  const clause = after.split(/[,;:!?()]|\.(?:\s|$)/)[0];
  const w = clause.trim().split(/\s+/).filter(Boolean);
  if (w.length < 2 || NO_VERB_OBJECT.test(w[0]) || /^an?$/i.test(w[0])) return false;
  const complementAt = (i: number): boolean => {
    const x = w[i];
    if (!x) return false;
    if (/^["“‘']/.test(x)) return true;
    if (/^an?$/i.test(x)) return !!w[i + 1] && !NOT_A_VERDICT_NOUN.test(w[i + 1]) && !PREPOSITION.test(w[i + 1]);
    return VERDICT_ADJECTIVE.test(x) && !PREPOSITION.test(w[i + 1] ?? '');
  };
  if (/^(?:it|them|him)$/i.test(w[0])) return complementAt(1);
  if (OBJECT_OPENER.test(w[0])) {
    for (let j = 2; j <= 4 && j < w.length; j++) {
      if (PREPOSITION.test(w[j - 1]) && j > 1) return false;
      if (complementAt(j)) return true;
    }
    return false;
  }
  if (/^[\p{Lu}]/u.test(w[0])) return complementAt(/^[\p{Lu}]/u.test(w[1] ?? '') ? 2 : 1);
  return false;
}

/** ", and claimed", " and added": a second reporting verb of the same subject, after the first statement. */
const SECOND_VERB = /\band\s+(?:also\s+|later\s+)?(claimed|alleged|added|insisted|accused|denied|warned)\b/gi;
function secondStatement(s: SentenceView, claim: Claim, dv: DocView, ctx: Ctx, verbs: string[]): Claim | null {
  if (!/\band\s/i.test(s.text)) return null;
  const said = cuesIn(s, verbs).filter((c) => !inQuote(s, c.start, dv));
  for (const m of matchesOf(s.text, SECOND_VERB)) {
    const at = s.start + m.index!;
    // (A first statement made before it: "the group said ... and claimed".)
    if (!said.some((c) => c.end <= at) || inQuote(s, at, dv)) continue;
    const verbAt = at + m[0].length - m[1].length;
    // Only a second statement framed otherwise is one of its own ("said ... and claimed, without
    // providing evidence, ..."); "said ... and added ..." is one statement (as gold counts it).
    const alleged = cuesIn(s, ctx.lexicons.hedges.alleged);
    if (!alleged.some((c) => c.start >= verbAt) || alleged.some((c) => c.start < at)) return null;
    return { ...claim, cue: m[1], hedge: 'alleged' };
  }
  return null;
}

/** One body named by what it is: "the Lebanese health ministry", "a health ministry statement", "the local monitoring group". */
const BODY_SOURCE = /^(?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:ministry|army|military|agency|office|command|service|council|committee|government|police|group|movement|mission|authority|administration|hospital|monitor|network|statement)$/iu;
/** One unnamed person: "a senior official", "a member of a resistance group", "one resident". */
/** "a spokesman for the UN said": one unnamed person who speaks as the body named after. */
const SPOKESMAN_FOR = /\bspokes(?:man|woman|person)\s+(?:for|of)\s/i;
const SINGULAR_SOURCE = /^(?:(?:a|an|one|the)\s+)?(?:[\p{L}-]+\s+){0,3}(?:official|officer|source|member|resident|witness|diplomat|commander|soldier|aide|adviser|advisor|insider|analyst|doctor|medic|nurse|spokesman|spokeswoman|spokesperson|representative|politician|employee|cleric|villager|survivor|worker|activist|man|woman)$/iu;
/** ", reporting from Khartoum," / ", in a statement by his spokesman Y,": a parenthetical between a speaker and the verb. */
const PARENTHETICAL_BEFORE = /,\s+(?:(?:speaking|writing|reporting|talking|posting|addressing|responding|appearing|briefing)\b|in\s+(?:a|an|his|her|its|their)\s+(?:statement|post|video|interview|message|letter|speech|address)\b)[^,;:“”"]{0,90},\s*$/i;
/** "No group has claimed responsibility": no one made the claim. */
const NO_ONE = /\b(?:no|none)\s+(?:[\p{L}-]+\s+){0,2}(?:has|have|had)\s+(?:yet\s+|so far\s+|immediately\s+)?$/iu;
/** "rejected the allegations", "denies these claims": the allegation is the object of a denial. */
const DENIED_OBJECT = /\b(?:denied|denies|deny|denying|rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing|refuted|refutes|refuting)\s(?:(?:the|these|those|such|all|any|its|their|his|her)\s)?(?:[\p{L}-]+(?:['’]s)?\s)?$/iu;
/** "did not say what triggered it", "declined to comment": a statement not made. */
const NEGATED = /\b(?:did not|didn['’]t|does not|doesn['’]t|would not|wouldn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|never|declined to|refused to)\s+(?:(?:immediately|officially|publicly|independently)\s+)?$/i;
/** "an official was quoted in local media as saying": a passive that names its speaker in the subject. */
const QUOTED_AS_SAYING = /^quoted\s+(?:(?:in|by)\s+[^,.;]{1,50}?\s+)?as\s+saying\b/i;
/** "Notably, when Trump floated the idea, Zelensky warned ...": a leading time or condition clause, whose speaker is not the sentence's. */
const LEADING_CLAUSE = /^(?:[\p{L}]+,\s+)?(?:when|after|while|before|once|although|though|if)\s[^,;]{3,200},\s/iu;

/** The cues of the main clause before those of a leading subordinate clause. */
/** "a politician who has admitted organising the attack, police said": a cue in a relative clause is read after the others. */
const RELATIVE_BEFORE = /\b(?:who|which)\s+(?:(?:has|have|had|also|since|later|repeatedly|publicly)\s+){0,2}$/i;
function relativeLast<T extends { start: number }>(s: SentenceView, cues: T[]): T[] {
  const inRelative = (c: T) => RELATIVE_BEFORE.test(s.text.slice(Math.max(0, c.start - s.start - 40), c.start - s.start));
  return [...cues.filter((c) => !inRelative(c)), ...cues.filter(inRelative)];
}

/** A reporting verb that closes its sentence after the speaker: "..., the Kremlin said.", "..., an AU statement said on Monday." */
const TRAILING_VERB = /^(?:said|says|added|adds|stated|announced|confirmed|wrote|noted)$/i;
/** A statement's own verb before it: "Sybiha said Kyiv supported the plan, the agency said" keeps its speaker (the second is the channel). */
const OWN_SPEECH = /^(?:said|says|added|adds|stated|announced|confirmed|wrote|noted|told|tells|reported|reports)$/i;
const TRAILING_TAIL = /^(?:(?:on|in|late|early|last|this)\b[^,;:"“”.!]{0,40})?[.!]?$/;
const TRAILING_SPEAKER = /, (?!(?:its|his|her|their|he|she|it|they)\b)[^,;:"“”()\s][^,;:"“”()]{0,59} $/iu;

/**
 * "Putin spoke to Pezeshkian by phone and offered to mediate, the Kremlin said.": the speaker
 * after the sentence's last comma, closing it with "said", reports the whole sentence; the verbs of
 * what they report ("spoke to", "urged") are not its cues.
 */
function trailingFirst<T extends { start: number; end: number; cue: string }>(s: SentenceView, cues: T[]): T[] {
  const last = cues.filter((c) => c.start > s.start).pop();
  if (!last || !TRAILING_VERB.test(last.cue) || cues.length < 2) return cues;
  if (cues.some((c) => c !== last && OWN_SPEECH.test(c.cue))) return cues;
  if (!TRAILING_TAIL.test(s.text.slice(last.end - s.start).trim())) return cues;
  const before = s.text.slice(Math.max(0, last.start - s.start - 70), last.start - s.start);
  const m = TRAILING_SPEAKER.exec(before);
  if (!m) return cues;
  // (The speaker is a noun phrase: no verb between the comma and the cue, no quote closed before the comma.)
  const from = last.start - m[0].length + 1;
  if (s.words.some((w) => w.start >= from && w.end <= last.start && (w.pos === 'VERB' || w.pos === 'AUX'))) return cues;
  if (/["”]\s*$/.test(s.text.slice(0, from - s.start - 1))) return cues;
  return [last, ...cues.filter((c) => c !== last)];
}

function mainClauseFirst<T extends { start: number }>(s: SentenceView, cues: T[]): T[] {
  const lead = LEADING_CLAUSE.exec(s.text);
  if (!lead) return cues;
  const end = s.start + lead[0].length;
  // ("When Israel declared statehood in 1948, it did so ...": a time clause sets the scene, it states nothing.)
  return [...cues.filter((c) => c.start >= end), ...(/^(?:[\p{L}]+,\s+)?(?:when|after|before|once)\b/iu.test(s.text) ? [] : cues.filter((c) => c.start < end))];
}

/** "For a growing number of legal experts, that amounts to ...", "Those who reject the label say": a collective named as the holder of a view. */
const FOR_GROUP = /^(?:(?:but|and|yet)\s+)?for\s+(?:(?:a growing number of|a number of|many|some|most|several|other)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+),\s/iu;
const THOSE_WHO = /^(?:(?:but|and|yet)\s+)?((?:those|people|others|many|some) who [^,.;:]{3,80}?)\s+(?:say|said|argue|argued|insist|insisted|contend|contended|maintain|maintained|believe|believed|claim|claimed)\b/iu;
function collectiveHolder(s: SentenceView, heads: Set<string>): Source | null {
  const f = FOR_GROUP.exec(s.text);
  if (f && heads.has(f[1].split(/\s+/).pop()!.toLowerCase())) {
    const start = s.start + f.index + f[0].indexOf(f[1]);
    return { actor: null, text: f[1], start, end: start + f[1].length, group: true };
  }
  const t = THOSE_WHO.exec(s.text);
  if (t) {
    const start = s.start + t.index + t[0].indexOf(t[1]);
    return { actor: null, text: t[1], start, end: start + t[1].length, group: true };
  }
  return null;
}

/** A sentence of clauses joined by semicolons holds a statement each: "...; experts have warned that ...". */
/** The relative's subject ("the ..." or a name) and the adverbs or auxiliaries before its verb. */
const RELATIVE_SUBJECT = String.raw`(?:the\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?|[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,2})\s+`;
const RELATIVE_VERB = String.raw`(?:(?:has|have|had|also|still|later|repeatedly|strongly|flatly|publicly)\s+){0,2}`;
/**
 * ", a charge New Delhi denies", ", a claim the militia rejected", ", which the West says helps ...",
 * a trailing noun or relative clause whose own subject speaks. (The relative's subject is
 * "the ..." or a name, never the relative pronoun's own verb: "which has said"; ", which Hamas rejected"
 * after a proposal is an act told, no statement.)
 */
const RELATIVE_ATTRIBUTION = String.raw`(?:(?:a|an)\s+(?:claim|charge|accusation|allegation|assertion|account|version|figure|toll|report)\s+(?:that\s+)?${RELATIVE_SUBJECT}${RELATIVE_VERB}(?:denies|denied|deny|rejects|rejected|reject|disputes|disputed|dispute|dismissed|dismisses|says|said|say)|which\s+${RELATIVE_SUBJECT}${RELATIVE_VERB}(?:denies|denied|deny|disputes|disputed|dispute|says|said|say|describes|described|considers|regards|regarded|views))\b`;
const CLAUSE_CUT = new RegExp(`;\\s+|,["”]?\\s+(?=(?:though|although|while|whereas|but)\\s+[^,;]{0,60}?\\b(?:say|says|said|warn|warns|warned|insist|insists|insisted|argue|argues|argued|maintain|maintains|deny|denies|denied|claim|claims|claimed|accuse|accuses|accused)\\b|(?:after|as|when)\\s+(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){1,5}(?:said|says|told|announced|claimed|insisted|warned)\\b|something\\s+(?:that\\s+)?(?:the\\s+)?[\\p{Lu}][\\p{L}’'-]*(?:\\s+[\\p{Lu}][\\p{L}’'-]*)?\\s+(?:later\\s+|has\\s+|had\\s+)?(?:confirmed|denied|disputed|acknowledged)|${RELATIVE_ATTRIBUTION})`, 'gu');

function clauseUnits(s: SentenceView, dv: DocView): SentenceView[] {
  // "..., though aid groups say convoys have been stopped": a contrasting clause with its own speaker.
  // "..., after Trump said he believed ...", "..., something the Kremlin confirmed": a second speaker in a trailing clause.
  // (', "sabotage group," but Armenia claimed': a comma inside the quote that closes before the clause cuts after the quote.)
  const cuts = [...matchesOf(s.text, CLAUSE_CUT)].map((m) => s.start + m.index! + (/^,["”]/.test(m[0]) ? 2 : 0)).filter((at) => !inQuote(s, at, dv));
  if (!cuts.length) return [s];
  const bounds = [s.start, ...cuts.map((c) => c + 1), s.end];
  const units: SentenceView[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    let a = bounds[i];
    const b = i + 1 < bounds.length - 1 ? bounds[i + 1] - 1 : bounds[i + 1];
    while (a < b && /\s/.test(dv.doc.text[a])) a++;
    units.push({ ...s, start: a, end: b, text: dv.doc.text.slice(a, b), words: spansIn(s.words, a, b), mentions: spansIn(s.mentions, a, b) });
  }
  return units;
}

function idOf(source: Source, groups: Map<string, Actor>, dv: DocView): string {
  if (source.actor) return source.actor;
  // "The official criticised ..." after "a senior Israeli official was quoted": the same source again.
  const bare = /^(?:the\s+)?([a-z]+)$/i.exec(source.text);
  if (bare && /\bthe\s+$/i.test(dv.doc.text.slice(Math.max(0, source.start - 4), source.start) + (source.text.toLowerCase().startsWith('the ') ? 'the ' : ''))) {
    const head = bare[1].toLowerCase();
    const earlier = [...groups.values()].filter((g) => g.name.toLowerCase().split(/\s+/).pop() === head && g.name.includes(' ')).pop();
    if (earlier) { earlier.mentions.push({ start: source.start, end: source.end, text: source.text }); return earlier.id; }
  }
  // ("the country's prison authority said": an office of the state the story is about.)
  if (/^(?:the\s+)?country['’]s\s/i.test(source.text) && STORY_STATE_BODY.test(source.text)) {
    const home = storyState(dv, source.start);
    if (home) return home;
  }
  const phrase = source.text.replace(/^(?:a|an|the|one|some|two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+/i, '');
  // ("The military government rejected the report", "The junta has denied": with no state named, the state the story is about.)
  if (RULING_BODY.test(phrase) && !/^government$/i.test(phrase)) {
    const home = storyState(dv, source.start);
    if (home) return home;
  }
  // "Successive Israeli governments": the governments of a state are the state.
  if (/\b(?:government|governments)$/i.test(phrase)) {
    if (source.of && dv.kindOf(source.of) === 'state') return source.of;
    const iso = phrase.split(/\s+/).map((w) => dv.stateOfDemonym(w)).find((c) => c);
    const state = stateActorOf(dv, iso);
    if (state) return state;
    // "The government denies involvement": with no state named, the government of the state the story is about.
    if (/^government$/i.test(phrase)) {
      const home = storyState(dv, source.start);
      if (home) return home;
    }
  }
  // "a source in Hamas" is a Hamas source, of Hamas's country.
  // ("a senior Hamas official" names it already.)
  const body = source.of ? dv.nameOf(source.of) : null;
  const inPhrase = spansWithin(dv.doc.mentions, source.start, source.end).some((m) => m.actor === source.of);
  const name = body && !inPhrase ? `${body} ${phrase}` : phrase;
  const id = slug(name);
  const g = groups.get(id);
  if (g) g.mentions.push({ start: source.start, end: source.end, text: source.text });
  else groups.set(id, { id, name, kind: 'group', country: source.of ? dv.countryOf(source.of) : null, role: null, mentions: [{ start: source.start, end: source.end, text: source.text }] });
  return id;
}

/** A quote that opened in an earlier sentence belongs to this claim: extend the evidence back to it. */
function quoteExtent(dv: DocView, s: SentenceView): { start: number; end: number } {
  const open = quoteAround(dv, s.start);
  if (!open) {
    // ('"Why are we still fighting?" Moshe Gafni told the parliament.': a quote closed by its question or
    // exclamation mark is a sentence of its own; the speaker's sentence right after holds it.)
    const prev = dv.sentences[s.index - 1];
    if (prev && prev.index === s.index - 1 && !prev.removed && QUESTION_CLOSE.test(prev.text) && !/\n/.test(dv.doc.text.slice(prev.end, s.start)) && speakerOnly(s.text)) {
      const quote = quoteAround(dv, prev.end - 2);
      const first = quote && prev.end - quote[0] <= 1500 ? sentenceAt(dv.sentences, quote[0]) : undefined;
      if (first) return { start: first.start, end: s.end };
    }
    return { start: s.start, end: s.end };
  }
  if (s.start - open[0] > 1500) return { start: s.start, end: s.end };
  const first = sentenceAt(dv.sentences, open[0]);
  return { start: first ? first.start : s.start, end: s.end };
}

/**
 * The first sentence with start <= at <= end: the last to start at or before `at`, or the one
 * before it when that ends right at `at` (sentences are in order and do not overlap).
 */
function sentenceAt(sentences: SentenceView[], at: number): SentenceView | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= at) lo = mid + 1; else hi = mid;
  }
  for (let k = Math.max(0, lo - 2); k < lo; k++) if (at < sentences[k].end + 1) return sentences[k];
  return undefined;
}

/** A sentence wholly in quotes right after a claim continues it: same speaker, same framing. */
function quoteContinuation(s: SentenceView, last: { claim: Claim; sentence: number } | null): Claim | null {
  if (!last || last.sentence < s.index - 2 || !last.claim.source) return null;
  if (!/^[“"]/.test(s.text)) return null;
  return { ...last.claim, cue: null, evidence: { start: s.start, end: s.end } };
}

/**
 * The speaker named after a verb that follows its clause: a person ("..., said Zelensky"), or a
 * verbless phrase whose head noun decides: "..., said Ukrainian military observers", "..., said
 * a Ukrainian unmanned systems commander" (a group, not Ukraine).
 */
function speakerAfter(s: SentenceView, cueEnd: number, dv: DocView, heads: Set<string>): Source | null {
  // "..., a local official told AFP": the outlet told is the listener, never the speaker.
  if (/\b(?:told|tells|telling)$/i.test(dv.doc.text.slice(Math.max(s.start, cueEnd - 8), cueEnd))) {
    // ("..., two sources told the BBC": over "the" to the outlet.)
    const told = subjectAfter(s, cueEnd + (/^\s+the\s/i.exec(dv.doc.text.slice(cueEnd, cueEnd + 6))?.[0].length ?? 0));
    if (told?.actor && dv.isMedia(told.actor)) return null;
  }
  const named = subjectAfter(s, cueEnd);
  if (named?.actor && dv.kindOf(named.actor) === 'person') return named;
  if (!verblessUntilComma(s, cueEnd)) return null;
  const titled = titledName(s, cueEnd, dv);
  if (titled) return titled;
  // ("..., said Kenyan Defence Minister Aden Duale on Monday": a person named after a capitalised title, before any comma.)
  // (Not one named inside a relative clause or after a preposition: "said a Kenyan official who spoke to X".)
  const person = s.mentions.find((m) => m.start >= cueEnd && m.start - cueEnd <= 60 && dv.kindOf(m.actor) === 'person' && !/[,;(“”"]/.test(dv.doc.text.slice(cueEnd, m.start))
    && !s.words.some((w) => w.start >= cueEnd && w.end <= m.start && (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'ADP' || w.pos === 'PRON' || w.key === 'who' || w.key === 'that')));
  if (person) return { actor: person.actor, text: person.text, start: person.start, end: person.end, group: false };
  // ("..., announced the mayor of Kessa.": a local office named by its place.)
  const office = placeOffice(s, s.words.findIndex((w) => w.start >= cueEnd), dv);
  if (office) return office.source;
  const next = s.words.find((w) => w.start >= cueEnd);
  if (!next || next.key === 'that' || !/^(?:DET|ADJ|PROPN|NOUN|NUM)$/.test(next.pos)) return named;
  return phraseAfter(s, cueEnd, dv, heads) ?? named;
}

/**
 * "..., said Ukrainian military observer Ivan Petrenko": a title of lower-case words ending in a
 * name of two or three capitalised words. The name is the speaker (a known person, or one the
 * linker does not know), not the country of the title's adjective.
 */
function titledName(s: SentenceView, cueEnd: number, dv: DocView): Source | null {
  const phrase: typeof s.words = [];
  for (const w of s.words) {
    if (w.start < cueEnd) continue;
    if (w.text === ',' || w.text === ';' || w.text === '.' || w.text === '(') break;
    phrase.push(w);
  }
  let k = phrase.length - 1;
  while (k >= 0 && /^\p{Lu}\p{Ll}[\p{L}’'-]*$/u.test(phrase[k].text)) k--;
  const run = phrase.length - 1 - k;
  if (run < 2 || run > 3 || k < 0 || !/^\p{Ll}+$/u.test(phrase[k].text) || phrase[k].pos !== 'NOUN') return null;
  const first = phrase[k + 1];
  const last = phrase[phrase.length - 1];
  const inside = s.mentions.filter((m) => m.start < last.end && first.start < m.end);
  if (inside.some((m) => dv.kindOf(m.actor) === 'person')) {
    const m = inside.find((x) => dv.kindOf(x.actor) === 'person')!;
    return { actor: m.actor, text: m.text, start: m.start, end: m.end, group: false };
  }
  if (inside.length) return null;
  return { actor: null, text: dv.doc.text.slice(first.start, last.end), start: first.start, end: last.end, group: false, unlinked: true };
}

/** Whether the words after at, up to the next comma or the sentence's end, hold no verb. */
function verblessUntilComma(s: SentenceView, at: number): boolean {
  for (const w of s.words) {
    if (w.start < at) continue;
    // ("said a local official who asked not to be named": a relative clause tells about the speaker.)
    if (w.text === ',' || w.text === ';' || /^(?:who|whom)$/i.test(w.text)) break;
    if (w.pos === 'VERB' || w.pos === 'AUX') return false;
  }
  return true;
}

/** "The government", "the country's prison authority": a body of the state the story is about, on record (not "the country's truth commission", a body of its own). */
const STORY_STATE_BODY = /^(?:the\s+)?(?:government|country['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:authority|agency|ministry|army|military|government|police|administration|presidency))$/iu;

/** "The military government", "the junta", "the regime": the rulers of the state the story is about, on record. */
const RULING_BODY = /^(?:the )?(?:(?:military|interim|transitional|ruling) )?(?:government|junta|regime)$/i;

/**
 * The state a story is about, as far as `before`: the first state named (by name, demonym or
 * seat), when it is named twice or no other is named more often by then ("Ecuador prison riot ...", "GUAYAQUIL,
 * Ecuador (AFP)" before "The government said").
 */
function storyState(dv: DocView, before: number): string | null {
  let first: string | null = null;
  const counts = new Map<string, number>();
  for (const m of dv.doc.mentions) {
    if (m.start >= before) break;
    if (dv.kindOf(m.actor) !== 'state') continue;
    first ??= m.actor;
    counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  }
  if (!first) return null;
  const most = Math.max(...counts.values());
  return counts.get(first) === most || counts.get(first)! >= 2 ? first : null;
}

/** Documents that state findings: "the report found", "the statement read", "data from the UN show". */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['report', 'document', 'study', 'survey', 'assessment', 'analysis', 'opinion', 'ruling', 'verdict', 'findings', 'figures', 'data', 'statistics', 'memo', 'letter', 'communique', 'readout', 'transcript', 'investigation', 'inquiry', 'review', 'audit', 'estimates', 'tally', 'statement', 'text', 'cable', 'dossier', 'indictment']);
/** The verbs a document states by. */
const DOCUMENT_VERBS: ReadonlySet<string> = new Set(['found', 'finds', 'showed', 'shows', 'show', 'concluded', 'concludes', 'read', 'reads', 'documented', 'revealed', 'reveals', 'estimated', 'estimates', 'said', 'says', 'stated', 'states', 'noted', 'notes', 'added', 'warned', 'warns']);
/** Verbs by which only a statement speaks, never a finding: "the statement said", "the letter reads". */
const STATEMENT_ONLY_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'stated', 'states', 'added', 'noted', 'notes', 'warned', 'warns']);
const STATEMENT_PAPERS: ReadonlySet<string> = new Set(['statement', 'communique', 'readout', 'letter', 'text', 'memo', 'cable']);
/** "a document seen by Reuters", "figures published on Monday": a participle between the document and its verb. */
const PAPER_PARTICIPLES: ReadonlySet<string> = new Set(['seen', 'reviewed', 'obtained', 'published', 'released', 'issued', 'compiled', 'leaked', 'cited', 'sent', 'posted', 'dated']);
const PAPER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);
const BODY_KINDS_OF_PAPER = /^(?:organisation|armed_group|coalition|state|person)$/;

/** The document phrase whose verb is word `v`: [first word, last word of the phrase, the document noun], or null. Read word by word. */
function documentPhrase(ws: readonly Word[], v: number): [number, number, number] | null {
  let n = -1;
  let end = -1;
  for (let j = v - 1; j >= 0 && v - j <= 10; j--) {
    if (DOCUMENT_NOUNS.has(ws[j].key)) { n = j; break; }
    if (/^[.;:“”"?!]$/.test(ws[j].text)) return null;
  }
  if (n < 0) return null;
  end = n;
  const between = ws.slice(n + 1, v);
  if (between.length) {
    const verbs = between.some((w) => w.pos === 'VERB' || w.pos === 'AUX');
    const commas = between.filter((w) => w.text === ',').length;
    if (between[0].text === ',' && between[between.length - 1].text === ',' && between.length <= 14) { /* an aside */ } else if (commas) return null;
    else if (/^(?:from|by|of)$/.test(between[0].key) && !verbs) end = v - 1;
    else if (!PAPER_PARTICIPLES.has(between[0].key) || between.slice(1).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return null;
  }
  let first = n;
  // ("The historic, albeit non-binding, opinion": over commas and adverbs only back to a determiner.)
  let crossed = false;
  for (let j = n - 1; j >= 0 && n - j <= 9; j--) {
    const w = ws[j];
    if (PAPER_DETERMINERS.has(w.key)) { first = j; crossed = false; break; }
    if (/^['’]s?$/.test(w.text) && j >= 1 && ws[j - 1].cap) { first = j - 1; j--; continue; }
    if (w.text === ',' || w.pos === 'ADV' || w.pos === 'SCONJ' || w.key === 'albeit') { crossed = true; continue; }
    if (!/^(?:ADJ|NOUN|PROPN|NUM)$/.test(w.pos) && !/^-$/.test(w.text)) break;
    first = j;
  }
  if (crossed) {
    first = n;
    for (let j = n - 1; j >= 0 && (/^(?:ADJ|NOUN|PROPN|NUM)$/.test(ws[j].pos) || /^-$/.test(ws[j].text)); j--) first = j;
  }
  return [first, end, n];
}

/**
 * "The report found that ...", "an OFAC document reviewed by Reuters showed ...", "Data from the UN refugee
 * agency show ...", "The statement said ...": a document speaks for the one who issued it — the body or
 * person named in its phrase, else (for "the statement", "the report") the speaker or body told right
 * before; a document of no one ("open-source data show") is an unnamed source.
 */
function documentSource(s: SentenceView, dv: DocView): { source: Source; cue: { start: number; end: number; cue: string } } | null {
  const ws = s.words;
  for (let v = 1; v < ws.length; v++) {
    if (!DOCUMENT_VERBS.has(ws[v].key)) continue;
    const found = documentPhrase(ws, v);
    if (!found) continue;
    const [f, e, n] = found;
    const phraseStart = ws[f].start;
    const phraseEnd = ws[e].end;
    const noun = ws[n].key;
    const verb = ws[v];
    if (inQuote(s, verb.start, dv) || inQuote(s, phraseStart, dv)) continue;
    // (The subject opens its clause: nothing but a comma or a conjunction before it.)
    const lead = f > 0 ? ws[f - 1] : null;
    if (lead && lead.text !== ',' && !/^(?:and|but|while|however)$/.test(lead.key)) continue;
    if (STATEMENT_ONLY_VERBS.has(verb.key) && !STATEMENT_PAPERS.has(noun)) continue;
    const cue = { start: verb.start, end: verb.end, cue: verb.text };
    const text = dv.doc.text.slice(phraseStart, phraseEnd);
    const named = s.mentions.filter((x) => x.start >= phraseStart && x.end <= phraseEnd && BODY_KINDS_OF_PAPER.test(dv.kindOf(x.actor) ?? '') && !dv.isMedia(x.actor)).pop();
    if (named) return { source: { actor: named.actor, text, start: phraseStart, end: phraseEnd, group: false }, cue };
    // ("The statement said", "the report found": the one who issued it, told right before.)
    if (PAPER_DETERMINERS.has(ws[f].key) && !/^an?$/.test(ws[f].key)) {
      const last = dv.lastSpeaker?.(phraseStart);
      if (last && dv.kindOf(last) && dv.kindOf(last) !== 'group' && !dv.isMedia(last)) return { source: { actor: last, text, start: phraseStart, end: phraseEnd, group: false }, cue };
      if (STATEMENT_PAPERS.has(noun)) return null;
      const body = lastMentionBefore(dv.doc.mentions, phraseStart, phraseStart - 1500, (a) => /^(?:organisation|armed_group|coalition)$/.test(dv.kindOf(a) ?? '') && !dv.isMedia(a), (x) => quoteAround(dv, x.start) === null);
      if (body) return { source: { actor: body.actor, text, start: phraseStart, end: phraseEnd, group: false }, cue };
    }
    const from = PAPER_DETERMINERS.has(ws[f].key) ? f + 1 : f;
    const bare = dv.doc.text.slice(ws[from].start, phraseEnd);
    return { source: { actor: null, text: bare, start: ws[from].start, end: phraseEnd, group: true }, cue };
  }
  return null;
}
