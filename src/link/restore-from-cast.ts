// Restorations from the article's own cast, tried after the rules of restore-gaps.ts: each
// reads one frame of English around the gap that says which member of the cast fits, and gives
// a name only when one member clearly does.
// - "’s Foreign Minister Olivier" -> the state of the cast's one Olivier;
// - "’s air force said" -> the state whose demonym the article puts before "air force";
// - "Later, added that" -> the last person the article quoted as a speaker nearby;
// - "Witkoff and ." / "with and Witkoff" -> the person the article pairs with Witkoff;
// - "Moscow has demanded that withdraw" -> the other side of the one who demands.
import type { Doc, Gap, Restoration, Mention, Actor } from '../doc/model.js';
import { type Kb, type KbActor, normName, stateByName, rolesOn } from '../kb/index.js';
import { matchesOf } from '../doc/matches.js';

type Cast = (id: string) => Actor | KbActor | undefined;

function caster(doc: Doc, kb: Kb): Cast {
  const byId = new Map(doc.actors.map((a) => [a.id, a] as const));
  return (id) => kb.actors.get(id) ?? byId.get(id);
}

const stateRestoration = (kb: Kb, iso: string | null | undefined, confidence: number): Restoration | null => {
  const id = iso ? kb.stateOf.get(iso) : undefined;
  return id ? { actor: id, name: kb.actors.get(id)!.name, confidence } : null;
};

/** Role words between a possessive and a first name: "’s Foreign Minister Olivier". */
const POSSESSIVE_ROLE_FIRST = /^['’‘]s\s+((?:(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Pp]rime|[Dd]eputy|[Ss]pecial|[Tt]op|[Cc]hief|[Aa]rmy|[Mm]ilitary|[Jj]unta)\s+){0,3}(?:[Mm]inister|[Pp]resident|[Ee]nvoy|[Nn]egotiator|[Cc]hief|[Ll]eader|[Cc]ommander|[Ss]pokes(?:man|woman|person)|[Aa]mbassador))\s+([\p{Lu}][\p{Ll}]+)(?![\p{L}])/u;

/** "’s Foreign Minister Olivier": the state of the one person of the cast with that first name. */
export function possessiveFirstName(doc: Doc, kb: Kb, after: string): Restoration | null {
  const m = POSSESSIVE_ROLE_FIRST.exec(after);
  if (!m) return null;
  const key = normName(m[2]);
  const first = (a: Actor | KbActor) => a.kind === 'person' && a.name.includes(' ') && normName(a.name.split(/\s+/)[0]) === key;
  let people: (Actor | KbActor)[] = doc.actors.filter(first);
  // None of the cast (every mention of the person lost): the knowledge base's people of that first
  // name who hold that role on the date ("’s Foreign Minister Ararat").
  if (!people.length) {
    const head = normName(m[1].split(/\s+/).slice(-2).join(' '));
    people = [...kb.actors.values()].filter((a) => first(a) && rolesOn(a as KbActor, doc.meta.published).some((r) => r.titles.some((t) => normName(t).endsWith(head))));
  }
  const states = new Set(people.map((a) => a.country));
  return people.length && states.size === 1 ? stateRestoration(kb, [...states][0], 0.8) : null;
}

/** Nouns of a state's institutions that the article may also write after a demonym: "Ukrainian air force". */
const INSTITUTION = /^['’‘]s\s+((?:[\p{L}-]+\s+){0,2}?(?:air force|navy|army|military|general staff|defen[cs]e ministry|foreign ministry|ministry of \p{L}+|presidency|government|parliament|security service|border guard|energy minister|foreign minister|defen[cs]e minister|health ministry|intelligence|forces|troops|envoy|negotiators?|delegation))(?![\p{L}])/iu;

/**
 * "’s air force said", "’s Defence Ministry": the state whose demonym or name the article puts
 * before the same words elsewhere ("the Ukrainian air force"), when that is one state.
 */
export function institutionEcho(doc: Doc, kb: Kb, gap: Gap, after: string): Restoration | null {
  const m = INSTITUTION.exec(after);
  if (!m) return null;
  const phrase = m[1].replace(/\s+/g, ' ');
  const esc = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const states = new Set<string>();
  for (const e of matchesOf(doc.text, new RegExp(String.raw`(?<![\p{L}.-])([\p{Lu}](?=([\p{L}.-]+))\2)(?:['’‘]s)?\s+${esc}(?![\p{L}])`, 'giu'))) {
    if (Math.abs(e.index! - gap.start) <= 2) continue;
    const key = normName(e[1]);
    const iso = kb.demonyms.get(key) ?? stateByName(kb, key)?.country ?? kb.metonyms.get(key);
    if (iso) states.add(iso);
  }
  if (states.size !== 1) return null;
  const iso = [...states][0];
  // ("’s army said shells fired from Congo had landed", "’s defence ministry said Armenian forces had
  // fired": a body does not report its own state's deeds by that state's name; the article's other
  // "Congolese army" is another state's.)
  const sentence = doc.sentences.find((s) => s.start <= gap.start && gap.start < s.end);
  const rest = doc.text.slice(gap.start + m[0].length, sentence ? sentence.end : gap.start + 200);
  for (const w of matchesOf(rest, /(?=[\p{Lu}])(?<![\p{L}])[\p{Lu}][\p{L}]+/gu)) {
    const key = normName(w[0]);
    // (A seat is fine: "’s foreign minister drove the point home, saying that while Moscow was ready".)
    if ((kb.demonyms.get(key) ?? stateByName(kb, key)?.country) === iso) return null;
  }
  return stateRestoration(kb, iso, 0.65);
}

/** Verbs that go on from the last speaker: "added", "also said" (a plain "said" as often opens a new speaker). */
const SPEECH_AFTER = /^\s*(?:(?:also|later|then|again)\s+(?:said|says|told|tells|added|wrote|stressed|insisted|warned|noted|argued)|added|adds)\b/;
const SPEECH_WORD = /^(?:said|says|told|added|noted|stressed|argued|warned|insisted|wrote|explained|stated)$/;
/** Where a lost subject opens a clause: after an opening phrase's comma, at a sentence's start, after a quote. */
const SUBJECT_PLACE = /(?:^|[.!?]["”’]?[ \t]{1,3}|\n[ \t]{0,3}|,[ \t]{1,3}|[“"][ \t]?)$/;
/** How far back the last speaker is looked for: a paragraph or two. */
const SPEAKER_WINDOW = 600;

/**
 * "Later, added that the talks", "\n also said on Saturday": a speaker lost before a verb that goes on
 * ("added", "also said") is the last person named as a speaker ("X said", "said X") within a
 * paragraph or two. (Before a plain "said" it was right 7 times in 10 on damaged train copies and
 * 0 in 12 on invented articles of other wars, where the speakers take turns: not made.)
 */
export function lastNamedSpeaker(doc: Doc, kb: Kb, gap: Gap, before: string, after: string): Restoration | null {
  if (!SPEECH_AFTER.test(after) || !SUBJECT_PLACE.test(before)) return null;
  const actor = caster(doc, kb);
  const text = doc.text;
  for (let i = doc.mentions.length - 1; i >= 0; i--) {
    const m = doc.mentions[i];
    if (m.end > gap.start) continue;
    if (gap.start - m.start > SPEAKER_WINDOW) break;
    const a = actor(m.actor);
    if (a?.kind !== 'person' || m.via === 'pronoun') continue;
    const next = /^[\s,]*(?:has\s+|had\s+)?(\p{Ll}+)/u.exec(text.slice(m.end, m.end + 25))?.[1];
    const prev = text.slice(Math.max(0, m.start - 25), m.start).split(/[\s,]+/).filter(Boolean).pop();
    if ((next && SPEECH_WORD.test(next)) || (prev && SPEECH_WORD.test(prev))) return { actor: a.id, name: a.name, confidence: 0.5 };
  }
  return null;
}

/** The person the article writes most often next to `id` with "and": "Witkoff and Kushner". */
function personPartner(doc: Doc, kb: Kb, id: string): string | null {
  const actor = caster(doc, kb);
  const people = doc.mentions.filter((m) => m.via !== 'pronoun' && actor(m.actor)?.kind === 'person');
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < people.length; i++) {
    const [x, y] = [people[i], people[i + 1]];
    if (x.actor === y.actor || !/^\s*(?:and|,)\s*$/.test(doc.text.slice(x.end, y.start))) continue;
    if (x.actor === id) counts.set(y.actor, (counts.get(y.actor) ?? 0) + 1);
    if (y.actor === id) counts.set(x.actor, (counts.get(x.actor) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best.length && (best.length === 1 || best[0][1] > best[1][1]) ? best[0][0] : null;
}

/** A person's title before the name: "Russian President ", "U.S. special envoy ". */
const TITLE_WORDS = /^(?:[\p{Lu}][\p{L}.’'-]*[ \t]+){0,2}(?:(?:special|deputy|chief|foreign|prime)[ \t]+)?(?:[Pp]resident|[Pp]rime [Mm]inister|[Ff]oreign [Mm]inister|[Mm]inister|[Ee]nvoy|[Cc]hancellor|[Ll]eader)[ \t]+$/u;

/** "Witkoff and .", "with and Witkoff": the person the article pairs with the one named beside the gap. */
export function pairedPerson(doc: Doc, kb: Kb, gap: Gap, before: string, after: string): Restoration | null {
  const actor = caster(doc, kb);
  let beside: Mention | undefined;
  const a = /^\s*and\s+/.exec(after);
  if (a) {
    // ("between and Russian President Vladimir Putin": the person's title may stand between.)
    const from = gap.start + a[0].length;
    beside = doc.mentions.find((m) => m.start >= from && m.start <= from + 40 && m.via !== 'pronoun'
      && (m.start === from || TITLE_WORDS.test(doc.text.slice(from, m.start))));
  }
  const b = /[ \t]{1,3}and[ \t]{0,3}$/.exec(before);
  if (!beside && b) {
    const end = gap.start - b[0].length;
    beside = doc.mentions.find((m) => m.end === end);
  }
  if (!beside || actor(beside.actor)?.kind !== 'person') return null;
  const other = personPartner(doc, kb, beside.actor);
  const p = other ? actor(other) : undefined;
  return p ? { actor: p.id, name: p.name, confidence: 0.7 } : null;
}

/** Frames whose lost name is the one acted upon: "demanded that .", "urged . to", "accused . of". */
const ACTED_UPON = /\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|want(?:s|ed)?) that\s*$|\b(?:urg|press|call)(?:e|es|ed|ing|s)?(?: on)?\s*$|\b(?:accus|depriv|deter)\w*\s*$/i;
const ACTED_UPON_AFTER = /^\s*(?:withdraw|pull|give|cede|drop|stop|end|hand|leave|accept|recogni[sz]e|abandon|to\b|of\b|from\b)/i;

/**
 * "Moscow has demanded that withdraw", "Kyiv accused of stalling": the lost name is acted upon
 * by the sentence's agent, the first side of the article's conflict that the sentence names;
 * it is the other side.
 */
export function actedUponSide(doc: Doc, kb: Kb, gap: Gap, before: string, after: string, sides: string[]): Restoration | null {
  if (sides.length < 2 || !ACTED_UPON.test(before) || !ACTED_UPON_AFTER.test(after)) return null;
  const sentence = doc.sentences.find((s) => s.start <= gap.start && gap.start <= s.end);
  if (!sentence) return null;
  const actor = caster(doc, kb);
  // The agent: the state or person named last before the verb in the sentence ("Eritrea, which accused").
  let agent: string | null = null;
  for (let i = doc.mentions.length - 1; i >= 0 && !agent; i--) {
    const m = doc.mentions[i];
    if (m.end > gap.start || m.via === 'pronoun') continue;
    if (m.start < sentence.start) break;
    const a = actor(m.actor);
    if (a && (a.kind === 'state' || a.kind === 'person') && a.country) agent = a.country;
  }
  if (!agent || !sides.includes(agent)) return null;
  return stateRestoration(kb, agent === sides[0] ? sides[1] : sides[0], 0.6);
}

/** Rules that find a reported clause whose subject was lost straight after its verb of saying. */
const REPORTED_SUBJECT = new Set(['said-then-auxiliary', 'name-said-then-auxiliary', 'said-then-past-verb', 'clause-without-subject', 'ing-clause-without-subject']);

/** A speaker's title after a demonym, then the verb of saying: " foreign ministry spokesperson said ". */
const DEMONYM_SPEAKER = /^(?:[ \t]+(?:[Ff]oreign|[Dd]efen[cs]e|[Mm]inistry|[Mm]ilitary|[Aa]rmy|[Gg]overnment|[Ss]tate|[Ii]nterior|[Pp]rime|[Dd]eputy|[Ss]enior)){0,3}[ \t]+(?:[Ss]pokes(?:person|man|woman)|[Oo]fficials?|[Mm]inister|[Ee]nvoy|[Mm]inistry|[Pp]resident|[Pp]remier|[Cc]hancellor)[ \t]+said[ \t]+(?:that[ \t]+)?$/;

const SAYING_BEFORE = /\b(?:said|says|believes|believed|insisted|insists|claimed|warned|insisting|saying|claiming|arguing|noting|warning|stressing|adding)\s*$/;

/**
 * "Netanyahu said would respond", "Nduhungirehe said would lift": the subject a named speaker
 * reports on is most often the speaker's own state; the speaker is the person
 * the sentence opens on (an official's word for their own side). Right 5 times in 6 on damaged
 * train copies and invented articles; "Trump said had agreed" (Putin had) is the kind it misses.
 */
export function speakersState(doc: Doc, kb: Kb, gap: Gap): Restoration | null {
  // (A verb of saying right before: "to ensure does not attack" reports nobody's word.)
  if (!REPORTED_SUBJECT.has(gap.rule) || !SAYING_BEFORE.test(doc.text.slice(Math.max(0, gap.start - 30), gap.start))) return null;
  const sentence = doc.sentences.find((s) => s.start <= gap.start && gap.start <= s.end);
  if (!sentence) return null;
  const actor = caster(doc, kb);
  // "A Chinese foreign ministry spokesperson said": a demonym before the speaker's title and "said" (named or not as a state).
  const head = doc.text.slice(sentence.start, gap.start);
  for (const w of matchesOf(head, /(?=[\p{Lu}])(?<![\p{L}])[\p{Lu}][\p{L}]+/gu)) {
    const iso = kb.demonyms.get(normName(w[0]));
    if (iso && DEMONYM_SPEAKER.test(head.slice(w.index! + w[0].length))) return stateRestoration(kb, iso, 0.55);
  }
  // The speaker opens the sentence: "Aliyev thanked Trump and said" is Aliyev's word.
  for (const m of doc.mentions) {
    if (m.start < sentence.start || m.via === 'pronoun') continue;
    if (m.end > gap.start) break;
    const a = actor(m.actor);
    if (a?.kind === 'person' && a.country) return stateRestoration(kb, a.country, 0.55);
    // "A Chinese foreign ministry spokesperson said": a demonym before the speaker's title and "said" is the speaker's state.
    if (a?.kind === 'state' && a.country && kb.demonyms.has(normName(m.text)) && DEMONYM_SPEAKER.test(doc.text.slice(m.end, gap.start))) return stateRestoration(kb, a.country, 0.55);
    // (A state that owns the speaker's title, "Rwanda’s Foreign Minister X said", is no speaker.)
    if (a?.kind === 'state' && !/^['’‘]s\s/.test(doc.text.slice(m.end, m.end + 3))) return null;
  }
  return null;
}

/**
 * "’s Syunik province", "’s eastern Kharkiv region", "’s port city of Odesa": a place of one state
 * after a possessive. (Not a place that modifies a noun, "block ’s Gaza plan": the plan is
 * someone's, for Gaza.)
 */
const OWNED_PLACE = /^['’‘]s\s+(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|border|frontline|front-line|industrial|port|coastal|breakaway|occupied)\s+){0,2}(?:(?:province|region|city|town|port|oblast|state|district|village)\s+of\s+)?([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?)(?:\s+(?:province|region|oblast|state|district|city|town|port|village|area)|(?![ \t]+(?!(?:and|or|of|in|on|at|to|from|with|by|for|as|is|are|was|were|has|had|have|will|would|which|that|where|after|before|since|near|under|amid|during)(?![\p{L}]))\p{Ll}))/u;

/** "a route through ’s Syunik province": the state the knowledge base puts the place in. */
export function ownedPlace(kb: Kb, after: string): Restoration | null {
  const m = OWNED_PLACE.exec(after);
  if (!m) return null;
  // ("Donetsk region": the region's own name first, the knowledge base's alias of the oblast.)
  const kind = /\s(\p{Ll}+)$/u.exec(m[0])?.[1];
  for (const name of [...(kind ? [`${m[1]} ${kind}`] : []), m[1], m[1].split(/\s/)[0]]) {
    const key = normName(name);
    if (kb.demonyms.has(key) || stateByName(kb, key)) return null;
    const countries = new Set((kb.places.get(key) ?? []).map((p) => p.country).filter(Boolean));
    if (countries.size === 1) return stateRestoration(kb, [...countries][0], 0.75);
    if (countries.size > 1) return null;
  }
  return null;
}

/** "no interest in war with .", "a long border with .": a relation between two states, the lost one the other. */
const RELATION_WITH = /\b(?:war|conflict|peace|talks|truce|ceasefire|border|negotiations|dispute|tensions|relations|deal|agreement|treaty)\s+with\s*$/i;

/**
 * "Rwanda had no interest in war with .": the state the sentence's subject (the first state it
 * names) stands in that relation with is its partner in the article's pairs, else the other side.
 */
export function relationPartner(doc: Doc, kb: Kb, gap: Gap, before: string, sides: string[], partner: (iso: string) => string | null): Restoration | null {
  if (!RELATION_WITH.test(before)) return null;
  const sentence = doc.sentences.find((s) => s.start <= gap.start && gap.start <= s.end);
  if (!sentence) return null;
  const actor = caster(doc, kb);
  let agent: string | null = null;
  for (const m of doc.mentions) {
    if (m.start < sentence.start || m.via === 'pronoun') continue;
    if (m.end > gap.start) break;
    const a = actor(m.actor);
    if (a && (a.kind === 'state' || a.kind === 'person') && a.country) { agent = a.country; break; }
  }
  if (!agent) return null;
  const other = partner(agent) ?? (sides.length > 1 && sides.includes(agent) ? (agent === sides[0] ? sides[1] : sides[0]) : null);
  return other && other !== agent ? stateRestoration(kb, other, 0.6) : null;
}

/**
 * A deed or relation of one side against another, its object lost at the end of the clause:
 * "Russia's invasion of .", "more pressure on .", "atrocities committed by .", "leverage against .",
 * "victory handed to .", "concessions compared to .", "a peace agreement with .": at the end of
 * the (at most 80 characters of) text before the gap.
 */
const OPPOSED_OBJECT: RegExp[] = [
  /\b(?:invasion|occupation|invaded|invading|bombardment|shelling)(?:[ \t]{1,3}of)?$/i,
  /\b(?:war|aggression|attacks?|strikes?|offensive|leverage|campaign|fight|victory|defeat|pressure|concessions(?:[ \t]{1,3}compared)?)[ \t]{1,3}(?:against|on|to)$/i,
  /\b(?:committed|killed|occupied|controlled|seized|annexed|launched|fired|attacked|shelled|bombed|captured)[ \t]{1,3}by$/i,
  /\b(?:handed|surrender(?:ed)?|ceded?|lost)[ \t]{1,3}to$/i,
  /\b(?:war|conflict|peace|talks|truce|ceasefire|negotiations|dispute|tensions|deal|agreement|treaty|fighting)[ \t]{1,3}with$/i,
];
/** What may follow the lost object: the clause's end, a preposition or a verb (not "’s", a hyphen or a name). */
const AFTER_OBJECT = /^[ \t]*(?:[.,;:!?)"”’]|$|(?:of|on|at|and|in|since|after|before|for|with|from|last|this|over|during|until|amid|was|is|has|had)(?![\p{L}-]))/u;

/**
 * "Ukraine's partners had to exert more pressure on .", "Russia's full-scale invasion of .": the
 * object of a deed or relation between the article's two sides, in a sentence that names one
 * state (by its name, demonym or seat) before the gap, and no other, is the state the article
 * pairs with that one, else the other of its two sides. (Measured before it was written, as "the
 * other of the two most named states": right 47 times in 50 on the tuned damaged copies.)
 */
export function opposedObject(doc: Doc, kb: Kb, gap: Gap, before: string, after: string, sides: string[], partner: (iso: string) => string | null): Restoration | null {
  if (sides.length < 2 || !AFTER_OBJECT.test(after)) return null;
  const head = before.trimEnd();
  if (!OPPOSED_OBJECT.some((re) => re.test(head))) return null;
  const sentence = doc.sentences.find((s) => s.start <= gap.start && gap.start <= s.end);
  if (!sentence) return null;
  const actor = caster(doc, kb);
  const named = new Set<string>();
  for (const m of doc.mentions) {
    if (m.start < sentence.start || m.via === 'pronoun') continue;
    if (m.end > gap.start) break;
    const a = actor(m.actor);
    if (a?.kind === 'state' && a.country) named.add(a.country);
  }
  if (named.size !== 1) return null;
  const [one] = named;
  // The state the article pairs with it ("Russia and Ukraine"), else the other of the two sides.
  const other = partner(one) ?? (sides.slice(0, 2).includes(one) ? (one === sides[0] ? sides[1] : sides[0]) : null);
  return other && other !== one ? stateRestoration(kb, other, 0.6) : null;
}
