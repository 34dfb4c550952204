// Issue 9, round posgrid: an invented paraphrase grid (test/fixtures/positions-grid.json): for each of the
// 21 issues and 4 stances, wire-style sentences written with different frames and holders, in batches
// written before the code was run on them (`batch`), with the positions each must give, and hard negatives
// (denials, predictions, questions, background, conditionals, rumours) that must give none. The passages
// are invented; none is drawn from an evaluation text. `npx tsx scripts/score-grid.ts` prints pass rates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPassages, testPassages } from './positions-passages.js';

const passages = readPassages('positions-grid.json');

test('grid: every issue and stance has passages, a quarter or more are hard negatives, each passage expects something or is negative', () => {
  const cells = new Set(passages.filter((p) => p.cell).map((p) => p.cell));
  assert.equal(cells.size, 84, [...cells].join(' '));
  assert.ok(passages.filter((p) => p.negative).length * 4 >= passages.length);
  assert.ok(passages.every((p) => (p.negative ? p.expect.length === 0 && !p.known : p.expect.length + (p.known?.length ?? 0) > 0)));
});

testPassages('grid', passages, '2025-06-11', (p) => `${p.cell}, ${p.war}, batch ${p.batch}`);
