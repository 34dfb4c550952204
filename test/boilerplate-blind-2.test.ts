// The second, blind batch of invented wire-style pages (test/fixtures/boilerplate-2/README.md):
// no character of the article is removed, every line of debris marked "@" is, but for the misses
// listed. Written and marked before the rules ran on them (char recall 77.8 at precision 100 then).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createDoc } from '../src/doc/model.js';
import { findBoilerplate } from '../src/clean/boilerplate/index.js';
import { loadMarkedFixtures, charCounts, FIXTURE_DIR } from './boilerplate-fixtures.js';

const meta = { title: null, published: null, url: null, source: 'fixture' };
const pages = loadMarkedFixtures(join(FIXTURE_DIR, '..', 'boilerplate-2'));

/**
 * Debris the rules knowingly leave: the summary points of a Reuters story under "Summary" (marked
 * debris when the batch was written; the rules keep a story's summary points as prose, line-shape.ts);
 * an embedded post's attribution and a bare short link, which the article-extraction benchmark's
 * bodies hold as the article's (removing them cost body characters there).
 */
const KNOWN_MISSES = new Set([
  'https://p.dw.com/p/4xQ8c',
  'https://p.dw.com/p/4xQ5a',
  '— Volodymyr Zelenskyy (@ZelenskyyUa) March 4, 2026',
  'Moscow region governor says one person injured',
  'Vnukovo and Domodedovo airports suspend flights for hours',
  'Ukraine says it hit targets in Russia\'s defence industry',
]);

const covered = (removed: readonly { start: number; end: number }[], at: number) => removed.some((r) => r.start <= at && at < r.end);

test('boilerplate-2: there are twenty pages or more', () => {
  assert.ok(pages.length >= 20, `${pages.length} pages`);
});

for (const f of pages) {
  test(`boilerplate-2 ${f.name}: no character of the article is removed, the debris is`, () => {
    const removed = findBoilerplate(createDoc(f.text, meta));
    const wrong = removed.filter((r) => ![...f.must, ...f.may].some((s) => s.start <= r.start && r.end <= s.end));
    assert.deepEqual(wrong.map((r) => `${r.rule}: ${f.text.slice(r.start, r.end)}`), []);
    const missed = f.must.filter((s) => [...f.text.slice(s.start, s.end)].some((ch, k) => /\S/.test(ch) && !covered(removed, s.start + k)))
      .map((s) => f.text.slice(s.start, s.end).trim());
    assert.deepEqual(missed.filter((t) => !KNOWN_MISSES.has(t)), []);
  });
}

test('boilerplate-2: at least 95% of the debris characters are removed, at precision 100', () => {
  let tp = 0, fp = 0, fn = 0;
  for (const f of pages) {
    const c = charCounts(f, findBoilerplate(createDoc(f.text, meta)));
    tp += c.tp; fp += c.fp; fn += c.fn;
  }
  assert.equal(fp, 0);
  assert.ok(tp / (tp + fn) >= 0.95, `recall ${(tp / (tp + fn)).toFixed(3)}`);
});
