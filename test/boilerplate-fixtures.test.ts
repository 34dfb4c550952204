import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../src/doc/model.js';
import { findBoilerplate } from '../src/clean/boilerplate/index.js';
import { loadMarkedFixtures, charCounts } from './boilerplate-fixtures.js';

const meta = { title: null, published: null, url: null, source: 'fixture' };

for (const f of loadMarkedFixtures()) {
  test(`boilerplate fixture ${f.name}: no line of prose is removed`, () => {
    const removed = findBoilerplate(createDoc(f.text, meta));
    const wrong = removed.filter((r) => ![...f.must, ...f.may].some((s) => s.start <= r.start && r.end <= s.end));
    assert.deepEqual(wrong.map((r) => `${r.rule}: ${f.text.slice(r.start, r.end)}`), []);
  });
}

test('boilerplate fixtures: at least 95% of the debris characters are removed', () => {
  let tp = 0, fn = 0;
  for (const f of loadMarkedFixtures()) {
    const c = charCounts(f, findBoilerplate(createDoc(f.text, meta)));
    tp += c.tp; fn += c.fn;
  }
  assert.ok(tp / (tp + fn) >= 0.95, `recall ${(tp / (tp + fn)).toFixed(3)}`);
});
