// Who reports a stance after it ("..., Kazakh Foreign Minister Murat Nurtleu said") is not its
// target. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

test('the two sides paired by name earlier hold it, with the reporter as no target', () => {
  const r = extract('Title\n\nTalks between Armenia and Azerbaijan resumed in Almaty on Monday. The two sides agreed to implement the ceasefire immediately, Kazakh Foreign Minister Murat Nurtleu said.', '2025-07-04');
  const got = r.positions.filter((p) => p.issue === 'ceasefire').map((p) => `${p.holder} ${p.target}`).sort();
  assert.deepEqual(got, ['armenia null', 'azerbaijan null']);
});

test('a side named after the stance, not as its reporter, stays its target', () => {
  const r = extract('Title\n\nArmenian President Vahagn Khachaturyan demanded that Azerbaijan withdraw its troops from the border villages, his office said.', '2025-07-04');
  assert.ok(r.positions.some((p) => p.stance === 'demand' && p.issue === 'withdrawal' && p.target === 'azerbaijan'), JSON.stringify(r.positions));
});
