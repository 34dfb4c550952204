// Filling lost names where the article itself tells who is meant, with a confidence; null
// where it does not (a wrong name is worse than none). What tells, strongest first:
// - a first name left behind: "Russian President Vladimir had" -> the one Vladimir of the cast;
// - a role left behind: "US special envoy said" -> the person the article names with that role
//   elsewhere, or who held that office for that country on the publication date; "Kremlin
//   spokesman", or an ownerless "Foreign Ministry spokeswoman", -> the one person the knowledge
//   base gives that title (for a state the article names);
// - "’s foreign minister said" -> the state of the one foreign minister named nearby;
// - a person named in the same phrase: "‘s foreign minister Sergey Lavrov" -> his state;
//   a capital: "talks in ‘s capital Doha" -> its state;
// - the other member of a pair of sides: "talks between and Kyiv", "the Ukraine- war",
//   "‘s invasion of Ukraine" -> the other side of the article's conflict;
// - "has stated that is “ready" -> the speaker's own state;
// - a paragraph opening on a verb under a photo's name label -> the person of the label.
import type { Doc, Gap, Restoration, Mention, Actor } from '../doc/model.js';
import { officeHolders, type Kb, type KbActor, normName, stateByName, rolesOn } from '../kb/index.js';
import type { Office } from '../kb/schema.js';
import type { Ctx } from '../pipeline/context.js';
import { isNameLabel } from '../clean/boilerplate/captions.js';
import { sideCounts, homeCountry } from './article-states.js';
import { ROLE } from '../clean/gaps/rules.js';
import { PAIRED_NOUN } from '../clean/gaps/word-rules.js';
import { listAround, listEcho, listThird, quotedDemand, reportedAttacker, ownedRelation, compoundEcho, modifierEcho, placeThenState, directionOfPlace } from './restore-from-frames.js';
import { rankedRestoration } from './restore-ranker.js';
import { digestBlocks, scopeTo } from './digest.js';
import { possessiveFirstName, institutionEcho, pairedPerson, actedUponSide, lastNamedSpeaker, speakersState, ownedPlace, relationPartner, opposedObject } from './restore-from-cast.js';
import { matchesOf } from '../doc/matches.js';

const TITLE_OFFICE: [RegExp, Office][] = [
  [/\b(?:president|king|emir|supreme leader)$/i, 'head_of_state'],
  [/\b(?:prime minister|pm|premier|chancellor)$/i, 'head_of_government'],
  [/\bforeign minister$/i, 'foreign_minister'],
  [/\bdefen[cs]e minister$/i, 'defence_minister'],
];
/** A word of a role phrase: "US", "special", "Foreign". */
const ROLE_NP = String.raw`[\p{Lu}][\p{L}\p{N}.’'-]*|special|deputy|chief|top|senior|foreign|defen[cs]e|economic|interior|energy|finance|presidential|military|first|vice|peace|lead|state|security|national|trade|prime`;
const ROLE_WHOLE = new RegExp(String.raw`^${ROLE}$`, 'u');
const LOWER_ROLE_WORDS = ROLE_NP.split('|').slice(1).flatMap((w) => (w === 'defen[cs]e' ? ['defence', 'defense'] : [w]));

/**
 * A role phrase ending right before the gap, "US special envoy", "Russian Foreign Minister":
 * up to four role words then a role, blanks after it. What the expression
 * `((?:(?:ROLE_NP)\s+){0,4}ROLE)\s*$` would give as its group, written as a walk back over the
 * words (the expression restarted at each position of a long word, which was quadratic). As with
 * the expression, the phrase may start inside a word ("xPresident", "al-Sisi President" gives
 * "Sisi President"), and the earliest start is taken.
 */
function roleBefore(s: string): string | null {
  const t = s.trimEnd();
  let best = -1;
  for (let rs = Math.max(0, t.length - 17); rs < t.length; rs++) {
    if (!ROLE_WHOLE.test(t.slice(rs))) continue;
    let start = rs;
    let end = rs;
    for (let k = 0; k < 4; k++) {
      let tokEnd = end;
      while (tokEnd > 0 && /\s/.test(t[tokEnd - 1])) tokEnd--;
      if (tokEnd === end || tokEnd === 0) break;
      let tokStart = tokEnd;
      while (tokStart > 0 && !/\s/.test(t[tokStart - 1])) tokStart--;
      const w = wordSuffixStart(t, tokStart, tokEnd);
      if (w < 0) break;
      start = w;
      if (w > tokStart) break;
      end = tokStart;
    }
    if (best < 0 || start < best) best = start;
  }
  return best < 0 ? null : t.slice(best);
}

/** Where the earliest ending of t[from, to) that is a role word starts, or -1. */
function wordSuffixStart(t: string, from: number, to: number): number {
  let r = to;
  while (r > from && /[\p{L}\p{N}.’'-]/u.test(t[r - 1])) r--;
  let at = -1;
  for (let i = r; i < to; i++) if (/\p{Lu}/u.test(t[i])) { at = i; break; }
  for (const w of LOWER_ROLE_WORDS) {
    if (to - w.length >= from && t.endsWith(w, to) && (at < 0 || to - w.length < at)) at = to - w.length;
  }
  return at;
}

/** "’s foreign minister ", "’s ": only role words between a possessive and the person it names. */
const ROLE_WORDS_LOWER = new Set([...LOWER_ROLE_WORDS, 'head', 'minister', 'president', 'envoy', 'negotiator', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'leader', 'commander', 'adviser', 'advisor']);
function onlyRoleWords(s: string): boolean {
  const lead = /^['’‘]s\s+/.exec(s);
  if (!lead) return false;
  const rest = s.slice(lead[0].length);
  if (rest === '') return true;
  if (!/\s$/.test(rest)) return false;
  const words = rest.trimEnd().split(/\s+/);
  return words.length <= 4 && words.every((w) => ROLE_WORDS_LOWER.has(w) || /^[\p{Lu}][\p{L}.’'-]*$/u.test(w));
}
/** Offices every state has: without their country they name nobody in particular. */
const BARE_OFFICE = /^(?:(?:prime|foreign|defen[cs]e|interior|finance|energy|economy|justice|health|trade|deputy|vice)\s+)?(?:president|minister|prime minister|premier|chancellor|leader|envoy|spokes(?:man|woman|person)|ambassador|king|emir|secretary|negotiator|commander|adviser|advisor|mayor|governor|senator|mediator)$/;
/** Modifiers that make a role another office than the bare title: "Deputy Foreign Minister". */
const OTHER_OFFICE = /\b(?:deputy|vice|former|acting|ex|first|junior|assistant|state)\b/i;
/** "to overtake .", "invaded .": the object of an attack is the other side of its agent. */
const AGGRESSION_VERB = /\b(?:overtake|overtaking|invade|invaded|invading|seize|seized|occupy|occupied|capture|captured|attack|attacked|attacking)\s*$/i;
/** "pull his troops out of", "withdrawal of forces from": the place left is the other side's. A word of leaving, then up to 40 characters without "." or ";", then "from" or "out of" at the end. */
function withdrawFrom(before: string): boolean {
  return wordThenEnd(before, /\b(?:withdraw|pull|retreat)\w*/gi, /[.;]/, 40, /\b(?:from|out of)$/i);
}

/**
 * Whether s, its blanks at the end aside, ends in `end`, with a match of `word` ending at most
 * `gap` characters before it and no character of `stop` between: what
 * `WORD\b[^STOP]{0,GAP}\bEND\s*$` tests, without restarting at each position of a long word.
 * `word` must match whole words (it ends where a word ends).
 */
function wordThenEnd(s: string, word: RegExp, stop: RegExp, gap: number, end: RegExp): boolean {
  const t = s.trimEnd();
  const e = end.exec(t);
  if (!e) return false;
  for (const w of matchesOf(t.slice(0, e.index), word)) {
    const q = w.index + w[0].length;
    if (e.index - q <= gap && !stop.test(t.slice(q, e.index))) return true;
  }
  return false;
}

/**
 * Restoring a gap reads the article around it and elsewhere, so a page of thousands of gaps
 * (text run through a broken scraper many times over) would cost their number times its length.
 * A damaged article has a few dozen: past this many, gaps are kept, unrestored.
 */
export const MAX_RESTORED_GAPS = 500;
/** How far from the gap the article's own phrasing is looked for (echo): far beyond a news article's length. */
export const ECHO_WINDOW = 50_000;

export function restoreGapsStage(doc: Doc, ctx: Ctx): Doc {
  if (!doc.gaps.length) return doc;
  // (A digest's items are read one by one: each its own cast and sides.)
  const items = digestBlocks(doc, ctx.kb);
  const scoped = new Map<number, { doc: Doc; sides: string[]; from: number }>();
  const scope = (gap: Gap): { doc: Doc; sides: string[]; from: number } => {
    const i = items ? items.findIndex(([from, to]) => gap.start >= from && gap.start <= to) : -1;
    let s = scoped.get(i);
    if (!s) {
      const d = i < 0 ? doc : scopeTo(doc, items![i]);
      s = { doc: d, sides: conflictSides(d, ctx.kb), from: i < 0 ? 0 : items![i][0] };
      scoped.set(i, s);
    }
    return s;
  };
  const gaps: Gap[] = [];
  for (const gap of doc.gaps) {
    const s = gaps.length < MAX_RESTORED_GAPS ? scope(gap) : null;
    gaps.push({ ...gap, restored: s ? restore(s.doc, gap, ctx.kb, s.sides, s.from ? gaps.filter((g) => g.start >= s.from) : gaps) : null });
  }
  return { ...doc, gaps };
}

/**
 * Rules that find a gap but say too little to fill it: "after . accuses Moscow", "whether . should
 * keep", "the . - . conflict" could be either side or anyone. On the tuned damaged copies their
 * gaps, restored by the general guesses, were right 1 time in 6, so they are left unrestored.
 */
const DETECT_ONLY = new Set(['clause-verb-then-auxiliary', 'subordinator-then-verb', 'doubled-word', 'stranded-dash', 'sentence-opens-on-preposition', 'object-before-preposition', 'demonym-then-verb', 'article-then-verb']);

function restore(doc: Doc, gap: Gap, kb: Kb, sides: string[], done: Gap[]): Restoration | null {
  if (DETECT_ONLY.has(gap.rule)) return null;
  // "Ukraine accused of undermining the talks": the accused is the other side of the accusing state, or no one said.
  if (gap.rule === 'accused-without-object') return accusedSide(doc, gap, kb, sides);
  // "talks between Moscow and remain", "since Israel and ended", "the U.S., Ukraine, and had agreed": the partner of the
  // named member, when it is one of the article's two sides.
  if (gap.rule === 'subordinate-pair-without-second' || gap.rule === 'between-and-no-second' || gap.rule === 'list-then-verb') return pairMember(doc, gap, kb, sides);
  // "Benjamin said that intends to", "the demand that surrender": the speaker's own state, else nothing
  // (the general guesses took the other side or the demander: 1 right of 3 on the tuned copies).
  if (gap.rule === 'subjectless-that-clause' && NEW_THAT_VERB.test(doc.text.slice(gap.start, gap.start + 40))) {
    if (/^(?:(?:completely|fully|immediately)[ \t]+)?(?:cease|surrender)\b/.test(doc.text.slice(gap.start, gap.start + 40))) return null;
    return restoreByRule(doc, gap, kb, sides, done);
  }
  // ("talks between and and that": a pair that lost both members cannot tell which is which.)
  if (/\bbetween[ \t]+and[ \t]+$/.test(doc.text.slice(Math.max(0, gap.start - 14), gap.start))) return null;
  // ("’s Foreign Minister Olivier": the first name says more than the article's other "’s Foreign Minister".)
  // (Not after a role, "U.S. President ’s special envoy Steve": the owner is the president.)
  const byFirstName = /^[\p{Lu}]/u.test(doc.text.slice(Math.max(0, gap.start - 30), gap.start).trimEnd().split(/\s/).pop() ?? '') ? null : possessiveFirstName(doc, kb, doc.text.slice(gap.start, gap.start + 80));
  return byFirstName ?? datelineState(doc, gap, kb) ?? datelineOwner(doc, gap, kb) ?? demonymPair(doc, gap, kb, sides) ?? restoreByRule(doc, gap, kb, sides, done) ?? theState(doc, gap, kb) ?? lastSpeaker(doc, gap, kb, done) ?? fromCast(doc, gap, kb, sides)
    ?? introducedLater(doc, gap, kb) ?? homeOffice(doc, gap, kb) ?? theatreState(doc, gap, kb, sides) ?? rankedRestoration(doc, gap, kb, sides);
}

/** The state of a dateline's town: a capital's, else the one state the knowledge base puts a place of that name in. */
function townState(kb: Kb, town: string): string | undefined {
  const key = normName(town);
  const capitalOf = kb.capitalStates.get(key);
  if (capitalOf) return kb.stateOf.get(capitalOf);
  const countries = new Set((kb.places.get(key) ?? []).map((p) => p.country).filter(Boolean));
  return countries.size === 1 ? kb.stateOf.get([...countries][0]!) : undefined;
}

/** A dateline's town, then the comma before its lost country: "SULAYMANIYAH, " at the line's start. */
const DATELINE_TOWN = /^[ \t]{0,4}([\p{Lu}][\p{Lu}.'’-]{1,30}(?: [\p{Lu}][\p{Lu}.'’-]{0,30}){0,3}), $/u;
/** What follows a dateline's country: the agency, or the date after a comma. */
const DATELINE_REST = /^(?:\([\p{L}]+\)|, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)/u;

/**
 * "SULAYMANIYAH, (Reuters) -", "BAHIR DAR, , Oct 14 (Reuters) -": a dateline lost the country
 * after its town, the one state the knowledge base puts a place of that name in.
 */
function datelineState(doc: Doc, gap: Gap, kb: Kb): Restoration | null {
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', gap.start - 1) + 1;
  const town = DATELINE_TOWN.exec(text.slice(lineStart, gap.start));
  if (!town || !DATELINE_REST.test(text.slice(gap.start, gap.start + 12))) return null;
  const state = townState(kb, town[1]);
  return state ? { actor: state, name: kb.actors.get(state)!.name, confidence: 0.8 } : null;
}

/** A dateline opening a paragraph: its town, the country and date that may follow, the agency and a dash. */
const DATELINE_OPENING = /^[ \t*]{0,4}([\p{Lu}][\p{Lu}.'’-]{1,30}(?: [\p{Lu}][\p{Lu}.'’-]{0,30}){0,3})(?:\/[\p{Lu}][\p{Lu}.'’ -]{1,30})?,?(?: [\p{L}][\p{L} .]{0,30}?,?)? ?\([\p{L}\d ]{2,20}\)\**[ \t]*[-–—][ \t]*/u;

/**
 * "DAMASCUS (AFP) - ’s government and the Kurdish-led ...", "CHISINAU, (Reuters) - ’s government
 * offered": a possessive that lost its owner in the sentence a dateline opens is the country of the
 * dateline's town (the one state the knowledge base puts a place of that name in).
 */
function datelineOwner(doc: Doc, gap: Gap, kb: Kb): Restoration | null {
  const text = doc.text;
  if (!/^[ \t]*['’‘]s\s/.test(text.slice(gap.start, gap.start + 4))) return null;
  const lineStart = text.lastIndexOf('\n', gap.start - 1) + 1;
  const m = DATELINE_OPENING.exec(text.slice(lineStart, gap.start));
  if (!m || /[.!?]\s/.test(text.slice(lineStart + m[0].length, gap.start))) return null;
  // ("ISLAMABAD (AP) - and ’s Taliban": a pair's second member is not the town's.)
  if (/\band[ \t]*$/.test(text.slice(gap.start - 6, gap.start))) return null;
  // (The town's state named in the article: an outlet's own town, "ERBIL (Kurdistan24) —" on talks in Geneva, is no party.)
  const state = townState(kb, m[1]);
  if (!state || !doc.actors.some((a) => a.id === state)) return null;
  return { actor: state, name: kb.actors.get(state)!.name, confidence: 0.6 };
}

const PAIRED_NOUN_AFTER = new RegExp(String.raw`^${PAIRED_NOUN}\b`);

/**
 * "Russian and delegations", "from Egyptian and mediators": the people's adjective paired with
 * the lost one names a state; the lost one is the state the article pairs with it ("Egypt and
 * Qatar"), else the other of the article's two sides.
 */
function demonymPair(doc: Doc, gap: Gap, kb: Kb, sides: string[]): Restoration | null {
  const text = doc.text;
  const adj = /(?<![\p{L}-])([\p{Lu}][\p{Ll}]+)[ \t]+and[ \t]+$/u.exec(text.slice(Math.max(0, gap.start - 40), gap.start));
  if (!adj || !PAIRED_NOUN_AFTER.test(text.slice(gap.start, gap.start + 20))) return null;
  const iso = kb.demonyms.get(normName(adj[1]));
  if (!iso) return null;
  const other = pairPartner(doc, kb, iso) ?? (sides.length > 1 && sides.slice(0, 2).includes(iso) ? (iso === sides[0] ? sides[1] : sides[0]) : null);
  const id = other && other !== iso ? kb.stateOf.get(other) : undefined;
  return id ? { actor: id, name: kb.actors.get(id)!.name, confidence: 0.6 } : null;
}

/** A place slot: "in .", "throughout .", "across eastern .", "of eastern and southern ." (a direction word wanted after "of", "through", "into"). */
const PLACE_SLOT = /\b(?:in|throughout|across)[ \t]+$/;
/** The same after a direction word: "across eastern .", "of eastern and southern .". */
const PLACE_SLOT_DIRECTION = /\b(?:in|throughout|across|of|through|into)[ \t]+(?:eastern|southern|western|northern|central)(?:[ \t]+and[ \t]+(?:eastern|southern|western|northern|central))?[ \t]+$/;
/** What may follow a place's name: the sentence's or clause's end, or a preposition, conjunction or verb (not a hyphen, "’s" or a name). */
const AFTER_PLACE = /^[ \t]*(?:[.,;:!?)"”]|$|(?:of|must|on|at|and|in|since|after|before|shortly|for|to|with|from|last|this|is|was|has|had|over)(?![\p{L}-]))/u;
/** Words of meeting and travel: a place after them is a venue. */
const VENUE_WORDS = /\b(?:talks|negotiations|meeting|meetings|summit|met|meet|meets|hold|holds|held|host|hosts|hosted|hosting|visit|visits|visited|visiting|travel|travels|travelled|traveled|trip|flew|fly|arrived|arrive|gathered|convened|round)\b/i;
/** How many of the article's place mentions the theatre needs, and how many times as many as the next state's. */
const THEATRE_MIN = 3;
const THEATRE_LEAD = 2;

/**
 * "to end the war in .", "told reporters in . on Friday", "throughout . of heat": a place slot
 * in an article whose places (towns, regions: not states' own names) lie in one state — at least
 * three mentions, twice as many as any other state's — is that state, the theatre of the events
 * and one of the article's two sides (right 14 times in 14 on damaged training copies; the
 * venue of talks, a wrong one, is no side). ("live in -occupied regions" is the occupier: not
 * before a hyphen.)
 */
function theatreState(doc: Doc, gap: Gap, kb: Kb, sides: string[]): Restoration | null {
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', gap.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, gap.start - 40), gap.start);
  if (!PLACE_SLOT.test(before) && !PLACE_SLOT_DIRECTION.test(before)) return null;
  if (!AFTER_PLACE.test(text.slice(gap.start, gap.start + 12))) return null;
  // (Where people meet is no theatre: "talks in . on Tuesday", "met in .", "travel to ... in ." name a venue.)
  const clause = text.slice(Math.max(lineStart, gap.start - 120), gap.start).split(/[.;:!?]|,[ \t]/).pop()!;
  if (VENUE_WORDS.test(clause)) return null;
  const iso = theatreOf(doc, kb);
  // (The state is one of the article's two sides: the venue of talks, "Abu Dhabi" four times, is no theatre.)
  const id = iso && (sides.length < 2 || sides.slice(0, 2).includes(iso)) ? kb.stateOf.get(iso) : undefined;
  if (!id) return null;
  return { actor: id, name: kb.actors.get(id)!.name, confidence: 0.5 };
}

/** The state whose places (not its own name) the article names most, by THEATRE_MIN and THEATRE_LEAD; null when none leads. */
function theatreOf(doc: Doc, kb: Kb): string | null {
  const counts = new Map<string, number>();
  for (const l of doc.locations) {
    if (!l.country) continue;
    const state = kb.stateOf.get(l.country);
    if (state && normName(kb.actors.get(state)!.name) === normName(l.name)) continue;
    counts.set(l.country, (counts.get(l.country) ?? 0) + l.mentions.length);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < THEATRE_MIN || (ranked.length > 1 && ranked[1][1] * THEATRE_LEAD > ranked[0][1])) return null;
  return ranked[0][0];
}

/**
 * "Prime Minister lauded the security forces", "President met Rwandan President Paul Kagame":
 * a bare office with no owner, in an article whose cast names nobody holding it, is the
 * office of the article's own state (the state it names most, the headline counting five
 * times, and twice as often as any other): its one holder on the publication date.
 */
function homeOffice(doc: Doc, gap: Gap, kb: Kb): Restoration | null {
  // (An article on two sides' war, "Prime Minister" in a Gaza story, leaves which side's open.)
  const home = homeCountry(doc, kb);
  if (!home) return null;
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', gap.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, gap.start - 80), gap.start);
  const role = roleBefore(before);
  if (!role || !BARE_TITLE.test(role.trim())) return null;
  const office = TITLE_OFFICE.find(([re]) => re.test(role.trim()));
  if (!office || ownerIso(kb, before.split(/[.,;:“”"()]/).pop()!.trim().split(/\s+/).slice(-6).join(' '))) return null;
  if (doc.actors.some((a) => a.kind === 'person' && holdsOffice(kb, office[1], a.id, doc.meta.published))) return null;
  const holders = officeHolders(kb, office[1], home, doc.meta.published);
  return holders.length === 1 ? asRestoration(holders[0], 0.5) : null;
}
/** A title alone: "President", "Prime Minister", "Foreign Minister". */
const BARE_TITLE = /^(?:President|Prime Minister|Foreign Minister|Defen[cs]e Minister)$/;
function holdsOffice(kb: Kb, office: Office, id: string, date: string | null): boolean {
  const a = kb.actors.get(id);
  return !!a && rolesOn(a, date).some((r) => r.office === office);
}

/** How far after a lost introduction the person's first bare surname is looked for: a few paragraphs. */
const INTRO_WINDOW = 1200;

/**
 * "Kharkiv Oblast Governor reported. ... According to Syniehubov": a person whom the article
 * first writes by the surname alone, after a gap where a role asks for a name, lost the full
 * name there — a news article names a person in full before it shortens the name. The gap is
 * that person's when it is a person's place (a role right before it, or a role then the
 * commas of an appositive) and the person of the cast first named nearest after it, by one
 * word and never before it in the body, is of the role's country when the role has one.
 */
function introducedLater(doc: Doc, gap: Gap, kb: Kb): Restoration | null {
  const text = doc.text;
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lineStart = text.lastIndexOf('\n', gap.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, gap.start - 80), gap.start);
  const after = text.slice(gap.start, gap.start + 3);
  const role = roleBefore(before) ?? (/,\s*$/.test(before) && /^\s*,/.test(after) ? roleBefore(before.replace(/,\s*$/, '')) : null);
  if (!role) return null;
  // The role's owner, also a few words before it: "US leader President".
  const iso = ownerIso(kb, before.split(/[.,;:“”"()]/).pop()!.trim().split(/\s+/).slice(-6).join(' '));
  const noun = role.trim().split(/\s+/).pop()!.toLowerCase().replace(/[^a-z]/g, '');
  // A body owning the role, "M23 spokesman", "Hamas negotiator": the person's known titles name it.
  const body = role.trim().split(/\s+/).slice(0, -1).find((w) => /^[\p{Lu}]/u.test(w) && !ownerIso(kb, w) && !ROLE_WORDS_LOWER.has(w.toLowerCase()) && !/^(?:Prime|Foreign|Defen[cs]e|Interior|Deputy|Special|Chief|Top|Senior|Vice|First|State|Oblast|Regional)$/.test(w));
  const firstBody = new Map<string, Mention>();
  for (const m of doc.mentions) {
    if (m.via === 'pronoun' || m.start < doc.titleEnd) continue;
    if (!firstBody.has(m.actor)) firstBody.set(m.actor, m);
  }
  let best: { m: Mention; a: Actor } | null = null;
  for (const [id, m] of firstBody) {
    if (m.start < gap.start || m.start - gap.start > INTRO_WINDOW) continue;
    const a = doc.actors.find((x) => x.id === id);
    if (a?.kind !== 'person' || /\s/.test(m.text.trim()) || !a.name.includes(' ')) continue;
    // (A first name left behind, "Vladimir", is the name cut in two, not a later surname.)
    if (normName(m.text) === normName(a.name.split(/\s+/)[0])) continue;
    if (iso && a.country && a.country !== iso) continue;
    // The role fits what the knowledge base knows the person held on the date: no mayor for a president.
    const known = kb.actors.get(id);
    const held = known ? rolesOn(known, doc.meta.published) : [];
    const titles = (held.length ? held : known?.roles ?? []).flatMap((r) => [r.title, ...r.titles]);
    // ("Russian President Vladimir ... Putin": a first name left before the gap is the name cut in two.)
    if (new RegExp(String.raw`(?<![\p{L}])${esc(a.name.split(/\s+/)[0])}(?![\p{L}])`, 'u').test(text.slice(doc.titleEnd, gap.start))) continue;
    if (titles.length && !titles.some((t) => new RegExp(String.raw`\b${noun}\b`, 'i').test(t))) continue;
    if (body && !titles.some((t) => t.toLowerCase().includes(body.toLowerCase()))) continue;
    if (!best || m.start < best.m.start) best = { m, a };
  }
  return best ? asRestoration(best.a, 0.6) : null;
}

/** The frames of restore-from-cast.ts, read on the gap's line. */
function fromCast(doc: Doc, gap: Gap, kb: Kb, sides: string[]): Restoration | null {
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', gap.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, gap.start - 80), gap.start);
  const after = text.slice(gap.start, Math.min(text.length, gap.start + 80));
  const partner = (iso: string) => pairPartner(doc, kb, iso);
  return institutionEcho(doc, kb, gap, after) ?? pairedPerson(doc, kb, gap, before, after)
    ?? ownedPlace(kb, after) ?? relationPartner(doc, kb, gap, before, sides, partner) ?? opposedObject(doc, kb, gap, before, after, sides, partner)
    ?? actedUponSide(doc, kb, gap, before, after, sides) ?? lastNamedSpeaker(doc, kb, gap, before, after)
    ?? reportedAttacker(doc, kb, gap, before, after, sides, partner) ?? quotedDemand(doc, kb, gap, after, sides, partner) ?? speakersState(doc, kb, gap)
    ?? listEcho(doc, kb, gap) ?? listThird(doc, kb, gap) ?? ownedRelation(kb, after, sides, partner) ?? compoundEcho(doc, kb, gap, after)
    ?? modifierEcho(doc, kb, before, after) ?? placeThenState(doc, kb, gap, before, after) ?? directionOfPlace(doc, kb, gap, before);
}

/** States whose English name takes "the": "talks with the .", "the -led alliance". */
const THE_STATE = /^(?:United States|United Kingdom|United Arab Emirates|Netherlands|Philippines|Gambia|Bahamas|Czech Republic|Central African Republic|Democratic Republic of the Congo|Maldives|Comoros|Seychelles|Solomon Islands|Marshall Islands|Vatican City|Holy See)$/;

/**
 * "offer from the .", "the -led alliance", "While the has stayed on": a name lost right after
 * "the" is a state whose name takes the article; when the cast has exactly one such state, it
 * is that one (right 17 times in 21 on the damaged training copies; an owner before "’s" is left alone).
 */
function theState(doc: Doc, gap: Gap, kb: Kb): Restoration | null {
  if (!/(?:^|[^\p{L}])[Tt]he[ \t]*$/u.test(doc.text.slice(Math.max(0, gap.start - 5), gap.start))) return null;
  // (Not before "’s", nor before a preposition: "return to the on Sunday" lost "UAE" as often as not — 1 right in 4.)
  // ("The and China both called", "urged the and France": a list of states, the lost one not among those it names.)
  if (/^\s*(?:['’‘]s\b|(?:on|in|at|over|with|to|for|from|by|of|or)\s)/u.test(doc.text.slice(gap.start, gap.start + 7))) return null;
  const named = new Set(listAround(kb, doc.text, gap)?.members ?? []);
  const states = doc.actors.filter((a) => a.kind === 'state' && THE_STATE.test(a.name) && !(a.country && named.has(a.country)));
  return states.length === 1 ? asRestoration(states[0], 0.55) : null;
}

/** Verbs that make a person named next to them a speaker: "Zelensky said", "said Peskov". */
const SPEECH = /^(?:said|says|told|added|noted|stressed|argued|warned|insisted|wrote|explained|stated)$/;
/** ", 43," or ", a 38-year-old priest," right after a lost name: the person is introduced there, with an age. */
const AGE_APPOSITIVE = /^[ \t]*,[ \t]*(?:(?:an?|the)[ \t]+)?\d{1,3}(?:-year-old)?(?!\d|,\d)/;
/** How far back the speaker of a quote whose speaker was lost is looked for: a paragraph or two. */
const SPEAKER_WINDOW = 600;

/**
 * "“We respect each other,” said.": a quote's lost speaker is the last person named before
 * it as a speaker ("X said", "said X") within a paragraph or two (right 10 times in 13 on the
 * damaged training copies).
 */
function lastSpeaker(doc: Doc, gap: Gap, kb: Kb, done: Gap[]): Restoration | null {
  if (gap.rule !== 'quote-without-speaker') return null;
  const text = doc.text;
  // ("…,” said , 43, a teacher": a speaker introduced there with an age is a new voice, not the last one named.)
  if (AGE_APPOSITIVE.test(text.slice(gap.start, gap.start + 30))) return null;
  // (A speaker whose own name was lost and restored counts: "Ukrainian President Volodymyr has said.")
  const restored = done.filter((g) => g.restored && g.start < gap.start).map((g) => ({ start: g.start, end: g.start, actor: g.restored!.actor, via: 'restored' }));
  const named = restored.length ? [...doc.mentions, ...restored].sort((a, b) => a.start - b.start || a.end - b.end) : doc.mentions;
  for (let i = named.length - 1; i >= 0; i--) {
    const m = named[i];
    if (m.end > gap.start) continue;
    if (gap.start - m.start > SPEAKER_WINDOW) break;
    const a = doc.actors.find((x) => x.id === m.actor) ?? kb.actors.get(m.actor);
    if (a?.kind !== 'person' || m.via === 'pronoun') continue;
    const next = /^[\s,]*(?:has\s+|had\s+)?(\p{Ll}+)/u.exec(text.slice(m.end, m.end + 25))?.[1];
    const prev = text.slice(Math.max(0, m.start - 25), m.start).split(/[\s,]+/).filter(Boolean).pop();
    if ((next && SPEECH.test(next)) || (prev && SPEECH.test(prev))) return asRestoration(a, 0.55);
  }
  return null;
}

function restoreByRule(doc: Doc, gap: Gap, kb: Kb, sides: string[], done: Gap[]): Restoration | null {
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', gap.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, gap.start - 80), gap.start);
  const after = text.slice(gap.start, Math.min(text.length, gap.start + 80));
  const state = (iso: string | null | undefined, confidence: number): Restoration | null => {
    const id = iso ? kb.stateOf.get(iso) : undefined;
    return id ? { actor: id, name: kb.actors.get(id)!.name, confidence } : null;
  };
  const personAt = (from: number, to: number): Mention | undefined =>
    doc.mentions.find((m) => m.start >= from && m.end <= to && kb.actors.get(m.actor)?.kind === 'person');

  // What the words around the gap tell, whatever rule found it.
  const firstName = /(?:^|[^\p{L}])([\p{Lu}][\p{Ll}]+)\s*$/u.exec(before);
  const role = roleBefore(before);
  if (firstName) {
    const rest = before.slice(0, before.length - firstName[0].length + 1);
    // The role may stand before an appositive's comma: "Russia’s chief negotiator, Vladimir".
    const restRole = roleBefore(rest) ?? (/,\s*$/.test(rest) ? roleBefore(rest.replace(/,\s*$/, '')) : null);
    if (HONORIFIC.test(firstName[1])) {
      // "Qatar's Prime Minister, Sheikh": a title of address, not a first name; the role names the person.
      const byTitle = restRole ? personByRole(doc, kb, restRole) : null;
      if (byTitle) return byTitle;
    } else {
      // "Rustem , head of the Ukrainian delegation": the appositive after the gap tells the country.
      const iso = ownerIso(kb, rest) ?? appositiveIso(kb, after);
      // ("Rustem , ’s chief negotiator": a role in the appositive after the gap does as well as one before the name.)
      const byFirst = personByFirstName(doc, kb, firstName[1], iso, restRole ?? appositiveRole(kb, after, false));
      if (byFirst) return byFirst;
      // "the Nato secretary general, Mark ,": the role's holder, when the first name is theirs.
      const holder = restRole ? personByRole(doc, kb, restRole) : null;
      if (holder && firstNameKey(holder.name.split(/\s+/)[0]) === firstNameKey(firstName[1])) return holder;
      // "visiting EU chiefs Ursula and": a body named just before, and the one person with that first name in one of its offices.
      const ofBody = personOfBody(doc, kb, firstName[1], rest);
      if (ofBody) return ofBody;
    }
  }
  if (role) {
    const byRole = personByRole(doc, kb, role);
    if (byRole) return byRole;
  }
  // "Ukraine's energy minister, , said": a name lost between the commas of an appositive is the role's holder.
  const appositive = /,\s*$/.test(before) && /^\s*,/.test(after) ? roleBefore(before.replace(/,\s*$/, '')) : null;
  if (appositive) {
    const byRole = personByRole(doc, kb, appositive);
    if (byRole) return byRole;
  }
  // "Rustem Umerov, ’s chief negotiator,": an appositive's lost owner is the state of the person it describes.
  const described = describedPerson(doc, kb, gap, before, after, done);
  if (described) return state(described.country, 0.7);
  // "\n, Ukraine’s chief negotiator and the head of its delegation,": the appositive after the gap names the role.
  const roleAfter = appositiveRole(kb, after, true);
  if (roleAfter) {
    const byRole = personByRole(doc, kb, roleAfter);
    if (byRole) return byRole;
  }
  const pair = pairedSide(doc, kb, gap, before, after, sides);
  if (pair) return pair;

  const echoed = echo(doc, kb, gap, before, after);
  if (echoed) return echoed;
  // ("targeting ’s energy sector": the owner of what an attack hits is its target, after a verb of attack.)
  const target = gap.rule === 'ownerless-possessive' && !/\b(?:targeting|attacked|attacking|struck|striking|hit|hitting|shelled|shelling|bombed|bombing)\s*$/i.test(before) ? null : attackTarget(doc, kb, gap, before, sides);
  if (target) return target;

  // ", in turn, accused Ukraine of launching": who accuses one side of the article's war is the other.
  const accuser = accuserSide(doc, kb, before, after, sides);
  if (accuser) return accuser;
  // "’s comments came after", "surprised by ’s remarks": words spoken are a person's, the article's main one.
  if (SPOKEN_WORDS.test(after)) {
    const main = mainPerson(doc, kb);
    if (main) return asRestoration(main, 0.55);
  }

  switch (gap.rule) {
    case 'ownerless-possessive': {
      // "‘s foreign minister Sergey Lavrov": the state of the person the phrase names.
      const clauseEnd = gap.start + (/^[^,.;]*/.exec(after)?.[0].length ?? 0);
      const person = personAt(gap.start, Math.min(clauseEnd, gap.start + 50));
      if (person && onlyRoleWords(text.slice(gap.start, person.start))) return state(kb.actors.get(person.actor)?.country, 0.85);
      // "’s delegation was led by national security secretary Rustem Umerov", "’s team includes Kyrylo Budanov": the state of its member.
      const led = LED_BY.exec(after);
      const member = led ? personAt(gap.start + led[0].length, Math.min(clauseEnd, gap.start + led[0].length + 60)) : undefined;
      if (member && (member.start === gap.start + led![0].length || onlyRoleWords('’s ' + text.slice(gap.start + led![0].length, member.start)))) return state(kb.actors.get(member.actor)?.country, 0.75);
      // "talks in ‘s capital Doha": the state whose capital it is.
      const capital = /^['’‘]s\s+capital,?\s+([\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?)/u.exec(after);
      if (capital) {
        const key = normName(capital[1]);
        const iso = kb.capitalStates.get(key) ?? kb.places.get(key)?.[0]?.country;
        if (iso) return state(iso, 0.85);
      }
      // "’s foreign minister drove the point home": the state of the one person of the cast who holds that office.
      const office = ownerlessOffice(doc, kb, gap, after);
      if (office) return office;
      return null;
    }
    case 'line-opens-on-space': {
      // "\n Prime Minister Benjamin Netanyahu said": the state of the person the role names.
      const person = personAt(gap.start, gap.start + 60);
      if (person && /^\s+(?:[\p{Lu}][\p{L}.-]*\s+){1,3}$/u.test(text.slice(gap.start, person.start)) && roleBefore(text.slice(gap.start, person.start).trimEnd()) !== null) return state(kb.actors.get(person.actor)?.country, 0.8);
      return null;
    }
    case 'space-before-punctuation':
      // "withdrawal of his troops from .": a place the sentence's agent leaves or enters is the other side's.
      if (withdrawFrom(before) || AGGRESSION_VERB.test(before)) return objectSide(doc, gap, kb, sides, done, 0.6);
      return null;
    case 'objectless-as':
    case 'ownerless-role-noun':
      return objectSide(doc, gap, kb, sides, done, 0.5);
    case 'subjectless-that-clause': {
      // "Yermak has stated that is “ready": a speaker speaks for their own state.
      // (The speaker of the sentence itself: "Reports suggest that would agree" after a sentence naming someone has none.)
      const sentenceStart = doc.sentences.find((x) => x.start <= gap.start && gap.start < x.end)?.start ?? lineStart;
      const speaker = [...doc.mentions].reverse().find((m) => m.end <= gap.start && m.start >= Math.max(lineStart, sentenceStart) && kb.actors.get(m.actor)?.kind === 'person');
      return speaker ? state(kb.actors.get(speaker.actor)?.country, 0.6) : null;
    }
    case 'subjectless-main-clause': {
      // "..., has dispatched his chief of staff Andriy Yermak": the state of the person named after "his".
      const m = /^[^.;]{0,40}?\b(?:his|her|its)\b/.exec(after);
      const person = m ? personAt(gap.start, gap.start + 90) : undefined;
      return person ? state(kb.actors.get(person.actor)?.country, 0.6) : null;
    }
    case 'paragraph-opens-on-verb': {
      // A photo's name label above the paragraph names who the article is about.
      const prevLines = text.slice(Math.max(0, gap.start - 400), gap.start).split('\n').map((l) => l.trim()).filter(Boolean);
      for (let i = prevLines.length - 1; i >= Math.max(0, prevLines.length - 3); i--) {
        if (isNameLabel(prevLines[i])) {
          const ids = kb.names.get(normName(prevLines[i]));
          const person = ids?.map((id) => kb.actors.get(id)!).find((a) => a.kind === 'person');
          if (person) return { actor: person.id, name: person.name, confidence: 0.6 };
        }
      }
      return null;
    }
    default:
      return null;
  }
}

/** A clause's lost subject, then "accused X of" / "blamed X for" (an opening phrase between commas, auxiliaries and adverbs allowed). */
const ACCUSES = /^[ \t]*(?:,[^,\n]{1,30},[ \t]*)?(?:(?:has|have|had|also|again|repeatedly|previously|then)[ \t]+){0,3}(?:accused|accuses|accusing|blamed|blames|blaming)[ \t]+(?:the[ \t]+)?([\p{Lu}][\p{L}.]*(?:[ \t][\p{Lu}][\p{L}.]*)?)[ \t]+(?:of|for)[ \t]/u;
/** Where a clause opens: a sentence's or line's start, after a comma or a conjunction. */
const CLAUSE_OPENS = /(?:^|[.!?]["”’]?[ \t]+|[,;:][ \t]*|[ \t](?:and|but|while|as|after|when)[ \t]+)$/;
/**
 * ", in turn, accused Ukraine of launching drones": the lost subject accuses one of the article's
 * two sides, so it is the other (the accused named by a state's name, capital or demonym).
 */
function accuserSide(doc: Doc, kb: Kb, before: string, after: string, sides: string[]): Restoration | null {
  if (sides.length < 2 || !CLAUSE_OPENS.test(before)) return null;
  const m = ACCUSES.exec(after);
  const accused = m ? ownerIso(kb, m[1]) : null;
  if (!accused || !sides.slice(0, 2).includes(accused)) return null;
  // (The state the article pairs with the accused, "Ukraine and Russia", before the second of its most named: a mediator may be that.)
  const other = pairPartner(doc, kb, accused) ?? (accused === sides[0] ? sides[1] : sides[0]);
  const id = kb.stateOf.get(other);
  return id ? { actor: id, name: kb.actors.get(id)!.name, confidence: 0.6 } : null;
}

/** An ownerless possessive's team and who leads it or is in it: "’s delegation was led by ", "’s team includes ". */
const LED_BY = /^['’‘]s (?:negotiating )?(?:delegation|team|negotiators|side) (?:(?:was|is|will be|had been|has been) (?:led|headed) by|includes|included|comprises) /;
/** An ownerless possessive before what someone said: "’s comments", "’s remarks on Friday", "’s June 14 speech". */
const SPOKEN_WORDS = /^['’‘]s[ \t]+(?:[\p{L}\d-]+[ \t]+){0,2}?(?:comments|remarks|words|speech|statement|interview|address)(?![\p{L}])/u;

/**
 * The person the article names most often in its body, when no other person is named as
 * often (pronouns not counted).
 */
function mainPerson(doc: Doc, kb: Kb): Actor | KbActor | null {
  const counts = new Map<string, number>();
  for (const m of doc.mentions) {
    if (m.via === 'pronoun' || m.start < doc.titleEnd) continue;
    const a = doc.actors.find((x) => x.id === m.actor) ?? kb.actors.get(m.actor);
    if (a?.kind === 'person') counts.set(a.id, (counts.get(a.id) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[1][1] * MAIN_PERSON_LEAD > ranked[0][1])) return null;
  return doc.actors.find((x) => x.id === ranked[0][0]) ?? kb.actors.get(ranked[0][0]) ?? null;
}
/** How many times as often as the next person the main person is named. */
const MAIN_PERSON_LEAD = 1.01;

const mentionIndexes = new WeakMap<readonly Mention[], { byStart: Map<number, number>; byEnd: Map<number, number> }>();

/** Where mentions start (the first in the list there) and end (the last in the list there). */
function mentionEnds(doc: Doc): { byStart: Map<number, number>; byEnd: Map<number, number> } {
  let index = mentionIndexes.get(doc.mentions);
  if (!index) {
    index = { byStart: new Map(), byEnd: new Map() };
    doc.mentions.forEach((m, i) => { if (!index!.byStart.has(m.start)) index!.byStart.set(m.start, i); index!.byEnd.set(m.end, i); });
    mentionIndexes.set(doc.mentions, index);
  }
  return index;
}

const FUNCTION_WORD = /^(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|but|that|this|these|those|as|is|was|were|are|be|been|has|have|had|he|she|it|they|we|his|her|its|their|said|says|told|who|which|than|then|also|not|no)$/i;

/**
 * The article's own phrasing: the words next to the gap written elsewhere with a name
 * ("the war in ." and "the war in Ukraine"; "’s energy minister said" and "Ukraine’s energy
 * minister"): the one actor the article puts there.
 */
function echo(doc: Doc, kb: Kb, gap: Gap, before: string, after: string): Restoration | null {
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new Set<string>();
  // (Read within a window around the gap, and mentions found by where they start or end: see ECHO_WINDOW.)
  const from = Math.max(0, gap.start - ECHO_WINDOW);
  const near = doc.text.slice(from, gap.start + ECHO_WINDOW);
  const { byStart, byEnd } = mentionEnds(doc);
  const take = (m: Mention | undefined) => {
    const a = m && (kb.actors.get(m.actor) ?? doc.actors.find((x) => x.id === m.actor));
    if (a && (a.kind === 'person' || a.kind === 'state') && m!.via !== 'pronoun') found.add(a.id);
  };
  const left = /(?:^|\s)([\p{L}’'-]+\s+[\p{L}’'-]+)\s*$/u.exec(before)?.[1];
  const leftWords = left?.split(/\s+/) ?? [];
  if (left && leftWords.some((w) => !FUNCTION_WORD.test(w)) && !/\bbetween$/i.test(left)) {
    for (const m of matchesOf(near, new RegExp(String.raw`(?<![\p{L}])${esc(left)}\s+(?=[\p{Lu}])`, 'gu'))) {
      const at = from + m.index! + m[0].length;
      if (at === gap.start || (m.index === 0 && from > 0 && /\p{L}/u.test(doc.text[from - 1]))) continue;
      const first = byStart.get(at);
      const second = /^the /i.test(doc.text.slice(at, at + 4)) ? byStart.get(at + 4) : undefined;
      take(doc.mentions[Math.min(first ?? Infinity, second ?? Infinity)]);
    }
  }
  // "’s negotiator", "’s foreign minister": the possessive's first content word is enough.
  const right = /^['’‘]s\s+(?:(?:the|a|an|its|new|top|chief|former|senior|main)\s+)?([\p{L}-]+)/u.exec(after)?.[1];
  if (right && !FUNCTION_WORD.test(right)) {
    for (const m of matchesOf(near, new RegExp(String.raw`(?<=[\p{L}.])['’‘]s\s+(?:(?:the|a|an|its|new|top|chief|former|senior|main)\s+)?${esc(right)}(?![\p{L}])`, 'gu'))) {
      const at = from + m.index!;
      if (at <= gap.start && gap.start <= at + 1) continue;
      take(doc.mentions[byEnd.get(at) ?? Infinity]);
    }
  }
  if (found.size !== 1) return null;
  const a = kb.actors.get([...found][0]) ?? doc.actors.find((x) => x.id === [...found][0])!;
  return { actor: a.id, name: a.name, confidence: 0.7 };
}

/** How far from an ownerless "’s foreign minister" its holder is looked for: about two paragraphs. */
const OFFICE_WINDOW = 800;
/** A role noun right after an ownerless possessive, no name following it: "’s foreign minister said". */
const POSSESSED_ROLE = /^['’‘]s\s+((?:(?:top|chief|deputy|foreign|defen[cs]e|interior|finance|energy|prime|first|vice|national security)\s+)*(?:foreign minister|defen[cs]e minister|minister|president|prime minister|chancellor|envoy|negotiator|spokes(?:man|woman|person)|ambassador|leader|premier|king|emir))(?![\p{L}])(?!,?\s+[\p{Lu}])/u;
function ownerlessOffice(doc: Doc, kb: Kb, gap: Gap, after: string): Restoration | null {
  const m = POSSESSED_ROLE.exec(after);
  if (!m || OTHER_OFFICE.test(m[1])) return null;
  const head = normName(m[1]);
  const states = new Set<string>();
  // (Only people named near the gap: a page of passages from many conflicts has many foreign ministers.)
  const near = new Set(doc.mentions.filter((x) => Math.abs(x.start - gap.start) <= OFFICE_WINDOW).map((x) => x.actor));
  for (const a of doc.actors) {
    if (a.kind !== 'person' || !a.country || !near.has(a.id)) continue;
    if (holdsRole(kb, a.id, head, null, doc.meta.published)) states.add(a.country);
  }
  if (states.size !== 1) return null;
  const id = kb.stateOf.get([...states][0]);
  return id ? { actor: id, name: kb.actors.get(id)!.name, confidence: 0.75 } : null;
}

/** "Russian forces launched 138 drones at .", "targeting ’s energy grid": the side an attack hits is the other side of its agent. */
function attackBefore(before: string): boolean {
  return /\b(?:targeting|fight|fighting|attacked|attacking|invasion of|aggression against|war (?:on|against)|freeze|freezing|starve|starving|coerce|coercing|deprive|depriving|leverage against)$/i.test(before.trimEnd())
    // "ceding any territory to ": what one side would cede goes to the other.
    || wordThenEnd(before, /\b(?:cede|cedes|ceded|ceding|surrender|surrendering|hand over|handing over)\b/gi, /[.;,]/, 40, /\bto$/i)
    || wordThenEnd(before, /\b(?:launched|fired|struck|strikes?|airstrikes?|attacks?|drones?|missiles?|shelling|bombs?)\b/gi, /[.;,]/, 50, /\b(?:at|on|against)$/i);
}
/** A dateline opening a sentence: "KYIV, June 17 (Reuters) - ", "GOMA, Congo (AP) — ". */
const DATELINE = /^[ \t]*[\p{Lu}][\p{Lu} .'/-]{1,40},[^\n()]{0,40}\([\p{L} ]{1,30}\)[ \t]*[-–—][ \t]*/u;
function attackTarget(doc: Doc, kb: Kb, gap: Gap, before: string, sides: string[]): Restoration | null {
  if (!attackBefore(before)) return null;
  const si = doc.sentences.findIndex((x) => x.start <= gap.start && gap.start < x.end);
  if (si < 0) return null;
  // The agent: the first state the sentence names, by name, seat or demonym.
  let agent: string | null = null;
  // (Not the town of a dateline, "KYIV, June 17 (Reuters) - Russia launched ... attacks on ": the agent follows it.)
  const head = doc.text.slice(doc.sentences[si].start, gap.start);
  const dateline = DATELINE.exec(head);
  const firstState = (t: string) => {
    for (const w of matchesOf(t, /[\p{Lu}][\p{L}.]*/gu)) {
      const key = normName(w[0]);
      const iso = kb.demonyms.get(key) ?? stateByName(kb, key)?.country ?? kb.metonyms.get(key) ?? null;
      if (iso) return iso;
    }
    return null;
  };
  // (The attack's own clause first: "... during the conflict, which began when Israel launched an air campaign targeting ".)
  const body = head.slice(dateline ? dateline[0].length : 0);
  const cut = Math.max(body.lastIndexOf(','), body.lastIndexOf(';'));
  agent = (cut >= 0 ? firstState(body.slice(cut + 1)) : null) ?? firstState(body);
  if (!agent) return null;
  const other = pairPartner(doc, kb, agent) ?? (sides.includes(agent) && sides.length > 1 ? (agent === sides[0] ? sides[1] : sides[0]) : null);
  const id = other ? kb.stateOf.get(other) : undefined;
  return id ? { actor: id, name: kb.actors.get(id)!.name, confidence: 0.65 } : null;
}

/** The state a word before a role names: "Russian", "U.S.", "Israel's". */
function ownerIso(kb: Kb, phrase: string): string | null {
  for (const w of phrase.split(/\s+/).reverse()) {
    const key = normName(w.replace(/['’‘]s$/, ''));
    if (!key) continue;
    const iso = kb.demonyms.get(key) ?? stateByName(kb, key)?.country ?? kb.metonyms.get(key);
    if (iso) return iso;
  }
  return null;
}

function asRestoration(a: Actor | KbActor, confidence: number): Restoration {
  return { actor: a.id, name: a.name, confidence };
}

/** "Vladimir" left of a lost surname: the one person of the cast with that first name, else of the knowledge base. */
function personByFirstName(doc: Doc, kb: Kb, first: string, iso: string | null, role: string | null): Restoration | null {
  const found = personByFirstNameAny(doc, kb, first, iso, role);
  // (A person the article names elsewhere keeps the name it is listed under.)
  if (!found || found.name.split(/\s+/)[0] === first || doc.actors.some((a) => a.id === found.actor)) return found;
  // "Sergey" before the lost "Lavrov": the name as the article spells it, where the knowledge base has that spelling ("Sergey Lavrov" for Sergei Lavrov).
  const alias = kb.actors.get(found.actor)?.aliases.find((a) => a.split(/\s+/)[0] === first && a.split(/\s+/).length === found.name.split(/\s+/).length);
  return alias ? { ...found, name: alias } : found;
}

function personByFirstNameAny(doc: Doc, kb: Kb, first: string, iso: string | null, role: string | null): Restoration | null {
  const key = firstNameKey(first);
  const starts = (name: string) => name.includes(' ') && firstNameKey(name.split(/\s+/)[0]) === key;
  let cast: (Actor | KbActor)[] = doc.actors.filter((a) => a.kind === 'person' && starts(a.name) && (!iso || a.country === iso));
  if (role && (cast.length > 1 || AIDE_ROLE.test(role.trim()))) {
    const holding = cast.filter((a) => holdsRole(kb, a.id, roleHead(kb, role), iso, doc.meta.published));
    // ("Russia’s chief negotiator, Vladimir": no head of state is written with an aide's role; when
    // nobody of the cast holds the role by name, the one who leads no state or government is meant.)
    const aides = holding.length || !AIDE_ROLE.test(role.trim()) ? holding : cast.filter((a) => !leadsOn(kb, a.id, doc.meta.published));
    if (!holding.length && aides.length === 1) return asRestoration(aides[0], 0.7);
    if (cast.length > 1 || !aides.length) cast = aides;
  }
  if (cast.length === 1) return asRestoration(cast[0], 0.9);
  if (cast.length > 1) return null;
  let known = [...kb.actors.values()].filter((a) => a.kind === 'person' && starts(a.name) && (!iso || a.country === iso) && rolesOn(a, doc.meta.published).length > 0);
  if (known.length > 1 && role) known = known.filter((a) => holdsRole(kb, a.id, roleHead(kb, role), iso, doc.meta.published));
  // (A first name alone, with neither a country nor a role, is not enough outside the cast:
  // "killed Serhiy , a 56-year-old" is no minister of the knowledge base.)
  if (known.length === 1 && (iso || role)) return asRestoration(known[0], 0.8);
  if (known.length > 1 || !iso || !role) return null;
  // "Georgian President Salome": with a country and a role, the one person of that country with
  // that first name who held the role at any time (the knowledge base's dates may lag behind).
  const head = roleHead(kb, role);
  const ever = [...kb.actors.values()].filter((a) => a.kind === 'person' && starts(a.name) && a.country === iso
    && a.roles.some((r) => r.country === iso && r.titles.some((t) => normName(t).endsWith(head))));
  return ever.length === 1 ? asRestoration(ever[0], 0.75) : null;
}

/**
 * "EU chiefs Ursula", "the UN chief, Antonio": a body (not a state) named in the words just before
 * a lost surname's first name; the one person the knowledge base has in an office of that body on
 * the date with that first name.
 */
function personOfBody(doc: Doc, kb: Kb, first: string, rest: string): Restoration | null {
  const clause = rest.slice(Math.max(0, rest.length - 60));
  const cut = Math.max(clause.lastIndexOf('.'), clause.lastIndexOf(';'), clause.lastIndexOf(':'));
  const bodies = new Set<string>();
  for (const w of clause.slice(cut + 1).split(/[\s,’'‘]+/)) {
    if (!/^[\p{Lu}]/u.test(w)) continue;
    for (const id of [...(kb.names.get(normName(w)) ?? []), ...(kb.strictNames.get(w) ?? [])]) {
      const k = kb.actors.get(id)?.kind;
      if (k && k !== 'state' && k !== 'person') bodies.add(id);
    }
  }
  if (!bodies.size) return null;
  const key = firstNameKey(first);
  const known = [...kb.actors.values()].filter((a) => a.kind === 'person' && a.name.includes(' ') && firstNameKey(a.name.split(/\s+/)[0]) === key
    && rolesOn(a, doc.meta.published).some((r) => !!r.org && bodies.has(r.org)));
  return known.length === 1 ? asRestoration(known[0], 0.75) : null;
}

/** A title of address before a name: "Sheikh", "Sir", "General". */
const HONORIFIC = /^(?:Sheikh|Shaikh|Sir|Dame|Lord|Lady|General|Gen|Admiral|Colonel|Col|Major|Captain|Dr|Mr|Mrs|Ms|Imam|Rabbi|Cardinal|Archbishop|Emir|Prince|Princess|King|Queen)$/;
/** A role no head of state or government is written with: "chief negotiator", "envoy", "spokesman". */
const AIDE_ROLE = /\b(?:negotiator|envoy|aide|adviser|advisor|spokes(?:man|woman|person)|ambassador|delegate|official|secretary)$/i;
/** Whether the knowledge base has the person at the head of a state or government on the date. */
function leadsOn(kb: Kb, id: string, date: string | null): boolean {
  const a = kb.actors.get(id);
  return !!a && rolesOn(a, date).some((r) => r.office === 'head_of_state' || r.office === 'head_of_government');
}
/** The one first name in its spellings: "Sergei" and "Sergey", "Dmitri" and "Dmitry". */
function firstNameKey(name: string): string {
  return normName(name).replace(/y/g, 'i').replace(/kh/g, 'h').replace(/([a-z])\1/g, '$1');
}
/**
 * "Rustem Umerov, ’s chief negotiator": the person named (or restored) right before the comma
 * of an appositive whose owner was lost, when what the owner has is a role.
 */
function describedPerson(doc: Doc, kb: Kb, gap: Gap, before: string, after: string, done: Gap[]): Actor | KbActor | null {
  const comma = /,[ \t]*$/.exec(before);
  const owned = /^['’‘]s[ \t]+([^,.;:“”"()\n]{1,60})/.exec(after);
  if (!comma || !owned) return null;
  const phrase = owned[1].split(/[ \t](?:and|who|which|said|says|told|has|had|was|is|on|in|at|for|to)[ \t]/)[0].trim();
  if (roleBefore(phrase) !== phrase || OTHER_OFFICE.test(phrase)) return null;
  const at = gap.start - comma[0].length;
  const m = [...doc.mentions].reverse().find((x) => x.end <= at && x.end >= at - 1 && x.via !== 'pronoun');
  const id = m?.actor ?? done.find((g) => g.restored && g.start <= at && g.start >= at - 1)?.restored?.actor;
  const a = id ? (doc.actors.find((x) => x.id === id) ?? kb.actors.get(id)) : undefined;
  return a?.kind === 'person' && a.country ? a : null;
}

/**
 * ", Ukraine’s chief negotiator," / ", the Russian foreign minister, said" right after a lost name:
 * the role the appositive gives, when it is nothing but an owner and the role ("a former Ukrainian
 * minister", "the head of ..." are not); `withOwner`: only when the owner (a state or its demonym)
 * is written (", ’s chief negotiator" lost it).
 */
function appositiveRole(kb: Kb, after: string, withOwner: boolean): string | null {
  const m = /^[ \t]*,[ \t]*(?:the[ \t]+|['’‘]s[ \t]+)?([^,.;:“”"()\n]{1,60})/.exec(after);
  if (!m) return null;
  const phrase = m[1].split(/[ \t](?:and|who|which|said|says|told|has|had|was|is|on|in|at|for|to)[ \t]/)[0].trim();
  const role = roleBefore(phrase);
  if (role !== phrase || OTHER_OFFICE.test(phrase) || (withOwner && !ownerIso(kb, phrase.split(/\s+/).slice(0, -1).join(' ')))) return null;
  return phrase;
}
/** ", head of the Ukrainian delegation," after a lost surname: the state the appositive names. */
function appositiveIso(kb: Kb, after: string): string | null {
  const m = /^\s*,\s*([^,.;:“”"()]{1,80})/.exec(after);
  return m ? ownerIso(kb, m[1]) : null;
}

/** "Russian Deputy Foreign Minister" -> "deputy foreign minister": the role without its owner. */
function roleHead(kb: Kb, phrase: string): string {
  const words = phrase.trim().split(/\s+/).filter((w) => !kb.demonyms.has(normName(w)) && !stateByName(kb, normName(w.replace(/['’‘]s$/, ''))) && !kb.metonyms.has(normName(w)));
  return normName(words.join(' '));
}

/** Whether the knowledge base gives the person a role titled with `head` on the date. */
function holdsRole(kb: Kb, id: string, head: string, iso: string | null, date: string | null): boolean {
  const a = kb.actors.get(id);
  if (!a || !head) return false;
  // ("deputy foreign minister" is another office than "foreign minister": no shortening past it.)
  const short = OTHER_OFFICE.test(head) ? head : head.split(' ').slice(-2).join(' ');
  // (Nor is a deputy's title the office itself: "Deputy Foreign Minister" does not end a foreign minister's.)
  const fits = (t: string) => (normName(t).endsWith(head) && (OTHER_OFFICE.test(head) || !OTHER_OFFICE.test(t))) || (head !== short && normName(t) === short);
  return rolesOn(a, date).some((r) => (!iso || r.country === iso) && r.titles.some(fits));
}

/** "US special envoy" before a lost name: whom the article names with that role, else who held the office. */
function personByRole(doc: Doc, kb: Kb, phrase: string): Restoration | null {
  const words = phrase.trim().split(/\s+/);
  const iso = ownerIso(kb, words.slice(0, -1).join(' '));
  // The head: the role noun with the modifier before it, if that is a lower-case word or a title word.
  const roleWords = words.filter((w) => !kb.demonyms.has(normName(w)) && !stateByName(kb, normName(w.replace(/['’‘]s$/, ''))));
  const head = roleWords.slice(-2).join(' ');
  const headRe = new RegExp(String.raw`(?:^|[^\p{L}])${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},?\s+$`, 'iu');
  const named = new Set<string>();
  for (const m of doc.mentions) {
    if (m.via === 'pronoun' || m.via === 'title') continue;
    const a = doc.actors.find((x) => x.id === m.actor);
    if (a?.kind !== 'person' || (iso && a.country !== iso)) continue;
    const lead = doc.text.slice(Math.max(0, m.start - 60), m.start);
    const h = headRe.exec(lead);
    // ("Deputy Foreign Minister Sergei Ryabkov" is not named as the foreign minister.)
    if (h && (OTHER_OFFICE.test(head) || !OTHER_OFFICE.test(lead.slice(0, h.index + 1).split(/\s+/).filter(Boolean).pop() ?? ''))) named.add(a.id);
  }
  // The cast's people whose known role has that title: "Kremlin spokesman" -> Dmitry Peskov.
  const iso2 = iso ?? ownerIso(kb, phrase);
  const byRole = doc.actors.filter((a) => a.kind === 'person' && holdsRole(kb, a.id, roleHead(kb, phrase), iso2, doc.meta.published));
  // A title without its country ("President") fits every president of the cast: only one may hold it.
  const unique = iso2 !== null || byRole.length <= 1;
  if (named.size === 1 && unique) return asRestoration(doc.actors.find((a) => a.id === [...named][0])!, 0.85);
  if (named.size > 1) return null;
  if (byRole.length === 1) return asRestoration(byRole[0], 0.8);
  const office = TITLE_OFFICE.find(([re]) => re.test(phrase.trim()));
  if (office && iso && !OTHER_OFFICE.test(phrase)) {
    const holders = officeHolders(kb, office[1], iso, doc.meta.published);
    if (holders.length === 1) return asRestoration(holders[0], 0.9);
  }
  // "Kremlin spokesman", "Russian Deputy Foreign Minister" naming nobody of the cast: the one
  // person the knowledge base gives that title for that state on the date.
  // Without an owner ("Foreign Ministry spokeswoman", "Treasury Secretary"), the one holder of that
  // title among the states the article names; a bare office ("President") fits too many.
  if (!iso2 && byRole.length === 0 && named.size === 0) {
    const title = normName(phrase.trim());
    if (title.includes(' ') && !OTHER_OFFICE.test(title) && !BARE_OFFICE.test(title)) {
      const states = new Set<string>();
      for (const m of doc.mentions) {
        const a = kb.actors.get(m.actor) ?? doc.actors.find((x) => x.id === m.actor);
        if (a?.kind === 'state' && a.country && m.via !== 'pronoun') states.add(a.country);
      }
      // ("the Nato secretary general": a body's office, its holder's role kept with the body.)
      const orgs = new Set(words.flatMap((w) => [...(kb.names.get(normName(w)) ?? []), ...(kb.strictNames.get(w) ?? [])]).filter((id) => { const k = kb.actors.get(id)?.kind; return k !== 'state' && k !== 'person'; }));
      const known = [...kb.actors.values()].filter((a) => a.kind === 'person' && rolesOn(a, doc.meta.published).some((r) => (r.org ? orgs.has(r.org) : !!r.country && states.has(r.country)) && r.titles.some((t) => normName(t) === title || normName(t).endsWith(' ' + title))));
      if (known.length === 1) return asRestoration(known[0], 0.8);
    }
  }
  if (iso2 && byRole.length === 0 && named.size === 0) {
    // The title as written, a seat's name kept ("Kremlin spokesman"), else without its owner.
    const written = normName(phrase.trim().split(/\s+/).filter((w) => !kb.demonyms.has(normName(w)) && !stateByName(kb, normName(w.replace(/['’‘]s$/, '')))).join(' '));
    const head = roleHead(kb, phrase);
    const people = [...kb.actors.values()].filter((a) => a.kind === 'person');
    for (const title of [written, head]) {
      if (!title.includes(' ') && /^(?:president|minister|leader|envoy|adviser|advisor|commander|ambassador|secretary|negotiator|mediator|governor|mayor|senator)$/.test(title)) continue;
      const known = people.filter((a) => rolesOn(a, doc.meta.published).some((r) => r.country === iso2 && r.titles.some((t) => normName(t) === title || normName(t).endsWith(' ' + title))));
      if (known.length === 1) return asRestoration(known[0], 0.8);
      if (known.length > 1) break;
    }
  }
  return null;
}

/** The state a mention or word at `at` stands for. */
function isoAt(doc: Doc, kb: Kb, start: number, end: number): string | null {
  const m = doc.mentions.find((x) => x.start < end && start < x.end);
  if (m) {
    const a = kb.actors.get(m.actor) ?? doc.actors.find((x) => x.id === m.actor);
    if (a?.kind === 'state') return a.country;
  }
  const key = normName(doc.text.slice(start, end));
  return stateByName(kb, key)?.country ?? kb.metonyms.get(key) ?? kb.demonyms.get(key) ?? null;
}

/** "Russia and " opening a sentence (or the line, or a dateline's dash). */
const OPENING_PAIR = /(?:^|[.!?]\s+|[-–—]\s+)(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?\s+and\s*$/u;

// A side's name, and the forms a pair of sides takes around a gap (made once, not at each call).
const PAIR_NAME = String.raw`((?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)`;
const AND_THEN_NAME = new RegExp(String.raw`^\s*and\s+${PAIR_NAME}`, 'u');
const NAME_THEN_AND = new RegExp(String.raw`(?:^|\bbetween\s+)${PAIR_NAME}\s+and\s*$`, 'u');
const HYPHEN_THEN_NAME = new RegExp(String.raw`^-${PAIR_NAME}`, 'u');
const NAME_THEN_HYPHEN = new RegExp(String.raw`${PAIR_NAME}-$`, 'u');
const INVASION_OF_NAME = new RegExp(String.raw`^['’‘]s\s+(?:full-scale\s+|all-out\s+|\d{4}\s+)?(?:invasion|war|aggression|offensive|attacks?)\s+(?:of|on|against)\s+${PAIR_NAME}`, 'u');
/** "between and Kyiv", "Ukraine and .", "the Ukraine- war", "the -Russia conflict", "‘s invasion of Ukraine": the side facing the named one. */
function pairedSide(doc: Doc, kb: Kb, gap: Gap, before: string, after: string, sides: string[]): Restoration | null {
  if (sides.length < 2) return null;
  let partner: [number, number] | null = null;
  const a = AND_THEN_NAME.exec(after);
  const b = NAME_THEN_AND.exec(before);
  const c = HYPHEN_THEN_NAME.exec(after);
  const d = NAME_THEN_HYPHEN.exec(before.trimEnd());
  const e = INVASION_OF_NAME.exec(after);
  const between = /\bbetween\s*$/.test(before) || /\b(?:between|talks with|war with)\s+[\p{Lu}][\p{L}]+\s+and\s*$/u.test(before);
  if (a && (/\bbetween\s*$/.test(before) || /(?:^|[.!?]\s+|[-–—]\s+)$/.test(before))) partner = [gap.start + a.index + a[0].length - a[1].length, gap.start + a.index + a[0].length];
  // ("Russia and have exchanged 157 prisoners": the pair opens the sentence, its second member lost.)
  else if (b && (between || OPENING_PAIR.test(before))) partner = [gap.start - b[0].length + (b.index ? 0 : 0) + b[0].indexOf(b[1]), gap.start - b[0].length + b[0].indexOf(b[1]) + b[1].length];
  else if (c) partner = [gap.start + 1, gap.start + 1 + c[1].length];
  else if (d) { const end = gap.start - (before.length - before.trimEnd().length) - 1; partner = [end - d[1].length, end]; }
  else if (e) partner = [gap.start + e[0].length - e[1].length, gap.start + e[0].length];
  if (!partner) return null;
  if (/^\s*[\p{Lu}]/u.test(doc.text.slice(partner[1], partner[1] + 2)) || kb.demonyms.has(normName(doc.text.slice(partner[0], partner[1])))) return null;
  const iso = isoAt(doc, kb, partner[0], partner[1]);
  if (!iso) return null;
  const other = pairPartner(doc, kb, iso) ?? (sides.includes(iso) ? (iso === sides[0] ? sides[1] : sides[0]) : null);
  const id = other ? kb.stateOf.get(other) : undefined;
  return id ? { actor: id, name: kb.actors.get(id)!.name, confidence: 0.75 } : null;
}

/** Verbs after a reported "that" first read in session 23: their gaps are restored from the speaker alone. */
const NEW_THAT_VERB = /^(?:and[ \t]|(?:(?:completely|fully|immediately|still|also|never|firmly|already|now)[ \t]+)?(?:intends|intended|plans|planned|expects|exists|seeks|aims|cease|surrender|launched)\b)/;

/**
 * "Ukraine accused of undermining", "Russia, in turn, accused of launching": the clause's subject, a state
 * of the article's two sides, accuses the other (the state the article pairs it with, else the other side).
 */
function accusedSide(doc: Doc, gap: Gap, kb: Kb, sides: string[]): Restoration | null {
  if (sides.length < 2) return null;
  let before = doc.text.slice(Math.max(0, gap.start - 100), gap.start).replace(/accused[ \t]*$/, '').trimEnd();
  before = before.replace(/,[ \t]+(?:in turn|for (?:its|his|her|their) part|meanwhile|however|too|again),?$/i, '');
  const words = before.split(/[ \t]+/);
  let i = words.length;
  while (i > 0 && words.length - i < 6 && /^[\p{Lu}][\p{L}.’'-]*$/u.test(words[i - 1])) i--;
  const iso = i < words.length ? ownerIso(kb, words.slice(i).join(' ')) : null;
  if (!iso || !sides.slice(0, 2).includes(iso)) return null;
  const other = pairPartner(doc, kb, iso) ?? (iso === sides[0] ? sides[1] : sides[0]);
  const id = kb.stateOf.get(other);
  return id ? { actor: id, name: kb.actors.get(id)!.name, confidence: 0.6 } : null;
}

/** The other member of a pair whose second was lost after "and": the side paired with the first, of the article's two. */
function pairMember(doc: Doc, gap: Gap, kb: Kb, sides: string[]): Restoration | null {
  if (sides.length < 2) return null;
  const words = doc.text.slice(Math.max(0, gap.start - 60), gap.start).trimEnd().split(/[ \t]+/);
  if (words.pop() !== 'and') return null;
  if (words.length) words[words.length - 1] = words[words.length - 1].replace(/,$/, '');
  let i = words.length;
  while (i > 0 && words.length - i < 3 && /^[\p{Lu}][\p{L}.’'-]*$/u.test(words[i - 1])) i--;
  const iso = i < words.length ? ownerIso(kb, words.slice(i).join(' ')) : null;
  if (!iso || !sides.slice(0, 2).includes(iso)) return null;
  const other = pairPartner(doc, kb, iso) ?? (iso === sides[0] ? sides[1] : sides[0]);
  const id = kb.stateOf.get(other);
  return id ? { actor: id, name: kb.actors.get(id)!.name, confidence: 0.6 } : null;
}

/** The state the article pairs with `iso` most often: "Russia and Ukraine", "the Ukraine-Russia war", "between Kyiv and Moscow". */
function pairPartner(doc: Doc, kb: Kb, iso: string): string | null {
  const countryOf = (m: Mention) => {
    const a = kb.actors.get(m.actor) ?? doc.actors.find((x) => x.id === m.actor);
    return a?.kind === 'state' ? a.country : null;
  };
  const counts = new Map<string, number>();
  const states = doc.mentions.filter((m) => countryOf(m));
  for (let i = 0; i + 1 < states.length; i++) {
    const [x, y] = [states[i], states[i + 1]];
    if (!/^\s*(?:and|or|-|–|—|\/|['’‘]s\s+(?:full-scale\s+)?(?:invasion|war|aggression)\s+(?:of|on|against))\s*$/.test(doc.text.slice(x.end, y.start))) continue;
    const [cx, cy] = [countryOf(x)!, countryOf(y)!];
    if (cx === cy) continue;
    if (cx === iso) counts.set(cy, (counts.get(cy) ?? 0) + 1);
    if (cy === iso) counts.set(cx, (counts.get(cx) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best.length && (best.length === 1 || best[0][1] > best[1][1]) ? best[0][0] : null;
}

/** The side acted upon: of the article's two main states, the one that is not the agent's. */
function objectSide(doc: Doc, gap: Gap, kb: Kb, sides: string[], done: Gap[], confidence: number): Restoration | null {
  if (sides.length < 2) return null;
  const lineStart = doc.text.lastIndexOf('\n', gap.start - 1) + 1;
  let agent: string | null = null;
  // The agent: the last gap restored in the same line, else the last actor named before in it, else the article's first side.
  const prevGap = [...done].reverse().find((g) => g.start >= lineStart && g.restored);
  if (prevGap) agent = kb.actors.get(prevGap.restored!.actor)?.country ?? null;
  if (!agent) {
    const m = [...doc.mentions].reverse().find((x) => x.end <= gap.start && x.start >= Math.max(0, gap.start - 300));
    agent = m ? kb.actors.get(m.actor)?.country ?? doc.actors.find((a) => a.id === m.actor)?.country ?? null : null;
  }
  const iso = agent === sides[1] ? sides[0] : sides[1];
  const id = kb.stateOf.get(iso)!;
  return { actor: id, name: kb.actors.get(id)!.name, confidence };
}

/**
 * The two sides of the article's conflict: the states it names most (through states,
 * demonyms, metonyms and their people), where a name in the headline counts five times —
 * a headline names the conflict ("Putin's demands to end Ukraine invasion").
 */
function conflictSides(doc: Doc, kb: Kb): string[] {
  return sideCounts(doc, kb).slice(0, 2).map(([c]) => c);
}

