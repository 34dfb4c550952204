// Char precision and recall of the boilerplate stage on the marked fixtures, with what it
// missed and what it took wrongly: `node --import tsx scripts/score-boilerplate-fixtures.ts [DIR]`
// (DIR a folder of test/fixtures, e.g. scraped-wild or boilerplate-2, or any path; default
// test/fixtures/boilerplate).
import { createDoc } from '../src/doc/model.js';
import { findBoilerplate } from '../src/clean/boilerplate/index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadMarkedFixtures, charCounts, FIXTURE_DIR } from '../test/boilerplate-fixtures.js';

let tp = 0, fp = 0, fn = 0;
const arg = process.argv[2];
const inFixtures = arg ? join(FIXTURE_DIR, '..', arg) : FIXTURE_DIR;
const dir = !arg || existsSync(inFixtures) ? inFixtures : arg;
for (const f of loadMarkedFixtures(dir)) {
  const removed = findBoilerplate(createDoc(f.text, { title: null, published: null, url: null, source: f.name }));
  const c = charCounts(f, removed);
  tp += c.tp; fp += c.fp; fn += c.fn;
  console.log(`${f.name.padEnd(34)} tp ${c.tp} fp ${c.fp} fn ${c.fn}`);
  for (const s of f.must) {
    const missed = [...f.text.slice(s.start, s.end)].some((ch, k) => /\S/.test(ch) && !removed.some((r) => r.start <= s.start + k && s.start + k < r.end));
    if (missed) console.log(`   FN ${JSON.stringify(f.text.slice(s.start, s.end))}`);
  }
  for (const r of removed) {
    const ok = [...f.must, ...f.may].some((s) => s.start <= r.start && r.end <= s.end);
    if (!ok) console.log(`   FP [${r.rule}] ${JSON.stringify(f.text.slice(r.start, r.end))}`);
  }
}
console.log(`char P ${(100 * tp / Math.max(1, tp + fp)).toFixed(1)} R ${(100 * tp / Math.max(1, tp + fn)).toFixed(1)}`);
