// Issue 9, round posgrid: an invented paraphrase grid (test/fixtures/positions-grid.json): for each of the
// 21 issues and 4 stances, wire-style sentences written with different frames and holders, in batches
// written before the code was run on them (`batch`), with the positions each must give, and hard negatives
// (denials, predictions, questions, background, conditionals, rumours) that must give none. The passages
// are invented; none is drawn from an evaluation text. `npx tsx scripts/score-grid.ts` prints pass rates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

interface Expected { holder: string; stance: string; issue: string; why?: string }
/** `known`: positions a reader finds that the pipeline still misses, each with why (run as todo tests). */
interface Passage { id: string; war: string; batch: number; cell?: string; text: string; expect: Expected[]; forbid?: Expected[]; known?: Expected[]; negative?: boolean; why?: string }

const fixture = JSON.parse(readFileSync(new URL('./fixtures/positions-grid.json', import.meta.url), 'utf8')) as { passages: Passage[] };

function found(record: ExtractRecord): string[] {
  return record.positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`);
}

function matches(record: ExtractRecord, want: Expected): boolean {
  return record.positions.some((p) => p.holder === want.holder && p.stance === want.stance && p.issue === want.issue);
}

test('grid: every issue and stance has passages, a quarter or more are hard negatives, each passage expects something or is negative', () => {
  const cells = new Set(fixture.passages.filter((p) => p.cell).map((p) => p.cell));
  assert.equal(cells.size, 84, [...cells].join(' '));
  assert.ok(fixture.passages.filter((p) => p.negative).length * 4 >= fixture.passages.length);
  assert.ok(fixture.passages.every((p) => (p.negative ? p.expect.length === 0 && !p.known : p.expect.length + (p.known?.length ?? 0) > 0)));
});

for (const passage of fixture.passages) {
  const name = passage.negative ? `grid (negative, ${passage.why}, batch ${passage.batch}): ${passage.id}` : `grid (${passage.cell}, ${passage.war}, batch ${passage.batch}): ${passage.id}`;
  test(name, () => {
    const record = extract(`Title\n\n${passage.text}`, '2025-06-11');
    if (passage.negative) {
      assert.deepEqual(found(record), [], passage.text);
      return;
    }
    for (const want of passage.expect) {
      assert.ok(matches(record, want), `${passage.text}\n  missing ${want.holder} ${want.stance} ${want.issue}; got ${found(record).join('; ')}`);
    }
    for (const not of passage.forbid ?? []) {
      assert.ok(!matches(record, not), `${passage.text}\n  unwanted ${not.holder} ${not.stance} ${not.issue}`);
    }
  });
}

for (const passage of fixture.passages) {
  for (const want of passage.known ?? []) {
    test(`grid (known miss): ${passage.id} ${want.holder} ${want.stance} ${want.issue}`, { todo: want.why }, () => {
      const record = extract(`Title\n\n${passage.text}`, '2025-06-11');
      assert.ok(matches(record, want), found(record).join('; '));
    });
  }
}
