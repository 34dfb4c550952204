// Issue 9, round posw: invented wire-style passages about many wars (test/fixtures/positions-wild-3.json),
// written in batches before the code was run on them (`batch`), with the positions each must give, and
// hard negatives (denials, analysts' predictions, questions, background, hypotheticals, stances held by
// no one) that must give none. The passages are invented; none is drawn from an evaluation text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPassages, testPassages } from './positions-passages.js';

const passages = readPassages('positions-wild-3.json');

test('wild 3: the fixture has 75+ passages and 15+ hard negatives, each passage expecting something or negative', () => {
  assert.ok(passages.length >= 75, String(passages.length));
  assert.ok(passages.filter((p) => p.negative).length >= 15);
  assert.ok(passages.every((p) => (p.negative ? p.expect.length === 0 && !p.known : p.expect.length + (p.known?.length ?? 0) > 0)));
});

testPassages('wild 3', passages, '2025-06-11', (p) => `${p.war}, batch ${p.batch}`);
