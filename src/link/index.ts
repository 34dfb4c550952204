// The link stage: every mention of an actor linked to one canonical actor, every named place
// given coordinates. Rules run in order of confidence and never take words an earlier rule
// took: known names, states in words (demonyms, metonyms), titles, names the KB lacks, then
// the surnames of those new names, then places among the words left.
import type { Doc, Actor, Mention, Location } from '../doc/model.js';
import { type Kb, type KbActor, rolesOn, normName } from '../kb/index.js';
import type { Ctx } from '../pipeline/context.js';
import { wordsOf, adjacent, keyOf, type Word } from './words.js';
import { citiesNamed } from './gazetteer.js';
import type { Candidate } from './candidate.js';
import { findKnownNames, demonymsOfState } from './known-names.js';
import { findStatesInWords } from './states-in-words.js';
import { findTitles, buildTitleIndex, type TitleIndex, type BodyMention } from './titles.js';
import { findUnknownNames } from './unknown-names.js';
import { findPlaces } from './places.js';
import { countryAround } from './country-around.js';
import { inPlaceName } from './state-in-place-name.js';
import { findLeaderGovernments } from './leader-government.js';
import { GENERIC_ORG_WORDS } from './org-words.js';
import { definedAbbreviations } from './abbreviations.js';

const titleIndexes = new WeakMap<Kb, TitleIndex>();

// (The callbacks of the stage are functions of the module, not closures made at each call: V8 held
// a closure's optimised code only as long as one of its closures lived, and compiled it again after
// every full collection; docs/performance.md, twentieth session.)
const ascending = (a: number, b: number): number => a - b;
const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;
const byCandStart = (a: { cand: Candidate }, b: { cand: Candidate }): number => a.cand.start - b.cand.start;
const byCountDown = (a: [string, number], b: [string, number]): number => b[1] - a[1];

function idsOf(chosen: { id: string }[]): string[] {
  const ids: string[] = [];
  for (const x of chosen) ids.push(x.id);
  return ids;
}

/** The words inside photo credits and bylines. */
function skippedWords(doc: Doc, words: Word[]): Set<number> {
  const skipped = new Set<number>();
  let any = false;
  for (const r of doc.removed) if (r.reason === 'credit' || r.reason === 'byline') { any = true; break; }
  if (!any) return skipped;
  for (const w of words) {
    for (const r of doc.removed) {
      if ((r.reason === 'credit' || r.reason === 'byline') && r.start <= w.start && w.end <= r.end) { skipped.add(w.i); break; }
    }
  }
  return skipped;
}

/** The names the rules chose so far and the words they took. */
class Picks {
  readonly takenWords = new Set<number>();
  readonly chosen: { cand: Candidate; id: string }[] = [];
  readonly named = new Map<string, number[]>();
  constructor(private readonly skipped: Set<number>) {
    for (const i of skipped) this.takenWords.add(i);
  }

  free(c: Candidate): boolean {
    for (let k = c.first; k <= c.last; k++) if (this.takenWords.has(k)) return false;
    return true;
  }

  accept(c: Candidate, id: string): void {
    for (let k = c.first; k <= c.last; k++) if (this.skipped.has(k)) return;
    this.chosen.push({ cand: c, id });
    for (let k = c.first; k <= c.last; k++) this.takenWords.add(k);
    const starts = this.named.get(id);
    // (Sorted once, before the titles read them: sorting at every name made 100,000 names quadratic.)
    if (starts) starts.push(c.start); else this.named.set(id, [c.start]);
  }
}

export function linkStage(doc: Doc, ctx: Ctx): Doc {
  const { kb } = ctx;
  const words = wordsOf(doc);
  // Words of photo credits and bylines name agencies and reporters, never actors of the story.
  const skipped = skippedWords(doc, words);
  const picks = new Picks(skipped);
  const { takenWords, chosen, named } = picks;
  const taken = (i: number) => takenWords.has(i);

  const known = findKnownNames(doc, words, kb);
  // (A state's name read as a first name stays free for the person's name, and no later rule takes it as the state.)
  const firstNames = new Set<number>();
  for (const c of known) if (stateAsFirstName(doc, words, c, kb)) firstNames.add(c.first);
  const around = countriesOfKnown(known, kb);
  for (const c of known) if (!inCityName(doc, words, c, kb) && !inPlaceName(doc, words, c, kb) && !firstNames.has(c.first)) picks.accept(c, resolveAmbiguous(c.ids, kb, doc.meta.published, named, around));
  for (const c of findStatesInWords(doc, words, kb)) if (picks.free(c) && !firstNames.has(c.first) && !inCityName(doc, words, c, kb)) picks.accept(c, c.ids[0]);
  for (const c of findLeaderGovernments(doc, words, kb, taken)) if (picks.free(c)) picks.accept(c, c.ids[0]);

  const countries = tallyCountries(idsOf(chosen), kb);
  const mainCountry = countries[0] ?? null;
  relinkBareBodies(chosen, named, kb, mainCountry);
  let titles = titleIndexes.get(kb);
  if (!titles) { titles = buildTitleIndex(kb); titleIndexes.set(kb, titles); }
  for (const starts of named.values()) starts.sort(ascending);
  // The words of each body's mention ("NATO", "the RSF", "Sudan's army" as the SAF): the owner of a title after them.
  const bodies = new Map<number, BodyMention>();
  for (const { cand, id } of chosen) {
    const kind = kb.actors.get(id)?.kind;
    if (kind === 'person' || kind === 'state' || kind === undefined) continue;
    const m = { id, first: cand.first, last: cand.last };
    for (let k = cand.first; k <= cand.last; k++) bodies.set(k, m);
  }
  for (const c of findTitles(doc, words, kb, titles, mainCountry, named, (w) => bodies.get(w) ?? null)) if (picks.free(c)) picks.accept(c, c.ids[0]);

  const newActors = new Map<string, NonNullable<Candidate['newActor']>>();
  for (const c of findUnknownNames(doc, words, kb, taken)) {
    const actor = c.newActor!;
    if (kb.actors.has(actor.id)) { picks.accept(c, actor.id); continue; }
    // "Rami Abu Hassan ... Abu Hassan said": the end of a name told in full is that person.
    const fuller = actor.kind === 'person' ? [...newActors.values()].find((p) => p.kind === 'person' && p.name.toLowerCase().endsWith(' ' + actor.name.toLowerCase())) : undefined;
    if (fuller) { picks.accept(c, fuller.id); continue; }
    if (!newActors.has(actor.id)) newActors.set(actor.id, { ...actor, country: actor.country ?? countryAround(doc, words, c, kb, linkedCountries(chosen, kb), mainCountry, linkedBodies(chosen, kb)) });
    picks.accept(c, actor.id);
  }
  // People of the knowledge base named in full here ("Mahamat Idriss Deby") are their surnames later ("Deby added").
  const fullNamed = new Map<string, NonNullable<Candidate['newActor']>>();
  for (const { cand, id } of chosen) {
    const known = kb.actors.get(id);
    if (known?.kind === 'person' && /\s/.test(cand.text.trim()) && normName(cand.text) === normName(known.name)) fullNamed.set(id, { id, name: known.name, kind: 'person', country: known.country, role: null });
  }
  for (const c of surnamesOf(words, new Map([...newActors, ...fullNamed]), taken)) picks.accept(c, c.ids[0]);
  // "According to Ombudsman Iris Marin ... said Marin": a lone surname after a person the article named in full is that
  // person, not someone of the knowledge base known by the same surname whom the article never names in full.
  const newBySurname = new Map<string, { id: string; at: number }>();
  for (const { cand, id } of chosen) {
    const p = newActors.get(id);
    if (p?.kind !== 'person' || !/\s/.test(p.name.trim())) continue;
    const surname = p.name.trim().split(/\s+/).pop()!.toLowerCase();
    const had = newBySurname.get(surname);
    if (!had) newBySurname.set(surname, { id, at: cand.start });
    else if (had.id !== id) newBySurname.set(surname, { id: '', at: had.at });
  }
  if (newBySurname.size) {
    for (const x of chosen) {
      if (x.cand.first !== x.cand.last || kb.actors.get(x.id)?.kind !== 'person' || fullNamed.has(x.id)) continue;
      const other = newBySurname.get(x.cand.text.toLowerCase());
      if (other?.id && other.at < x.cand.start) x.id = other.id;
    }
  }

  // "the Arakkha Army (AA) ... the AA said": an abbreviation the article defines is that actor's name in it.
  const abbreviations = definedAbbreviations(doc, words, chosen);
  if (abbreviations.size) {
    for (const x of chosen) {
      const def = abbreviations.get(x.cand.text);
      if (def && x.cand.start > def.at && x.id !== def.id) x.id = def.id;
    }
    for (const w of words) {
      const def = abbreviations.get(w.text);
      if (def && w.start > def.at && !taken(w.i)) picks.accept({ start: w.start, end: w.end, text: w.text, ids: [def.id], via: 'abbreviation', first: w.i, last: w.i }, def.id);
    }
  }

  const actors = buildActors(doc, kb, chosen, newActors);
  const mentions: Mention[] = [];
  for (const { cand, id } of chosen) mentions.push({ start: cand.start, end: cand.end, text: cand.text, actor: id, via: cand.via });
  mentions.sort(byStart);
  const articleCountries = new Set(tallyCountries(idsOf(chosen), kb));
  for (const a of actors) if (a.country) articleCountries.add(a.country);
  // The town of a wire dateline ("BEIRUT (AP) -", "PORT SUDAN, Sudan (Reuters) -") is a place of the story when it lies in a
  // country the story names elsewhere; a bureau abroad ("LONDON --" over talks in the Emirates) is not.
  const dateline = datelinePlaceWords(doc, words);
  const found = findPlaces(doc, words, kb, dateline.size ? (i) => taken(i) && !dateline.has(i) : taken, articleCountries, dateline);
  // (The countries of its actors, outlets aside: "told The Associated Press" makes no story of the United States.)
  const storyCountries = new Set<string | null>();
  for (const a of actors) if (a.kind !== 'group' && !kb.actors.get(a.id)?.media) storyCountries.add(a.country);
  for (const l of found) for (const m of l.mentions) if (!dateline.has(wordAt(words, m.start))) storyCountries.add(l.country);
  const kept: typeof found = [];
  for (const l of found) {
    const onlyDateline = l.mentions.every((m) => dateline.has(wordAt(words, m.start)));
    if (!onlyDateline || (l.country !== null && storyCountries.has(l.country))) kept.push(l);
  }
  const locations = [...kept, ...countriesAsPlaces(doc, mentions, kb)];
  return { ...doc, mentions, actors, locations };
}

/** The words of a wire dateline's town: "BEIRUT" of "BEIRUT (AP) -", "PORT SUDAN" of "PORT SUDAN, Sudan (Reuters) -". */
function datelinePlaceWords(doc: Doc, words: Word[]): Set<number> {
  const out = new Set<number>();
  for (const r of doc.removed) {
    if (r.rule !== 'wire-dateline') continue;
    // (The town ends at the first comma, bracket, slash or dash: "PORT SUDAN, Sudan (Reuters) -".)
    const text = doc.text.slice(r.start, r.end);
    let to = text.length;
    for (const stop of [',', '(', '/', '—', '–', '--', ' - ', '\n']) { const k = text.indexOf(stop); if (k >= 0 && k < to) to = k; }
    const end = r.start + to;
    for (const w of words) if (w.start >= r.start && w.end <= end) out.add(w.i);
  }
  return out;
}

/** The index of the word that starts at `start` (-1 when none does). */
function wordAt(words: Word[], start: number): number {
  let lo = 0, hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < start) lo = mid + 1; else if (words[mid].start > start) hi = mid - 1; else return mid;
  }
  return -1;
}

/** "in", "to" ... before a state's name, over "the" and a part of the country ("in northwestern Nigeria", "across eastern Ukraine"). */
const LOCATIVE_BEFORE_STATE = /\b(?:in|to|into|inside|across|throughout|from)\s+(?:the\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+)?$/i;

/** "talks likely in the United States", "travelled to Turkey", "killed in northwestern Nigeria": a state named after "in" or "to" is also where something happens. */
function countriesAsPlaces(doc: Doc, mentions: Mention[], kb: Kb): Location[] {
  const byName = new Map<string, Location>();
  for (const m of mentions) {
    const actor = kb.actors.get(m.actor);
    if (actor?.kind !== 'state' || m.via === 'demonym' || m.via === 'metonym') continue;
    if (!LOCATIVE_BEFORE_STATE.test(doc.text.slice(Math.max(0, m.start - 40), m.start))) continue;
    const place = kb.places.get(normName(actor.name))?.find((p) => p.country === actor.country);
    if (!place) continue;
    const loc = byName.get(actor.name) ?? { name: actor.name, country: actor.country, lat: place.lat, lon: place.lon, mentions: [] };
    loc.mentions.push({ start: m.start, end: m.end, text: m.text });
    byName.set(actor.name, loc);
  }
  return [...byName.values()];
}

/** The states linked so far, where they are named: context for the country of a new actor. */
function linkedCountries(chosen: { cand: Candidate; id: string }[], kb: Kb): { start: number; end: number; country: string | null }[] {
  const out: { start: number; end: number; country: string | null }[] = [];
  for (const { cand, id } of chosen) if (kb.actors.get(id)?.kind === 'state') out.push({ start: cand.start, end: cand.end, country: kb.actors.get(id)!.country });
  return out;
}

/** The bodies (organisations, armed groups, coalitions) linked so far, with their countries: the body a role is in. */
function linkedBodies(chosen: { cand: Candidate; id: string }[], kb: Kb): { start: number; end: number; country: string | null }[] {
  const out: { start: number; end: number; country: string | null }[] = [];
  for (const { cand, id } of chosen) {
    const k = kb.actors.get(id)?.kind;
    if (k === 'organisation' || k === 'armed_group' || k === 'coalition') out.push({ start: cand.start, end: cand.end, country: kb.actors.get(id)!.country });
  }
  return out;
}

const statesByIso = new WeakMap<Kb, Map<string, KbActor>>();

/**
 * "The Foreign Office said" in an article about Pakistan is Pakistan's, not Britain's: a body's
 * bare name (its first word generic: "Foreign Office", "Defence Ministry"), whose state the
 * article names nowhere, is the main state's own body of that name when the knowledge base has
 * one ("Pakistan's Foreign Office").
 */
function relinkBareBodies(chosen: { cand: Candidate; id: string }[], named: Map<string, number[]>, kb: Kb, main: string | null): void {
  if (!main) return;
  let byIso = statesByIso.get(kb);
  if (!byIso) {
    byIso = new Map();
    for (const a of kb.actors.values()) if (a.kind === 'state' && a.country && !byIso.has(a.country)) byIso.set(a.country, a);
    statesByIso.set(kb, byIso);
  }
  const state = byIso.get(main);
  if (!state) return;
  const statesNamed = new Set<string | null>();
  for (const x of chosen) { const a = kb.actors.get(x.id); if (a?.kind === 'state') statesNamed.add(a.country); }
  for (const entry of chosen) {
    const body = kb.actors.get(entry.id);
    if (!body || body.kind !== 'organisation' || !body.country || body.country === main || statesNamed.has(body.country)) continue;
    const key = normName(entry.cand.text).replace(/^the /, '');
    if (!GENERIC_ORG_WORDS.has(key.split(' ')[0])) continue;
    const forms = [state.name, ...state.aliases].map((n) => normName(n)).flatMap((n) => [`${n}'s ${key}`, `${n} ${key}`])
      .concat(demonymsOfState(kb, main).map((d) => `${d} ${key}`));
    const own = forms.map((f) => kb.names.get(f)?.find((id) => kb.actors.get(id)?.country === main && kb.actors.get(id)?.kind !== 'person')).find((id) => id);
    if (!own) continue;
    const starts = named.get(entry.id);
    if (starts) {
      const rest = starts.filter((at) => at !== entry.cand.start);
      if (rest.length) named.set(entry.id, rest); else named.delete(entry.id);
    }
    named.set(own, [...(named.get(own) ?? []), entry.cand.start]);
    entry.id = own;
  }
}

/** How many of the article's names the knowledge base knows as one actor belong to each country. */
function countriesOfKnown(known: readonly Candidate[], kb: Kb): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of known) {
    const country = c.ids.length === 1 ? kb.actors.get(c.ids[0])?.country : null;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

/** Several actors share a name: the one already named, then one holding office on the date, then a body of the article's country. */
function resolveAmbiguous(ids: string[], kb: Kb, date: string | null, named: Map<string, number[]>, around: Map<string, number>): string {
  if (ids.length === 1) return ids[0];
  const seen = ids.find((id) => named.has(id));
  if (seen) return seen;
  // ("Colombia's ... Defence Minister Pedro Sanchez", not Spain's prime minister): the one namesake of a state the article has named.
  const states = new Set([...named.keys()].map((id) => kb.actors.get(id)).filter((a) => a?.kind === 'state').map((a) => a!.country));
  const local = ids.filter((id) => states.has(kb.actors.get(id)?.country ?? '') && rolesOn(kb.actors.get(id)!, date).length > 0);
  if (local.length === 1) return local[0];
  // A body holds no office: "SNA" in a story of Somalia is the Somali National Army, "House of Representatives" in one of
  // Libya Libya's: the one of the country the article's unambiguous names belong to most.
  let best: string | null = null;
  let most = 0;
  let tie = false;
  for (const id of ids) {
    const a = kb.actors.get(id)!;
    const n = a.kind === 'person' ? 0 : around.get(a.country ?? '') ?? 0;
    if (n > most) { best = id; most = n; tie = false; } else if (n === most && n > 0) tie = true;
  }
  if (best && !tie) return best;
  const inOffice = ids.find((id) => rolesOn(kb.actors.get(id)!, date).length > 0);
  return inOffice ?? ids[0];
}

/** Countries of the linked actors, most mentioned first (ties: first mentioned). */
function tallyCountries(ids: string[], kb: Kb): string[] {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const c = kb.actors.get(id)?.country;
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const out: string[] = [];
  for (const [c] of [...counts.entries()].sort(byCountDown)) out.push(c);
  return out;
}

/** After "Andrei Vorobyov", a lone "Vorobyov" is the same person. */
/** A city of this many people or more is meant when its name holds a state's: "Port Sudan", "Kuwait City", "Mexico City". */
const CITY_OVER_STATE = 50_000;

/**
 * Whether the state a candidate names is part of a city's name with the capitalised word right
 * before or after it ("Port Sudan", "Kuwait City", "Panama City"): the city is the place, and no
 * state is named there.
 */
function inCityName(doc: Doc, words: Word[], c: Candidate, kb: Kb): boolean {
  if (c.ids.length !== 1 || kb.actors.get(c.ids[0])?.kind !== 'state') return false;
  const big = (i: number, j: number) => citiesNamed(keyOf(words, i, j)).some((p) => p.population >= CITY_OVER_STATE);
  const before = words[c.first - 1];
  const after = words[c.last + 1];
  // ("The Port Sudan authorities": a sentence's opening "The" makes no longer city name, though names compare without it.)
  if (before?.cap && before.key !== 'the' && adjacent(doc, before, words[c.first]) && big(c.first - 1, c.last + 1)) return true;
  return !!after?.cap && adjacent(doc, words[c.last], after) && big(c.first, c.last + 2);
}

/**
 * "Jordan Bardella ... Bardella said": a state's name that is also a first name (Jordan, Chad,
 * Georgia, Israel, India) before a capitalised word the article also writes alone, and never in
 * lower case, is a person's first name, not the state.
 */
function stateAsFirstName(doc: Doc, words: Word[], c: Candidate, kb: Kb): boolean {
  // (In the body only: a headline writes every word in capitals, "Ukraine Says".)
  if (c.first !== c.last || c.start < doc.titleEnd || c.ids.length !== 1 || kb.actors.get(c.ids[0])?.kind !== 'state') return false;
  const after = words[c.last + 1];
  if (!after?.cap || after.text.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(after.text) || !adjacent(doc, words[c.first], after)) return false;
  const next = words[c.last + 2];
  if (next?.cap && adjacent(doc, after, next)) return false;
  let alone = false;
  for (const w of words) {
    if (w.i === after.i || w.key !== after.key || w.start < doc.titleEnd) continue;
    // A word the article also writes in lower case is an English word ("India Today ... today").
    if (!w.cap) return false;
    const before = words[w.i - 1];
    if (!before || before.key !== words[c.first].key) alone = true;
  }
  return alone;
}

function surnamesOf(words: Word[], people: Map<string, NonNullable<Candidate['newActor']>>, taken: (i: number) => boolean): Candidate[] {
  const bySurname = new Map<string, string>();
  // "Khaled al-Mansouri" is "Mansouri" later: the surname without its particle.
  for (const p of people.values()) {
    if (p.kind !== 'person') continue;
    const surname = p.name.split(/\s+/).pop()!.toLowerCase().replace(/^(?:al|el|ad|ash|as|at|az)-/, '');
    // Two people of one surname: neither is meant by it alone.
    bySurname.set(surname, bySurname.has(surname) && bySurname.get(surname) !== p.id ? '' : p.id);
  }
  // "Tesfaye Alemu said ... Tesfaye said", "Gustavo Petro ... Gustavo added": a first name alone after the full name, when no one else has it.
  const byFirstName = new Map<string, string>();
  for (const p of people.values()) {
    const parts = p.name.trim().split(/\s+/);
    if (p.kind !== 'person' || parts.length < 2) continue;
    const first = parts[0].toLowerCase();
    if (bySurname.has(first)) continue;
    byFirstName.set(first, byFirstName.has(first) && byFirstName.get(first) !== p.id ? '' : p.id);
  }
  const out: Candidate[] = [];
  if (!bySurname.size) return out;
  for (const w of words) {
    if (taken(w.i) || !w.cap) continue;
    const id = bySurname.get(w.key);
    if (id) { out.push({ start: w.start, end: w.end, text: w.text, ids: [id], via: 'surname', first: w.i, last: w.i }); continue; }
    const byFirst = byFirstName.get(w.key);
    const next = words[w.i + 1];
    if (byFirst && !(next && next.cap && next.start - w.end <= 1)) out.push({ start: w.start, end: w.end, text: w.text, ids: [byFirst], via: 'first-name', first: w.i, last: w.i });
  }
  return out;
}

function buildActors(doc: Doc, kb: Kb, chosen: { cand: Candidate; id: string }[], newActors: Map<string, NonNullable<Candidate['newActor']>>): Actor[] {
  const byId = new Map<string, Actor>();
  for (const { cand, id } of [...chosen].sort(byCandStart)) {
    let actor = byId.get(id);
    if (!actor) {
      const known: KbActor | undefined = kb.actors.get(id);
      const fresh = newActors.get(id);
      actor = known
        ? { id, name: known.name, kind: known.kind, country: known.country, role: known.kind === 'person' ? rolesOn(known, doc.meta.published)[0]?.title ?? null : null, mentions: [] }
        : { id, name: fresh!.name, kind: fresh!.kind, country: fresh!.country, role: fresh!.role, mentions: [] };
      byId.set(id, actor);
    }
    actor.mentions.push({ start: cand.start, end: cand.end, text: cand.text });
  }
  return [...byId.values()];
}
