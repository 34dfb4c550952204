// A place whose name opens with an Arabic article in lower case ("el-Fasher", "el-Obeid", as AP
// writes them) is the same place as "El Fasher". Invented sentences; the places are the shipped ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

test('"el-Fasher" and "el-Obeid" are found as the places they name', () => {
  const r = extract('Title\n\nA drone struck a market in el-Fasher on Tuesday, killing nine people. Shelling hit el-Obeid a day later.', '2025-07-04');
  const names = r.locations.map((l) => l.name).sort();
  assert.ok(names.includes('El Fasher') && names.includes('El Obeid'), names.join(','));
  assert.equal(r.events.find((e) => e.type === 'ASSAULT')?.location, 'El Fasher');
});

test('a lower-case "al" before a hyphen and no capital is no place', () => {
  const r = extract('Title\n\nThe envoy said an al-out offensive on the town was not expected this week.', '2025-07-04');
  assert.deepEqual(r.locations.map((l) => l.name), []);
});
