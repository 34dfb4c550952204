// Job titles standing for the person who holds them: "the Prime Minister", "Russia's foreign
// minister", "the Kremlin spokesman". The holder is found among the people who held that
// title on the publication date, narrowed by the country the text gives, then by who the
// article has already named, then by the article's main country.
import type { Doc } from '../doc/model.js';
import { type Kb, type KbActor, normName, heldOn, stateByName } from '../kb/index.js';
import { type Word, adjacent, keyOf } from './words.js';
import type { Candidate } from './candidate.js';

export interface TitleIndex {
  /** Normalised title ("prime minister") -> people who held it, with the role's country. */
  holders: Map<string, { actor: KbActor; country: string | null; org: string | null; start: string | null; end: string | null }[]>;
  maxWords: number;
  /** First words of all titles: a title can only start at one of these. */
  firstWords: Set<string>;
  /** Every title and each of its beginnings that ends before a space ("prime", "prime minister"): a longer span is no title once its beginning is none. */
  prefixes: Set<string>;
}

export function buildTitleIndex(kb: Kb): TitleIndex {
  const holders: TitleIndex['holders'] = new Map();
  let maxWords = 1;
  const firstWords = new Set<string>();
  const prefixes = new Set<string>();
  for (const a of kb.actors.values()) {
    for (const r of a.roles) {
      for (const t of r.titles) {
        const key = normName(t);
        if (key.length < 3) continue;
        maxWords = Math.max(maxWords, key.split(' ').length);
        firstWords.add(key.split(' ')[0]);
        prefixes.add(key);
        for (let p = key.indexOf(' '); p >= 0; p = key.indexOf(' ', p + 1)) prefixes.add(key.slice(0, p));
        const list = holders.get(key) ?? [];
        // A role in an organisation ("army chief" of the SAF) serves the organisation's country.
        list.push({ actor: a, country: r.country ?? (r.org ? kb.actors.get(r.org)?.country ?? null : null), org: r.org ?? null, start: r.start, end: r.end });
        holders.set(key, list);
      }
    }
  }
  return { holders, maxWords, firstWords, prefixes };
}

const INDEFINITE = new Set(['a', 'an', 'another', 'one']);

/** What the text says about whose title it is: "Russia's", "Russian", "the", "Ukraine's". */
function ownerCountry(doc: Doc, words: Word[], i: number, kb: Kb): { iso: string | null; first: number; definite: boolean } {
  const prev = words[i - 1];
  const prev2 = words[i - 2];
  // "A Congolese government spokesman" is one of several, not the office's holder.
  if (prev && kb.demonyms.has(prev.key) && adjacent(doc, prev, words[i])) return { iso: kb.demonyms.get(prev.key)!, first: i - 1, definite: !(prev2 && INDEFINITE.has(prev2.key)) };
  if (prev && /^['’]s$/.test(prev.text) && prev2) {
    const state = stateByName(kb, prev2.key);
    if (state) return { iso: state.country, first: i - 2, definite: true };
    const metonym = kb.metonyms.get(prev2.key);
    if (metonym) return { iso: metonym, first: i - 2, definite: true };
  }
  if (prev && prev.key === 'the') return { iso: null, first: i - 1, definite: true };
  // "the US secretary of state", "the UK prime minister": a state's name as the title's first word.
  if (prev && prev.cap && adjacent(doc, prev, words[i])) {
    const state = stateByName(kb, prev.key);
    if (state) return { iso: state.country, first: i - 1, definite: !(prev2 && INDEFINITE.has(prev2.key)) };
  }
  return { iso: null, first: i, definite: false };
}

/** A mention of a body (an organisation, an armed group, a coalition) already linked, by its words. */
export interface BodyMention { id: string; first: number; last: number }

/**
 * The body whose title the words from i are: "the NATO secretary-general", "the RSF commander",
 * "the Taliban's foreign minister", "Sudan's army chief" (the army linked as the SAF).
 */
function bodyOwner(doc: Doc, words: Word[], i: number, bodyAt: (w: number) => BodyMention | null): BodyMention | null {
  const prev = words[i - 1];
  if (!prev) return null;
  if (/^['’]s$/.test(prev.text)) return i >= 2 ? bodyAt(i - 2) : null;
  const body = bodyAt(i - 1);
  return body && adjacent(doc, prev, words[i]) ? body : null;
}

/**
 * The holders of a title a body's mention owns: the title written with the body's words before
 * it ("RSF commander", "army chief" after the SAF's "army"), else the bare title of a role in
 * that body, else of the body's country ("the Taliban's foreign minister").
 */
function bodyHolders(index: TitleIndex, kb: Kb, words: Word[], body: BodyMention, key: string): { actor: KbActor; country: string | null; org: string | null; start: string | null; end: string | null }[] {
  const country = kb.actors.get(body.id)?.country ?? null;
  const fits = (h: { org: string | null; country: string | null }) => h.org === body.id || (h.org === null && country !== null && h.country === country);
  const whole = keyOf(words, body.first, body.last + 1);
  for (const k of [`${whole} ${key}`, `${words[body.last].key} ${key}`]) {
    const list = index.holders.get(k)?.filter(fits);
    if (list?.length) return list;
  }
  return (index.holders.get(key) ?? []).filter(fits);
}

/** `named`: actor id -> the starts of its mentions; the holder named last before the title wins. */
export function findTitles(doc: Doc, words: Word[], kb: Kb, index: TitleIndex, mainCountry: string | null, named: Map<string, number[]>, bodyAt: (w: number) => BodyMention | null = () => null): Candidate[] {
  const out: Candidate[] = [];
  const date = doc.meta.published;
  for (let i = 0; i < words.length; i++) {
    // A body's own words open no title: its title is read after them, with the body as its owner.
    if (bodyAt(i)) continue;
    const body = bodyOwner(doc, words, i, bodyAt);
    if (body) {
      const found = bodyTitle(doc, words, kb, index, i, body, date, named);
      if (found) { out.push(found); i = found.last; continue; }
    }
    if (!index.firstWords.has(words[i].key)) continue;
    // The keys of the spans of 1..maxWords words from i, built once each, tried longest first.
    const keys = [words[i].key];
    for (let n = 2; n <= Math.min(index.maxWords, words.length - i); n++) {
      const key = `${keys[n - 2]} ${words[i + n - 1].key}`;
      if (!index.prefixes.has(key)) break;
      keys.push(key);
    }
    for (let n = keys.length; n >= 1; n--) {
      const key = keys[n - 1];
      const list = index.holders.get(key);
      if (!list) continue;
      const after = words[i + n];
      // "President Donald Trump": the name follows, the name matcher links it.
      if (after && after.cap && after.pos === 'PROPN' && adjacent(doc, words[i + n - 1], after)) break;
      // "a message to the president, Joseph Kabila": a name in apposition after the title is its holder, whoever holds it today
      // (the title stays the holder's when that name is the holder's own: "the prime minister, Sheikh Mohammed ... Al Thani").
      const apposed = after?.text === ',' && words[i + n + 1]?.cap && words[i + n + 1].pos === 'PROPN' && ((words[i + n + 2]?.cap && words[i + n + 2].pos === 'PROPN') || (words[i + n + 2]?.text === '-' && words[i + n + 3]?.cap));
      const owner = ownerCountry(doc, words, i, kb);
      if (!owner.definite) break;
      // "Ivan Petrov, Russia's envoy": a title in apposition belongs to the name before it, not to its holder.
      const lead = words[owner.first - 1];
      if (lead?.text === ',' && words[owner.first - 2]?.cap && words[owner.first - 2]?.pos === 'PROPN') break;
      // "The spokesman of the TPLF, Getachew Reda": a title of a body named after it is held in that body, or by no one known.
      const ofAt = /^(?:of|for)$/.test(after?.key ?? '') ? (words[i + n + 1]?.key === 'the' ? i + n + 2 : i + n + 1) : -1;
      const ofBody = ofAt > 0 && ofAt < words.length ? bodyAt(ofAt) : null;
      const current = list.filter((h) => heldOn({ start: h.start, end: h.end } as never, date) && (owner.iso === null || h.country === owner.iso) && (!ofBody || h.org === ofBody.id));
      const before = lastNamedBefore(named, current.map((h) => h.actor.id), words[i].start);
      // ("the mayor of the second largest Ukrainian city": a title whose "of" names no body the index knows
      // says where it is held in words the index cannot read; the article's main country is no guess there.)
      const actor = choose(current, owner.iso, before, ofAt > 0 && !ofBody ? undefined : mainCountry);
      if (actor && apposed && !namesHolder(doc, words, i + n + 1, actor)) break;
      if (actor) {
        // "the Prime Minister" keeps its article; "Israel's prime minister" leaves "Israel" to the state.
        const from = owner.iso ? i : owner.first;
        const first = words[from];
        out.push({ start: first.start, end: words[i + n - 1].end, text: doc.text.slice(first.start, words[i + n - 1].end), ids: [actor.id], via: 'title', first: from, last: i + n - 1 });
        i += n - 1;
      }
      break;
    }
  }
  return out;
}

/** Whether the words from `from` to the next comma (a name in apposition) name the title's holder: its name or an alias of it. */
function namesHolder(doc: Doc, words: Word[], from: number, actor: KbActor): boolean {
  let to = from;
  while (to < words.length && to - from < 8 && !/^[,.;:()]$/.test(words[to].text)) to++;
  const named = normName(doc.text.slice(words[from].start, words[to - 1].end));
  return [actor.name, ...actor.aliases].some((a) => { const k = normName(a); return k.length > 2 && (named === k || named.includes(k)); });
}

/** The title at i owned by a body's mention before it, as a candidate of its holder on the date. */
function bodyTitle(doc: Doc, words: Word[], kb: Kb, index: TitleIndex, i: number, body: BodyMention, date: string | null, named: Map<string, number[]>): Candidate | null {
  const owner = kb.actors.get(body.id);
  if (!owner || owner.kind === 'person' || owner.kind === 'state') return null;
  // "A senior Houthi leader", "two RSF commanders": one of several, not the office's holder. Only
  // "the", a possessive, or nothing in lower case may stand before the body's name.
  const lead = words[body.first - 1];
  if (lead && (INDEFINITE.has(lead.key) || (!lead.cap && lead.key !== 'the' && !/^['’]s$/.test(lead.text) && /^\p{L}/u.test(lead.text)))) return null;
  let key: string;
  let best: Candidate | null = null;
  for (let n = 1; n <= Math.min(index.maxWords, words.length - i); n++) {
    if (n > 1 && !adjacent(doc, words[i + n - 2], words[i + n - 1])) break;
    key = keyOf(words, i, i + n);
    const after = words[i + n];
    // "the RSF commander Abdelrahim Dagalo": the name follows, the name matcher links it.
    if (after && after.cap && after.pos === 'PROPN' && adjacent(doc, words[i + n - 1], after)) continue;
    const current = bodyHolders(index, kb, words, body, key).filter((h) => heldOn({ start: h.start, end: h.end } as never, date));
    const unique = [...new Set(current.map((h) => h.actor.id))];
    let id: string | null = unique.length === 1 ? unique[0] : null;
    if (unique.length > 1) {
      const before = lastNamedBefore(named, unique, words[i].start);
      if (before.size) id = [...before.entries()].sort((a, b) => b[1] - a[1])[0][0];
    }
    if (id) best = { start: words[i].start, end: words[i + n - 1].end, text: doc.text.slice(words[i].start, words[i + n - 1].end), ids: [id], via: 'title', first: i, last: i + n - 1 };
  }
  return best;
}

/**
 * Where each of `ids` was last named before `at` (ids not named before are left out). Only the
 * holders in question are looked up, by halving their sorted starts: reading every name of the
 * article at every title made a page of titles quadratic.
 */
function lastNamedBefore(named: Map<string, number[]>, ids: string[], at: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of ids) {
    const starts = named.get(id);
    if (!starts || out.has(id)) continue;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < at) lo = mid + 1; else hi = mid;
    }
    if (lo > 0) out.set(id, starts[lo - 1]);
  }
  return out;
}

/** (`mainCountry` undefined: the article's main country is no clue to this title.) */
function choose(list: { actor: KbActor; country: string | null }[], iso: string | null, named: Map<string, number>, mainCountry: string | null | undefined): KbActor | null {
  const unique = [...new Map(list.map((h) => [h.actor.id, h])).values()];
  if (unique.length === 1 && iso) return unique[0].actor;
  const mentioned = unique.filter((h) => named.has(h.actor.id));
  if (mentioned.length === 1) return mentioned[0].actor;
  if (mentioned.length > 1) return mentioned.sort((a, b) => named.get(b.actor.id)! - named.get(a.actor.id)!)[0].actor;
  const home = mainCountry === undefined ? [] : unique.filter((h) => h.country === mainCountry);
  if (home.length === 1 && !iso) return home[0].actor;
  return unique.length === 1 && iso ? unique[0].actor : null;
}
