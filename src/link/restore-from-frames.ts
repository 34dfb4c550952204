// Restorations read from frames that tie the lost name to states the article names beside it,
// tried after the rules of restore-gaps.ts and restore-from-cast.ts:
// - a list that lost one member, "envoys from , Russia and the United States": the one state the
//   article lists elsewhere together with all the members left ("the U.S., Ukraine and Russia");
// - a reported attack, "Ukrainian officials said had struck": the side the speaker faces;
// - "’s relations with the United States": the state the article pairs with the partner named;
// - "-occupied regions": the state the article writes before the same word elsewhere ("Russian-occupied").
import type { Doc, Gap, Restoration, Actor } from '../doc/model.js';
import { type Kb, type KbActor, normName, stateByName } from '../kb/index.js';
import { sideCounts } from './article-states.js';
import { matchesOf } from '../doc/matches.js';

type Partner = (iso: string) => string | null;

const stateRestoration = (kb: Kb, iso: string | null | undefined, confidence: number): Restoration | null => {
  const id = iso ? kb.stateOf.get(iso) : undefined;
  return id ? { actor: id, name: kb.actors.get(id)!.name, confidence } : null;
};

function caster(doc: Doc, kb: Kb): (id: string) => Actor | KbActor | undefined {
  const byId = new Map(doc.actors.map((a) => [a.id, a] as const));
  return (id) => kb.actors.get(id) ?? byId.get(id);
}

/** The state a word names: a state's name, a demonym or a seat ("Russia", "Ukrainian", "Kremlin"). */
function stateOfWord(kb: Kb, word: string): string | null {
  const key = normName(word.replace(/['’‘]s$/, ''));
  if (!key) return null;
  return stateByName(kb, key)?.country ?? kb.demonyms.get(key) ?? kb.metonyms.get(key) ?? null;
}

/** The state a name of one or two capitalised words names, the longer reading first ("United States", "Russian"). */
function stateOfName(kb: Kb, written: string): string | null {
  // (A full stop that ends the sentence is no part of the name: "with Azerbaijan.", but "U.S.".)
  const name = /[\p{Ll}]{2}\.$/u.test(written) ? written.slice(0, -1) : written;
  const words = name.split(/\s+/);
  return stateOfWord(kb, name) ?? (words.length > 1 ? stateOfWord(kb, words[0]) : null);
}

/** A capitalised name of one or two words (a dotted abbreviation too: "U.S."). */
const NAME = String.raw`[\p{Lu}][\p{L}.]*(?:[ \t][\p{Lu}][\p{L}.]*)?`;
/** A list member straight after the gap or after the last member read: ", Russia", " and the United States". */
const NEXT_MEMBER = new RegExp(String.raw`^(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?(${NAME})`, 'u');
/** A list member straight before the gap: "Russia, ", "Ukraine and ". */
const PREV_MEMBER = new RegExp(String.raw`(?:^|[^\p{L}.])(?:the[ \t]+)?(${NAME})(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$`, 'u');
/** What joins two members of a list of states: ", ", " and ", ", and ", "/", "-". */
const LIST_JOIN = /^(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+|[/-])(?:the[ \t]+)?$/;

/** The states a list beside the gap names, and where the list starts and ends. */
export function listAround(kb: Kb, text: string, gap: Gap): { members: string[]; from: number; to: number } | null {
  const members: string[] = [];
  let to = gap.start;
  for (let k = 0; k < 4; k++) {
    const m = NEXT_MEMBER.exec(text.slice(to, to + 60));
    if (!m) break;
    const iso = stateOfName(kb, m[1]);
    if (!iso) break;
    members.push(iso);
    to += m[0].length;
  }
  let from = gap.start;
  for (let k = 0; k < 4; k++) {
    const sliceStart = Math.max(0, from - 60);
    const m = PREV_MEMBER.exec(text.slice(sliceStart, from));
    if (!m) break;
    const iso = stateOfName(kb, m[1]);
    if (!iso) break;
    members.push(iso);
    from = sliceStart + m.index + m[0].indexOf(m[1]);
  }
  return members.length ? { members, from, to } : null;
}

/** The article's lists of states: runs of states (named, by demonym or seat) joined by commas, "and", "or", "/" or "-". */
function statesLists(doc: Doc, kb: Kb): { isos: Set<string>; start: number; end: number }[] {
  const actor = caster(doc, kb);
  const tokens: { start: number; end: number; iso: string }[] = [];
  const covered = new Set<number>();
  for (const m of doc.mentions) {
    if (m.via === 'pronoun') continue;
    const a = actor(m.actor);
    if (a?.kind !== 'state' || !a.country) continue;
    tokens.push({ start: m.start, end: m.end, iso: a.country });
    covered.add(m.start);
  }
  for (const w of matchesOf(doc.text, /(?=[\p{Lu}])(?<![\p{L}.])[\p{Lu}][\p{L}]+(?![\p{L}])/gu)) {
    if (covered.has(w.index!)) continue;
    const iso = kb.demonyms.get(normName(w[0]));
    if (iso) tokens.push({ start: w.index!, end: w.index! + w[0].length, iso });
  }
  tokens.sort((x, y) => x.start - y.start || y.end - x.end);
  const lists: { isos: Set<string>; start: number; end: number }[] = [];
  let cur: { isos: Set<string>; start: number; end: number } | null = null;
  for (const t of tokens) {
    if (cur && t.start < cur.end) continue;
    if (cur && LIST_JOIN.test(doc.text.slice(cur.end, t.start))) { cur.isos.add(t.iso); cur.end = t.end; continue; }
    if (cur && cur.isos.size > 1) lists.push(cur);
    cur = { isos: new Set([t.iso]), start: t.start, end: t.end };
  }
  if (cur && cur.isos.size > 1) lists.push(cur);
  return lists;
}

/**
 * "Talks between envoys from , Russia and the United States", ", Russian and Ukrainian officials":
 * a list of states that lost one member, two or more left; the lost one is the one state the
 * article lists elsewhere together with all those left.
 */
export function listEcho(doc: Doc, kb: Kb, gap: Gap): Restoration | null {
  const list = listAround(kb, doc.text, gap);
  if (!list) return null;
  const members = new Set(list.members);
  if (members.size < 2) return null;
  const found = new Set<string>();
  for (const other of statesLists(doc, kb)) {
    if (other.start <= list.to && list.from <= other.end) continue;
    if (![...members].every((iso) => other.isos.has(iso))) continue;
    const rest = [...other.isos].filter((iso) => !members.has(iso));
    if (rest.length === 1) found.add(rest[0]);
  }
  return found.size === 1 ? stateRestoration(kb, [...found][0], 0.7) : null;
}

/**
 * "the delegations from the U.S., , and Russia", "envoys from , Russia and the United States": a
 * list of three states that lost one, in an article about three (the three states it names most,
 * the third at least twice as often as any other), is missing the one of them it does not name.
 * Not when the list lost two names ("between the , and Ukraine").
 */
export function listThird(doc: Doc, kb: Kb, gap: Gap): Restoration | null {
  const list = listAround(kb, doc.text, gap);
  if (!list) return null;
  const members = new Set(list.members);
  if (members.size !== 2 || list.members.length !== 2) return null;
  if (doc.gaps.some((g) => g.start !== gap.start && g.start >= list.from - 3 && g.start <= list.to + 3)) return null;
  const counts = sideCounts(doc, kb);
  if (counts.length < 3 || counts[2][1] < 2 || (counts[3] && counts[2][1] < 2 * counts[3][1])) return null;
  const top = counts.slice(0, 3).map(([iso]) => iso);
  if (![...members].every((iso) => top.includes(iso))) return null;
  const rest = top.filter((iso) => !members.has(iso));
  return rest.length === 1 ? stateRestoration(kb, rest[0], 0.6) : null;
}

/** A verb of attack opening the reported clause: "had struck", "launched", "has repeatedly violated". */
const ATTACK_AFTER = /^[ \t]*(?:(?:had|has|have|was|is|would|will)[ \t]+)?(?:(?:repeatedly|again|also|deliberately|already)[ \t]+)?(?:struck|attacked|shelled|bombed|targeted|launched|fired|invaded|violated|breached|shot down|downed|hit)\b/;
/** A verb of saying right before the gap: "officials said", "Kyiv claimed that". */
const SAID_BEFORE = /\b(?:said|says|say|claimed|claims|accused|alleged|reported|stated|insisted|warned|believes|believed)(?:[ \t]+that)?[ \t]*$/;

/**
 * "Ukrainian officials said had struck energy infrastructure": a speaker reports the other side's
 * attacks; the lost subject is the side the speaker (the first state, demonym or person the
 * sentence names) faces, unless the clause names that side itself ("had struck a Russian refinery").
 */
export function reportedAttacker(doc: Doc, kb: Kb, gap: Gap, before: string, after: string, sides: string[], partner: Partner): Restoration | null {
  if (!SAID_BEFORE.test(before) || !ATTACK_AFTER.test(after)) return null;
  const sentence = doc.sentences.find((s) => s.start <= gap.start && gap.start <= s.end);
  if (!sentence) return null;
  const actor = caster(doc, kb);
  let speaker: string | null = null;
  const head = doc.text.slice(sentence.start, gap.start);
  for (const w of matchesOf(head, /(?=[\p{Lu}])(?<![\p{L}.])[\p{Lu}][\p{L}.]*(?:[ \t][\p{Lu}][\p{L}.]*)?/gu)) {
    const at = sentence.start + w.index!;
    const m = doc.mentions.find((x) => x.start <= at && at < x.end && x.via !== 'pronoun');
    const a = m ? actor(m.actor) : undefined;
    speaker = (a && (a.kind === 'state' || a.kind === 'person') ? a.country ?? null : null) ?? stateOfName(kb, w[0]);
    if (speaker) break;
  }
  if (!speaker) return null;
  const other = partner(speaker) ?? (sides.length > 1 && sides.includes(speaker) ? (speaker === sides[0] ? sides[1] : sides[0]) : null);
  if (!other || other === speaker) return null;
  // The rest of the clause naming the side the speaker faces: the attacker is then the speaker's own side.
  const rest = doc.text.slice(gap.start, sentence.end);
  for (const w of matchesOf(rest, /(?=[\p{Lu}])(?<![\p{L}.])[\p{Lu}][\p{L}.]*/gu)) if (stateOfWord(kb, w[0]) === other) return null;
  return stateRestoration(kb, other, 0.6);
}

/** "’s relations with the United States": a relation of the lost owner with a named state. */
const OWNED_RELATION = new RegExp(String.raw`^['’‘]s[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:relations|ties|talks|war|border|dialogue|negotiations|conflict|dispute|rapprochement|normali[sz]ation|peace talks|peace deal|ceasefire|truce)[ \t]+with[ \t]+(?:the[ \t]+)?(${NAME})`, 'u');

/** "restore ’s relations with the United States": the state the article pairs with the one named. */
export function ownedRelation(kb: Kb, after: string, sides: string[], partner: Partner): Restoration | null {
  const m = OWNED_RELATION.exec(after);
  if (!m) return null;
  const iso = stateOfName(kb, m[1]);
  if (!iso) return null;
  const other = partner(iso) ?? (sides.length > 1 && sides.includes(iso) ? (iso === sides[0] ? sides[1] : sides[0]) : null);
  return other && other !== iso ? stateRestoration(kb, other, 0.6) : null;
}

/**
 * "in -occupied regions", "the -backed forces": a compound cut from its name; the one state the
 * article writes before the same word elsewhere ("Russian-occupied", "Russia-occupied").
 */
export function compoundEcho(doc: Doc, kb: Kb, gap: Gap, after: string): Restoration | null {
  const m = /^-([\p{Ll}]{3,})(?![\p{L}])/u.exec(after);
  if (!m) return null;
  const esc = m[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const states = new Set<string>();
  for (const e of matchesOf(doc.text, new RegExp(String.raw`(?=[\p{Lu}])(?<![\p{L}.])([\p{Lu}][\p{L}.]*)-${esc}(?![\p{L}])`, 'gu'))) {
    if (Math.abs(e.index! + e[1].length - gap.start) <= 1) continue;
    const iso = stateOfWord(kb, e[1]);
    if (iso) states.add(iso);
  }
  return states.size === 1 ? stateRestoration(kb, [...states][0], 0.65) : null;
}

/** Words that cannot be the noun a lost name modifies: "the has", "a said". */
const NOT_A_NOUN = /^(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|but|that|this|as|is|was|were|are|be|been|has|have|had|will|would|can|could|must|should|may|might|did|does|do|said|says|told|who|which|than|then|also|not|no|it|its|their|his|her)$/;

/**
 * "according to a official", "The -based think tank" aside: a lost name between an article and a
 * noun modifies the noun ("a U.S. official"); the one state the article writes by its name (not a
 * demonym) before the same noun elsewhere.
 */
export function modifierEcho(doc: Doc, kb: Kb, before: string, after: string): Restoration | null {
  if (!/(?:^|[^\p{L}])(?:[Aa]n?|[Tt]he)[ \t]*$/u.test(before)) return null;
  const w = /^[ \t]*([\p{Ll}]{3,})(?![\p{L}’'-])/u.exec(after)?.[1];
  if (!w || NOT_A_NOUN.test(w)) return null;
  const actor = caster(doc, kb);
  const states = new Set<string>();
  for (const m of doc.mentions) {
    if (m.via === 'pronoun' || m.via === 'demonym' || m.via === 'metonym' || kb.demonyms.has(normName(m.text)) || kb.metonyms.has(normName(m.text))) continue;
    const next: string | undefined = /^[ \t]+([\p{Ll}]+)/u.exec(doc.text.slice(m.end, m.end + w.length + 4))?.[1];
    if (next !== w) continue;
    const a = actor(m.actor);
    if (a?.kind === 'state' && a.country) states.add(a.country);
  }
  return states.size === 1 ? stateRestoration(kb, [...states][0], 0.6) : null;
}

/** A person of a place, before the place's name: "One man in ", "a resident of ", "a mother from ". */
const PERSON_FROM = /\b(?:man|woman|boy|girl|resident|mother|father|farmer|teacher|doctor|nurse|student|worker|survivor|witness|shopkeeper|driver|fisherman|volunteer|pensioner)[ \t]+(?:in|from|of)[ \t]+(?:the[ \t]+)?$/i;

/**
 * "Kyiv, –", "in Goma, , on Friday": a town then a comma then the lost name is the town's state
 * (a dateline, "a drone hit Odesa, , overnight"); not in a list ("Kyiv, , and Moscow").
 */
export function placeThenState(doc: Doc, kb: Kb, gap: Gap, before: string, after: string): Restoration | null {
  const m = /(?:^|[^\p{L},]|\*\*)([\p{Lu}][\p{L}’'-]+(?:[ \t][\p{Lu}][\p{L}’'-]+)?),[ \t]*$/u.exec(before);
  if (!m || /^[ \t]*(?:,[ \t]*)?(?:and|or)\b/.test(after) || /^[ \t]*[\p{L}]/u.test(after)) return null;
  // ("One man in Khan Younis, , told the BBC": a person from the place, whose name is the lost one.)
  if (PERSON_FROM.test(before.slice(0, before.length - m[0].length + m[0].indexOf(m[1]))) && /^[ \t]*,[ \t]*(?:told|said|says|added|recalled|described)\b/.test(after)) return null;
  const key = normName(m[1]);
  if (stateByName(kb, key) || kb.demonyms.has(key)) return null;
  const countries = new Set<string>();
  // The place as the article's places read it (the gazetteer), else as the knowledge base knows it.
  const comma = gap.start - (before.length - before.trimEnd().length) - 1;
  const place = doc.locations.find((l) => l.mentions.some((x) => x.end === comma));
  if (place) return place.country && !stateByName(kb, normName(place.name)) ? stateRestoration(kb, place.country, 0.7) : null;
  const capital = kb.capitalStates.get(key);
  if (capital) countries.add(capital);
  for (const p of kb.places.get(key) ?? []) if (p.country) countries.add(p.country);
  return countries.size === 1 ? stateRestoration(kb, [...countries][0], 0.7) : null;
}

/**
 * "the industrial region in eastern ", "a village in southern shortly after": a part of a state
 * whose name was lost; the state of the places the sentence names, when they lie in one.
 */
export function directionOfPlace(doc: Doc, kb: Kb, gap: Gap, before: string): Restoration | null {
  if (!/\b(?:in|across|through|throughout)[ \t]+(?:(?:northern|southern|eastern|western|central)[ \t]+and[ \t]+)?(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)[ \t]*$/.test(before)) return null;
  const sentence = doc.sentences.find((s) => s.start <= gap.start && gap.start <= s.end);
  if (!sentence) return null;
  const countries = new Set<string>();
  for (const l of doc.locations) {
    // (Named before the gap in its sentence: "the Donbas -- the industrial region in eastern ".)
    if (!l.country || !l.mentions.some((x) => x.start >= sentence.start && x.end <= gap.start)) continue;
    if (stateByName(kb, normName(l.name))) continue;
    countries.add(l.country);
  }
  return countries.size === 1 ? stateRestoration(kb, [...countries][0], 0.6) : null;
}

/** A demand on the other side opening a quote: "“ must stop the attacks", "“ must be deprived of". */
const QUOTED_DEMAND = /^[ \t]*(?:must|should|has to|needs to)[ \t]+(?:(?:immediately|now|first)[ \t]+)?(?:stop|end|cease|halt|withdraw|leave|pull|abandon|give up|pay|be deprived|be held|be punished|be stopped|stop using)\b/;

/**
 * "“ must stop the attacks before we can talk,” the minister said": a quote that opens on a
 * demand on a lost name; the speaker (the person who says the quote, named as a speaker just
 * before or after it) makes demands of the side they face.
 */
export function quotedDemand(doc: Doc, kb: Kb, gap: Gap, after: string, sides: string[], partner: Partner): Restoration | null {
  if (!QUOTED_DEMAND.test(after) || !/[“"][ \t]?$/.test(doc.text.slice(Math.max(0, gap.start - 2), gap.start))) return null;
  const actor = caster(doc, kb);
  const close = doc.text.indexOf('”', gap.start);
  const lineEnd = doc.text.indexOf('\n', gap.start);
  const end = close < 0 ? gap.start + 300 : close + 80;
  // The speaker: "…,” Aoun said" after the quote, else "X said." right before it, else "X said:" ahead.
  const speakerIn = (from: number, to: number, last: boolean): string | null => {
    const people = doc.mentions.filter((m) => m.start >= from && m.end <= to && m.via !== 'pronoun' && actor(m.actor)?.kind === 'person'
      && /\b(?:said|says|told|added|wrote|warned)\b/.test(doc.text.slice(Math.max(from, m.start - 20), Math.min(to, m.end + 20))));
    const m = last ? people[people.length - 1] : people[0];
    return m ? actor(m.actor)?.country ?? null : null;
  };
  const speaker = (close >= 0 && (lineEnd < 0 || close < lineEnd) ? speakerIn(close, Math.min(end, lineEnd < 0 ? end : lineEnd), false) : null)
    ?? speakerIn(Math.max(0, gap.start - 300), gap.start, true);
  if (!speaker) return null;
  const other = partner(speaker) ?? (sides.length > 1 && sides.includes(speaker) ? (speaker === sides[0] ? sides[1] : sides[0]) : null);
  return other && other !== speaker ? stateRestoration(kb, other, 0.55) : null;
}
