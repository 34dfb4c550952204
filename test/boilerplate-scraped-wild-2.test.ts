// Pages of other outlets scraped with their debris, invented in the twenty-third session
// (test/fixtures/scraped-wild-2, the tuned half, and scraped-wild-3, the check half that no rule was
// written from): no character of the article is removed, and the debris recall does not fall.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createDoc } from '../src/doc/model.js';
import { findBoilerplate } from '../src/clean/boilerplate/index.js';
import { loadMarkedFixtures, totalCounts, FIXTURE_DIR } from './boilerplate-fixtures.js';

const meta = { title: null, published: null, url: null, source: 'fixture' };

for (const [dir, floor] of [['scraped-wild-2', 0.97], ['scraped-wild-3', 0.85]] as const) {
  const pages = loadMarkedFixtures(join(FIXTURE_DIR, '..', dir));
  test(`${dir}: nine pages, no character of the articles removed`, () => {
    assert.equal(pages.length, 9);
    for (const f of pages) {
      const removed = findBoilerplate(createDoc(f.text, meta));
      const wrong = removed.filter((r) => ![...f.must, ...f.may].some((s) => s.start <= r.start && r.end <= s.end));
      assert.deepEqual(wrong.map((r) => `${f.name} ${r.rule}: ${f.text.slice(r.start, r.end)}`), []);
    }
  });
  test(`${dir}: debris char recall at least ${floor}`, () => {
    const { tp, fn } = totalCounts(pages, (f) => findBoilerplate(createDoc(f.text, meta)));
    assert.ok(tp / (tp + fn) >= floor, `recall ${(tp / (tp + fn)).toFixed(3)}`);
  });
}
