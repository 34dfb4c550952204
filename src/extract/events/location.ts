// The place of an event: the place its sentence puts it in, not any place the sentence names.
// "talks in Qatar's capital Doha" is in Doha, not in "Gaza" of "Gaza ceasefire talks"; a
// named city beats a whole country; of two equal places, the one nearer the cue wins.
import type { Actor, Doc, Location, Span } from '../../doc/model.js';
import { spansStartingIn, spansWithin } from '../../doc/span-index.js';
import type { SentenceView } from '../sentence-view.js';

const PLACE_PREPOSITION = /\b(?:in|at|near|on|outside|over|across|off|capital|city of|town of|village of|region of|province of|state of|district of|governorate of)\s+(?:the\s+)?$/i;

/** "in Niger's ", "near Sudan's ": a preposition, then a state's possessive. */
const POSSESSIVE_PLACE = /\b(?:in|at|near|outside|across|over)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?['’]s\s+$/u;
/** Nouns after a place's name that say what kind of area it is: "the Tillaberi region". */
const PLACE_TAKEN = /\b(?:seized|captured|recaptured|retook|overran|shelled|bombed|attacked|stormed|besieged)\s+$/i;
const FACILITY_AFTER = /^\s(?:[a-z-]+\s){0,2}?(?:refiner(?:y|ies)|oil depot|fuel depot|depot|port|seaport|airport|air ?base|naval base|military base|base|power plant|power station|plant|terminal|airfield|substation|factory|dam)\b/;
/** "city of", "town of": a settlement named. */
const SETTLEMENT_OF = /\b(?:city|town|village)\s+of\s+$/i;
const AREA_NOUNS = new Set(['region', 'province', 'district', 'governorate', 'county', 'oblast', 'department', 'municipality', 'state', 'area', 'city', 'town', 'village', 'camp', 'valley', 'prefecture', 'territory']);

interface PlaceIndex {
  /** Every mention of every location, in the order locations and their mentions are listed. */
  mentions: (Span & { loc: number })[];
  /** Per location: the names it goes by, the starts of its own mentions. */
  names: Set<string>[];
  starts: Set<number>[];
  /** Name -> the locations going by it. */
  byName: Map<string, number[]>;
}

const placeIndexes = new WeakMap<readonly Location[], PlaceIndex>();
const stateNames = new WeakMap<readonly Actor[], Set<string>>();

/** The document's places indexed once, so that placing an event reads its own sentence, not every place of the article. */
function placeIndex(doc: Doc): PlaceIndex {
  let index = placeIndexes.get(doc.locations);
  if (!index) {
    const byName = new Map<string, number[]>();
    const names = doc.locations.map((loc, i) => {
      const set = new Set([loc.name, ...loc.mentions.map((m) => m.text)]);
      for (const n of set) { const list = byName.get(n); if (list) list.push(i); else byName.set(n, [i]); }
      return set;
    });
    index = {
      mentions: doc.locations.flatMap((loc, i) => loc.mentions.map((m) => ({ start: m.start, end: m.end, loc: i }))),
      names, starts: doc.locations.map((loc) => new Set(loc.mentions.map((m) => m.start))), byName,
    };
    placeIndexes.set(doc.locations, index);
  }
  return index;
}

function isStateName(doc: Doc, name: string): boolean {
  let names = stateNames.get(doc.actors);
  if (!names) { names = new Set(doc.actors.filter((a) => a.kind === 'state').map((a) => a.name)); stateNames.set(doc.actors, names); }
  return names.has(name);
}

export function locationIn(doc: Doc, s: SentenceView, countries = true, cue: { start: number; end: number } | null = null): string | null {
  let best: { name: string; score: number } | null = null;
  const index = placeIndex(doc);
  // Only what lies in the sentence can place its event: the places' own mentions there, and the
  // actor mentions there that carry a place's name.
  const own = spansWithin(index.mentions, s.start, s.end);
  const named = spansWithin(doc.mentions, s.start, s.end);
  const locs = new Set(own.map((m) => m.loc));
  for (const m of named) for (const i of index.byName.get(m.text) ?? []) locs.add(i);
  for (const i of [...locs].sort((a, b) => a - b)) {
    const loc = doc.locations[i];
    // "talks in Abu Dhabi" may have been linked as a mention of the state it is the capital of: the place is still named there.
    // Only after a place preposition: "Kyiv would never recognise" names the state, not a place.
    const spans = [...own.filter((m) => m.loc === i), ...named.filter((m) => index.names[i].has(m.text) && !index.starts[i].has(m.start)
      && PLACE_PREPOSITION.test(doc.text.slice(Math.max(s.start, m.start - 14), m.start)))];
    for (const m of spans) {
      if (isDateline(doc.text, s, m)) continue;
      const before = doc.text.slice(Math.max(s.start, m.start - 14), m.start);
      // "talks mediated by Washington", "a truce brokered by Doha": the capital is the mediator, not where it happened.
      if (/\bby\s+$/i.test(before)) continue;
      // A named place in the clause beats a whole country: "talks in Abu Dhabi" over "in Ukraine".
      const country = isStateName(doc, loc.name);
      if (country && !countries) continue;
      // "in Niger's Tillaberi region": the place after a state's possessive is where it happened.
      // ("the RSF seized El Fasher", "shelled Kharkiv": the place taken or hit is where it happened.)
      const placed = PLACE_PREPOSITION.test(before) || POSSESSIVE_PLACE.test(doc.text.slice(Math.max(s.start, m.start - 40), m.start)) || PLACE_TAKEN.test(before);
      // ("in Rakhine State's Mrauk-U Township": the place after the possessive is the narrower one.)
      let score = (placed ? 2 : 1) - (country ? 1.5 : 0) + (POSSESSIVE_PLACE.test(doc.text.slice(Math.max(s.start, m.start - 40), m.start)) ? 0.25 : 0);
      // ("in the White Nile city of Kosti", "the Kordofan town of Bara": the town named after the region naming it is the narrower place (events23).)
      if (SETTLEMENT_OF.test(before)) score += 0.25;
      // "Gaza ceasefire talks", "the Kyiv government": a place naming what a noun is about places
      // nothing ("the Tillaberi region" is still the place).
      const next = spansStartingIn(doc.tokens, m.end, m.end + 3)[0];
      // ("the Saratov oil refinery", "the Engels air base": a facility named by its place is still there.)
      if (next && next.pos === 'NOUN' && /^\s[a-z]/.test(doc.text.slice(m.end, next.start + 1)) && !AREA_NOUNS.has(doc.text.slice(next.start, next.end)) && !FACILITY_AFTER.test(doc.text.slice(m.end, Math.min(s.end, m.end + 40)))) score -= 0.75;
      if (cue) score -= Math.min(Math.abs(m.start - cue.end), Math.abs(cue.start - m.end)) / 10000;
      // ("killed 11 civilians in eastern Congo, as delegations met in Doha": a place of the clause after ", as" is the other act's, and the reverse.)
      // (A verbal act's place stays any the sentence names: "called for a deal ..., while the war in Gaza went on".)
      if (cue && countries && /,\s+(?:as|while|even as)\s/i.test(doc.text.slice(Math.min(m.end, cue.end) - 1, Math.max(m.start, cue.start)))) continue;
      // ("began talks in Egypt ... amid hopes that the war in Gaza may end", "... despite the fighting in Darfur": a place after "amid" or "despite" is the circumstance's.)
      if (cue && m.start > cue.end && /\s(?:amid|amidst|despite)\s/i.test(doc.text.slice(cue.end, m.start))) continue;
      if (!best || score > best.score) best = { name: loc.name, score };
    }
  }
  return best?.name ?? null;
}

/** "LONDON -- Talks concluded ...", "KYIV, Ukraine — ...", "ERBIL (Kurdistan24) —", "ISLAMABAD/NEW DELHI, May 10 (Reuters) -": where the reporter files from, not where the event is. */
const DATELINE_AFTER = /^(?:[,/] ?\p{L}[\p{L}\p{N}.'’]*(?:[ -][\p{L}\p{N}.'’]+){0,4}){0,2} ?(?:\([^)\n]{0,40}\) ?)?\**\s*(?:--|[—–-])\s/u;
function isDateline(text: string, s: SentenceView, m: Span): boolean {
  if (!/^[\s*_#]*(?:\p{Lu}[\p{Lu} .'’-]{0,30}\/)?$/u.test(text.slice(s.start, m.start))) return false;
  // ("BANGKOK: A military airstrike ...": a dateline in capitals closed by a colon.)
  if (/^\p{Lu}[\p{Lu} .'’-]{1,30}$/u.test(text.slice(m.start, m.end)) && /^:\s/.test(text.slice(m.end, m.end + 2))) return true;
  return DATELINE_AFTER.test(text.slice(m.end, Math.min(s.end, m.end + 80)));
}
