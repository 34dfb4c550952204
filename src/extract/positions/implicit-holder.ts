// Holders the sentence does not name: "we" and "I" in a speaker's words ("We are ready to talk",
// the spokesman said), and an armed group named by what it is ("the militant group is resisting
// disarmament" after a sentence about Hezbollah).
import type { Claim, Mention } from '../../doc/model.js';
import type { Word } from '../../link/words.js';
import { lastMentionBefore, type DocView, type SentenceView, stateActorOf } from '../sentence-view.js';
import type { StanceHit } from './cues.js';
import { IRREGULAR_HEADS, nationalArmy } from '../national-army.js';

/** What may stand between a subject and its stance cue: auxiliaries, adverbs, "also", "not". */
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);

/** Head nouns of a phrase that names an armed group without its name. */
const GROUP_HEADS = new Set(['group', 'movement', 'guerrillas', 'guerrilla', 'militants', 'militia', 'militias', 'rebels', 'insurgents', 'fighters', 'faction', 'organisation', 'organization', 'jihadists', 'paramilitaries', 'paramilitary']);

/** "the paramilitary force", "the rebel forces": a force that a qualifier before it makes an armed group's. */
const GROUP_FORCE = new Set(['force', 'forces']);
const IRREGULAR_QUALIFIERS = new Set(['paramilitary', 'rebel', 'militia', 'insurgent', 'jihadist']);

/** Whether word k heads a phrase that names an armed group without its name ("the group", "the paramilitary force"). */
function groupHeadAt(s: SentenceView, k: number, heads: Set<string> = GROUP_HEADS): boolean {
  const w = s.words[k];
  if (!w) return false;
  if (heads.has(w.key)) return true;
  return heads === GROUP_HEADS && GROUP_FORCE.has(w.key) && IRREGULAR_QUALIFIERS.has(s.words[k - 1]?.key ?? '');
}

/** Adverbs the tagger may read otherwise: "the movement has since refused", "has already rejected". */
const SKIPPED = new Set(['also', 'still', 'since', 'already']);

function stateMentionHolding(s: SentenceView, w: { start: number; end: number }, dv: DocView): Mention | undefined {
  for (const m of s.mentions) if (m.start <= w.start && w.end <= m.end && dv.kindOf(m.actor) === 'state') return m;
  return undefined;
}

/** The word index of the stance cue's subject: the last word before it that is no auxiliary or adverb. */
function subjectWord(s: SentenceView, stance: StanceHit): number {
  // (Plain loops, not callbacks made at each call, which V8 compiled again after every full collection.)
  let k = s.words.length - 1;
  for (let i = 0; i < s.words.length; i++) if (s.words[i].start >= stance.start) { k = i - 1; break; }
  while (k >= 0 && (BETWEEN.has(s.words[k].pos) || SKIPPED.has(s.words[k].key))) k--;
  return k;
}

/** "We are ready to ...", "I will not sign ...": the speaker of the words, when the article names one. */
export function firstPersonHolder(s: SentenceView, stance: StanceHit, claim: Claim | null, dv: DocView): string | null {
  // The subject right before the cue, or one that opens its clause ("We are resolute in seeking an end to ...").
  const k = subjectWord(s, stance);
  let w: Word | undefined = s.words[k];
  if (!w || (w.key !== 'we' && w.key !== 'i')) {
    w = undefined;
    for (let i = s.words.length - 1; i >= 0; i--) {
      const x = s.words[i];
      if (x.end <= stance.start && (x.key === 'we' || x.key === 'i')) { w = x; break; }
    }
    if (!w || stance.start - w.end > 60 || /[,;:]/.test(dv.doc.text.slice(w.end, stance.start))) return null;
    const between = s.words.filter((x) => x.start > w!.end && x.end <= stance.start);
    if (between.some((x) => ['he', 'she', 'it', 'they', 'you', 'that', 'who', 'which'].includes(x.key)) || s.mentions.some((m) => m.start > w!.end && m.end <= stance.start)) return null;
  }
  const usable = (id: string | null | undefined) => !!id && dv.kindOf(id) !== 'group' && !dv.isMedia(id);
  const speaker = usable(claim?.source) ? claim!.source : dv.lastSpeaker?.(s.start);
  if (!usable(speaker)) return null;
  return spokesmanOf(speaker!, dv) ?? speaker!;
}

/** "Kachin Independence Army spokesman Colonel Naw Bu": the office words between an armed group and the person it names. */
const SPOKESMAN_OF = /^\s+(?:chief\s+|senior\s+|military\s+|political\s+)?(?:spokes(?:man|woman|person)|commander|negotiator|official)\s+(?:(?:Colonel|Col\.|General|Gen\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Lt\.|Brigadier)\s+)?$/;

/** "We cannot negotiate ...", said the spokesman of an armed group named before him: the group speaks. */
function spokesmanOf(person: string, dv: DocView): string | null {
  if (dv.kindOf(person) !== 'person') return null;
  const text = dv.doc.text;
  for (const m of dv.doc.mentions) {
    if (m.actor !== person) continue;
    const group = lastMentionBefore(dv.doc.mentions, m.start, m.start - 80, (actor) => dv.kindOf(actor) === 'armed_group');
    if (group && SPOKESMAN_OF.test(text.slice(group.end, m.start))) return group.actor;
  }
  return null;
}

/**
 * "the (powerful militant) group", "the rebels": the armed group named last before the phrase,
 * within a few sentences. Only an armed group: "the government" or "the country" are too loose.
 */
export function unnamedGroupHolder(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  return unnamedGroupSubject(s, stance, dv)?.actor ?? null;
}

/** Head nouns of a phrase that names a bloc of states without its name: "the bloc", "the regional alliance". */
const BLOC_HEADS = new Set(['bloc', 'alliance']);

/**
 * "ECOWAS leaders met in Abuja. The bloc demanded that ...": "the (regional) bloc" or "the alliance"
 * is the organisation or coalition named last before the phrase, within a few sentences.
 */
export function unnamedBlocHolder(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  const k = reporterOf(s, subjectWord(s, stance), BLOC_HEADS);
  const head = s.words[k];
  if (!head || !BLOC_HEADS.has(head.key) || s.mentions.some((m) => m.start <= head.start && head.end <= m.end)) return null;
  let j = k - 1;
  while (j >= 0 && j >= k - 2 && !s.words[j].cap && (s.words[j].pos === 'ADJ' || /-/.test(s.words[j].text))) j--;
  if (j < 0 || !/^(?:the|this)$/.test(s.words[j].key)) return null;
  const at = s.words[j].start;
  return lastMentionBefore(dv.doc.mentions, at, at - 1500, (actor) => {
    const kind = dv.kindOf(actor);
    return (kind === 'organisation' || kind === 'coalition') && !dv.isMedia(actor);
  })?.actor ?? null;
}

/** Reporting verbs after which "it" or "they" is the reporter itself: "the group said it was ready to ...". */
const REPORTING = new Set(['said', 'says', 'added', 'stated', 'announced', 'declared', 'insisted', 'warned', 'stressed', 'reiterated', 'confirmed', 'indicated', 'signalled', 'signaled', 'noted']);

/**
 * The word index of the phrase "it" or "they" stands for when a reporting verb's subject speaks of
 * itself ("the group said (that) it ..."): the subject word of that verb; else k itself.
 */
function reporterOf(s: SentenceView, k: number, heads: Set<string> = GROUP_HEADS): number {
  const w = s.words[k];
  if (!w || (w.key !== 'it' && w.key !== 'they')) return k;
  let j = k - 1;
  if (s.words[j]?.key === 'that') j--;
  if (!s.words[j] || !REPORTING.has(s.words[j].key)) return k;
  j--;
  // ("the group, which has ruled Gaza since 2007, said it ...": back over a relative clause set off by commas.)
  if (s.words[j]?.text === ',') {
    let c = j - 1;
    while (c > 0 && j - c < 25 && s.words[c].text !== ',') c--;
    if (c > 0 && s.words[c].text === ',' && /^(?:which|who)$/.test(s.words[c + 1]?.key ?? '')) j = c - 1;
  }
  while (j >= 0 && (BETWEEN.has(s.words[j].pos) || s.words[j].key === 'also')) j--;
  return j >= 0 && groupHeadAt(s, j, heads) ? j : k;
}

/** Stance nouns a subject may own by "its"/"their": "the group is firm on its demand for", "the rebels repeated their call for". */
const OWNED_NOUN = /^(?:demands?|insistence|refusal|rejection|conditions?|preconditions?|calls?|proposals?|offers?|requests?|ultimatum|opposition|readiness|willingness)(?:\s+(?:for|on|to|of))?$/i;
/** Words between a subject and "its"/"their": a short verb phrase ("is firm on", "repeated", "stands by", "remains firm in"). */
const OWNING_VERB = new Set(['is', 'are', 'was', 'were', 'remains', 'remained', 'stays', 'stayed', 'firm', 'adamant', 'steadfast', 'unwavering', 'on', 'in', 'by', 'to', 'repeated', 'reiterated', 'renewed', 'restated', 'stands', 'stood', 'pressed', 'pushed', 'maintained', 'maintains', 'sticks', 'stuck', 'has', 'have', 'had', 'also', 'still', 'again']);

/**
 * "The group is firm on its demand for ...": a stance noun owned by "its"/"their" belongs to the subject of a short
 * verb phrase before it; the word index of that subject's head (else k itself).
 */
function ownOwner(s: SentenceView, k: number, stance: StanceHit): number {
  if (!/^(?:its|their)$/.test(s.words[k]?.key ?? '') || !OWNED_NOUN.test(stance.cue)) return k;
  let j = k - 1;
  while (j >= 0 && k - j <= 5 && OWNING_VERB.has(s.words[j].key)) j--;
  return j < k - 1 && j >= 0 && groupHeadAt(s, j) ? j : k;
}

/** The unnamed group phrase that is the cue's subject, with where it starts. */
export function unnamedGroupSubject(s: SentenceView, stance: StanceHit, dv: DocView): { actor: string; start: number } | null {
  const k = ownOwner(s, reporterOf(s, subjectWord(s, stance)), stance);
  const head = s.words[k];
  if (!head || !groupHeadAt(s, k)) return null;
  // Back over adjectives to a determiner: "the", "this", "that".
  let j = k - 1;
  while (j >= 0 && j >= k - 3 && (s.words[j].pos === 'ADJ' || s.words[j].pos === 'ADV' || s.words[j].pos === 'NOUN' || /-/.test(s.words[j].text)) && !s.mentions.some((m) => m.start <= s.words[j].start && s.words[j].end <= m.end)) j--;
  if (j < 0 || !/^(?:the|this|that)$/.test(s.words[j].key)) return null;
  const at = s.words[j].start;
  // ("the rebels", "the paramilitaries" after a sentence about the army: a state's own army is neither.)
  const irregular = IRREGULAR_HEADS.has(head.key) || GROUP_FORCE.has(head.key);
  const group = lastMentionBefore(dv.doc.mentions, at, at - 1500, (actor) => dv.kindOf(actor) === 'armed_group' && !(irregular && nationalArmy(actor, dv)));
  return group ? { actor: group.actor, start: at } : null;
}

/**
 * "the militant group said ...": a claim whose source is an armed group named by what it is holds
 * for the armed group named last before it.
 */
export function groupSourceHolder(claim: Claim | null, dv: DocView): string | null {
  if (!claim?.source_text || (claim.source && dv.kindOf(claim.source) !== 'group')) return null;
  const m = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}([\p{L}-]+)$/iu.exec(claim.source_text.trim());
  if (!m || !GROUP_HEADS.has(m[1].toLowerCase())) return null;
  const at = claim.evidence.start;
  return lastMentionBefore(dv.doc.mentions, at, at - 1500, (actor) => dv.kindOf(actor) === 'armed_group')?.actor ?? null;
}

/** Heads of a state's governing body named by the people's adjective: "the Syrian authorities", "the Ethiopian government". */
const AUTHORITY_HEADS = new Set(['authorities', 'government', 'leadership', 'administration', 'regime', 'junta', 'cabinet']);

/** Nouns of a body that governs from a seat: "the junta in Bamako". */
const SEATED_BODIES = new Set(['government', 'junta', 'authorities', 'administration', 'regime', 'cabinet', 'presidency', 'ministry', 'leadership', 'rulers']);

/** "the (transitional) authorities in <seat>" right before `seatAt`, as a subject: no preposition before its "the". */
function seatedBodyOpens(s: SentenceView, seatAt: number): boolean {
  const ws = s.words;
  const inAt = ws.findIndex((w) => w.start >= seatAt) - 1;
  if (inAt < 1 || ws[inAt].key !== 'in' || !SEATED_BODIES.has(ws[inAt - 1].key)) return false;
  let t = inAt - 2;
  while (t >= 0 && t >= inAt - 4 && ws[t].key !== 'the') t--;
  if (t < 0 || ws[t].key !== 'the') return false;
  const before = ws[t - 1];
  return !before || (before.pos !== 'ADP' && before.pos !== 'VERB');
}

/** "the Syrian authorities insisted on ...": the state of the demonym, when the article names that state. */
export function authorityHolder(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  const k = subjectWord(s, stance);
  const head = s.words[k];
  // ("The transitional authorities in Bamako rejected ...": a governing body and the seat after "in" that the linker made its state.)
  const seated = head && stateMentionHolding(s, head, dv);
  // (Not the object of a preposition: "Critics of the junta in Bamako", "Protesters outside the presidency in Kinshasa".)
  if (seated && seatedBodyOpens(s, seated.start)) return seated.actor;
  const adjective = s.words[k - 1];
  if (!head || !adjective || !AUTHORITY_HEADS.has(head.key) || !adjective.cap) return null;
  if (s.mentions.some((m) => m.start <= head.start && head.end <= m.end)) return null;
  // ("the Port Sudan authorities", "the Lee administration": a state named by its seat or its leader, as the adjective.)
  const seat = s.mentions.find((m) => m.end === adjective.end && dv.kindOf(m.actor) === 'state');
  if (seat) return seat.actor;
  // ("the Kinshasa government": a capital's name as the adjective.)
  const country = dv.stateOfDemonym(adjective.text) ?? dv.stateOfCapital?.(adjective.text) ?? null;
  if (!country) return null;
  return stateActorOf(dv, country);
}

/**
 * "The junta's spokesman in Niamey said the military government would not accept ...": "the
 * (military) government", "the authorities" with no state named in the phrase, said by an unnamed
 * speaker of a known state (a spokesman, officials), is that state, when the article names it.
 */
export function speakersGovernmentHolder(s: SentenceView, stance: StanceHit, claim: Claim | null, dv: DocView): string | null {
  if (!claim?.source || dv.kindOf(claim.source) !== 'group' || !claim.source_text) return null;
  const said = claim.source_text.trim();
  if (!/\b(?:spokes(?:man|woman|person|people)|officials?|representatives?|sources?|negotiators?|delegation|presidency|ministry|office)$/i.test(said)) return null;
  // ("a spokeswoman for the Congolese presidency": the state of the demonym in the speaker's phrase.)
  const country = dv.countryOf(claim.source) ?? said.split(/\s+/).map((w) => (/^[\p{Lu}]/u.test(w) ? dv.stateOfDemonym(w) : null)).find((c) => c) ?? null;
  const k = subjectWord(s, stance);
  const head = s.words[k];
  if (!country || !head || !AUTHORITY_HEADS.has(head.key) || s.mentions.some((m) => m.start <= head.start && head.end <= m.end)) return null;
  // Back over lower-case adjectives to "the": "the military government", "the transitional authorities".
  let j = k - 1;
  while (j >= 0 && j >= k - 2 && !s.words[j].cap && s.words[j].pos === 'ADJ') j--;
  if (j < 0 || s.words[j].key !== 'the') return null;
  return stateActorOf(dv, country);
}

/** Heads of a phrase naming the two parties at once: "both sides", "the two countries", "the warring parties". */
const PAIR_HEADS = new Set(['sides', 'parties', 'countries', 'governments', 'neighbours', 'neighbors', 'nations', 'belligerents', 'adversaries', 'rivals']);

/** Kinds of actor that can be one of "the two sides". */
const PARTY_KINDS = new Set(['state', 'armed_group', 'coalition']);

/**
 * "Both sides agreed to ...", "the two countries rejected ...": each of the two parties named
 * together last ("talks between Armenia and Azerbaijan", "Russia and Ukraine"), within a few
 * sentences before the phrase. No pair named together, no holder (no guess from frequency).
 */
export function bothSidesHolders(s: SentenceView, stance: StanceHit, dv: DocView): string[] | null {
  const k = subjectWord(s, stance);
  const head = s.words[k];
  if (!head || !PAIR_HEADS.has(head.key)) return null;
  const before = s.words[k - 1]?.key;
  const pairWord = before === 'both' || (before === 'two' && s.words[k - 2]?.key === 'the') || (before === 'warring' && /^(?:the|both)$/.test(s.words[k - 2]?.key ?? ''));
  if (!pairWord) return null;
  const at = s.words[before === 'both' ? k - 1 : k - 2].start;
  const text = dv.doc.text;
  const parties = dv.doc.mentions.filter((m) => m.end <= at && m.start >= at - 1500 && PARTY_KINDS.has(dv.kindOf(m.actor) ?? ''));
  const joined = (x: Mention | undefined, y: Mention | undefined, sep: RegExp) => !!x && !!y && sep.test(text.slice(x.end, y.start));
  const all = dv.doc.mentions;
  for (let i = parties.length - 1; i > 0; i--) {
    const [a, b] = [parties[i - 1], parties[i]];
    if (a.actor === b.actor || !joined(a, b, /^\s*(?:and|&)\s*(?:the\s+)?$/)) continue;
    // ("Egypt, Qatar and the US": a list of three is no pair.)
    const ia = all.indexOf(a);
    const ib = all.indexOf(b);
    if (joined(all[ia - 1], a, /^\s*,\s*(?:the\s+)?$/) || joined(b, all[ib + 1], /^\s*(?:,|and)\s*(?:the\s+)?$/)) return null;
    return [a.actor, b.actor];
  }
  return null;
}

/**
 * "Thailand and Cambodia held talks on Monday. They agreed to ...": an opening "they" that is the
 * cue's subject stands for the two parties that open the sentence before, in its paragraph.
 */
export function theyPairHolders(s: SentenceView, stance: StanceHit, dv: DocView): string[] | null {
  const k = subjectWord(s, stance);
  let first = 0;
  while (first < s.words.length && /^(?:but|and|yet|still|however|meanwhile)$/.test(s.words[first].key)) first++;
  if (k !== first || s.words[k]?.key !== 'they') return null;
  const prev = dv.sentences[s.index - 1];
  const text = dv.doc.text;
  if (!prev || prev.removed || /\n\s*\n/.test(text.slice(prev.end, s.start))) return null;
  const [a, b] = prev.mentions;
  if (!a || !b || a.actor === b.actor || !PARTY_KINDS.has(dv.kindOf(a.actor) ?? '') || !PARTY_KINDS.has(dv.kindOf(b.actor) ?? '')) return null;
  // The pair opens its sentence ("On Monday, Thailand and Cambodia ...") and no third name joins it.
  if (!/^(?:[^,.;:"“”]{1,60},\s+)?(?:both\s+|the\s+)?$/i.test(text.slice(prev.start, a.start)) || !/^\s+and\s+(?:the\s+)?$/i.test(text.slice(a.end, b.start))) return null;
  if (/^\s*(?:,|and\b)/.test(text.slice(b.end, b.end + 5)) || /^['’]s\b/.test(text.slice(b.end, b.end + 3))) return null;
  return [a.actor, b.actor];
}

/** Offices that speak for their state: "the Sudanese justice minister", "the Iranian president". */
const STATE_OFFICES = new Set(['minister', 'president', 'premier', 'chancellor', 'spokesman', 'spokeswoman', 'spokesperson', 'king', 'emir']);

/** Head nouns of a phrase naming a person by office: "the minister", "the Israeli leader", "the envoy". */
const OFFICE_HEADS = new Set(['minister', 'president', 'premier', 'chancellor', 'leader', 'envoy', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'negotiator', 'mediator', 'commander', 'king', 'emir', 'secretary-general']);

/**
 * "Lavrov spoke in Moscow. The minister rejected any deployment of peacekeepers.": a person named
 * by office alone stands for the person named last before, within a few sentences, whose role
 * names that office (any person for "leader", "envoy" ...), of the state its adjective names ("the Israeli
 * leader"). Phrases the linker already ties to a name are its mentions and never reach here.
 */
export function officeHolder(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  const k = subjectWord(s, stance);
  const head = s.words[k];
  if (!head || !OFFICE_HEADS.has(head.key)) return null;
  let j = k - 1;
  let country: string | null = null;
  while (j >= 0 && j >= k - 3 && s.words[j].key !== 'the') {
    const w = s.words[j];
    if (s.mentions.some((m) => m.start <= w.start && w.end <= m.end)) return null;
    const demonym = w.cap ? dv.stateOfDemonym(w.text) : null;
    if (demonym) country = demonym;
    else if (w.pos !== 'ADJ' && w.pos !== 'NOUN' && !/^(?:foreign|prime|defen[cs]e|top|chief|senior|special)$/.test(w.key)) return null;
    j--;
  }
  if (j < 0 || s.words[j].key !== 'the' || s.mentions.some((m) => m.start <= head.start && head.end <= m.end)) return null;
  const at = s.words[j].start;
  const office = head.key === 'spokesman' || head.key === 'spokeswoman' || head.key === 'spokesperson' ? 'spokes' : head.key;
  const byRole = !['leader', 'envoy', 'diplomat', 'negotiator', 'mediator', 'commander'].includes(head.key);
  const person = lastMentionBefore(dv.doc.mentions, at, at - 800, (id) => {
    if (dv.kindOf(id) !== 'person') return false;
    const actor = dv.doc.actors.find((a) => a.id === id);
    return (!country || actor?.country === country) && (!byRole || (actor?.role ?? '').toLowerCase().includes(office));
  })?.actor ?? null;
  // ("The Sudanese justice minister asked the court ...": no such person named, a state's office speaks for the state, when the article names it.)
  return person ?? (country && STATE_OFFICES.has(head.key) ? stateActorOf(dv, country) : null);
}

/** Heads of a state's governing body that rules without a mandate: "the junta", "the transitional authorities". */
const RULER_HEADS = new Set(['junta', 'rulers', 'government', 'authorities', 'leaders', 'leadership', 'administration', 'council', 'regime']);

/** Adjectives that make such a head a ruling body of its own: "the military government", "the transitional authorities". */
const RULER_ADJECTIVES = new Set(['military', 'transitional', 'interim', 'ruling', 'military-led', 'army-led', 'army-backed', 'junta-led']);

/** How an article names the state whose rulers it means: "Mali's junta", "Burkina Faso's military rulers", "the Malian transitional government". */
const RULED = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}(?:junta|rulers|leaders|government|authorities|leadership|administration|regime|army|military|transition)\b/u;

/**
 * "Mali's junta dissolved the parties. The junta has rejected calls for elections": "the junta",
 * "the military government", "the transitional authorities" with no state named in the phrase is
 * the state last named as ruled so ("Mali's junta", "Burkinabe military rulers"), within a few
 * sentences; else the one state named there, when there is only one. Never a guess among several.
 */
export function rulersHolder(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  const k = reporterOf(s, subjectWord(s, stance), RULER_HEADS);
  const head = s.words[k];
  if (!head || !RULER_HEADS.has(head.key) || s.mentions.some((m) => m.start <= head.start && head.end <= m.end)) return null;
  let j = k - 1;
  let ruling = head.key === 'junta';
  while (j >= 0 && j >= k - 2 && !s.words[j].cap && (RULER_ADJECTIVES.has(s.words[j].key) || s.words[j].pos === 'ADJ')) {
    if (RULER_ADJECTIVES.has(s.words[j].key)) ruling = true;
    j--;
  }
  if (!ruling || j < 0 || s.words[j].key !== 'the') return null;
  // ("the junta's critics": a possession of the rulers is no ruler.)
  if (/^['’]s?\b/.test(dv.doc.text.slice(head.end, head.end + 2))) return null;
  const at = s.words[j].start;
  const text = dv.doc.text;
  // ("the transitional authorities in Bamako": the state whose seat the phrase names.)
  const seat = s.mentions.find((m) => m.start > head.end && m.start - head.end <= 5 && /^\s+in\s+$/.test(text.slice(head.end, m.start)) && dv.kindOf(m.actor) === 'state');
  if (seat) return seat.actor;
  const states = dv.doc.mentions.filter((m) => m.end <= at && m.start >= at - 1500 && dv.kindOf(m.actor) === 'state');
  const named = [...states].reverse().find((m) => RULED.test(text.slice(m.end, m.end + 40)));
  if (named) return named.actor;
  const distinct = new Set(states.map((m) => m.actor));
  return distinct.size === 1 ? [...distinct][0] : null;
}

/**
 * "Ivory Coast's ruling Rally of Houphouetists for Democracy and Peace (RHDP) ... The ruling Rally
 * rejected ...": a body called again by the first word of its name ("the Rally", "the Front"), the
 * body named before whose name opens with that word, within a few sentences.
 */
export function shortNameHolder(s: SentenceView, stance: StanceHit, dv: DocView): string | null {
  const k = subjectWord(s, stance);
  const head = s.words[k];
  if (!head || !head.cap || s.mentions.some((m) => m.start <= head.start && head.end <= m.end)) return null;
  let j = k - 1;
  if (s.words[j]?.key === 'ruling') j--;
  if (j < 0 || s.words[j].key !== 'the') return null;
  const at = s.words[j].start;
  return lastMentionBefore(dv.doc.mentions, at, at - 1500, (actor) => {
    const kind = dv.kindOf(actor);
    if (kind !== 'organisation' && kind !== 'armed_group' && kind !== 'coalition') return false;
    const name = dv.nameOf(actor) ?? '';
    return name.split(/\s+/).length > 2 && name.split(/\s+/)[0] === head.text;
  })?.actor ?? null;
}
