// Round posrec (issue 9, recall): frames read off the misses of the tuned halves, tested on invented
// passages (test/fixtures/positions-recall.json) with hard negatives that must give no position.
// The passages are invented; none is drawn from an evaluation text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

interface Expected { holder: string; stance: string; issue: string; why?: string }
interface Passage { id: string; war: string; pattern: string; text: string; expect: Expected[]; forbid?: Expected[]; known?: Expected[]; negative?: boolean; why?: string }

const fixture = JSON.parse(readFileSync(new URL('./fixtures/positions-recall.json', import.meta.url), 'utf8')) as { passages: Passage[] };

const found = (r: ExtractRecord) => r.positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`);
const matches = (r: ExtractRecord, w: Expected) => r.positions.some((p) => p.holder === w.holder && p.stance === w.stance && p.issue === w.issue);

test('posrec: every pattern has positive passages and a hard negative', () => {
  const patterns = new Set(fixture.passages.map((p) => p.pattern));
  for (const pattern of patterns) {
    const of = fixture.passages.filter((p) => p.pattern === pattern);
    assert.ok(of.some((p) => !p.negative), pattern);
    if (pattern !== 'two-clause') assert.ok(of.some((p) => p.negative), pattern);
  }
});

for (const passage of fixture.passages) {
  test(`posrec (${passage.pattern}${passage.negative ? `, negative: ${passage.why}` : ''}, ${passage.war}): ${passage.id}`, () => {
    const record = extract(`Title\n\n${passage.text}`, '2025-06-11');
    if (passage.negative) {
      assert.deepEqual(found(record), [], passage.text);
      return;
    }
    for (const want of passage.expect) assert.ok(matches(record, want), `${passage.text}\n  missing ${want.holder} ${want.stance} ${want.issue}; got ${found(record).join('; ')}`);
    for (const not of passage.forbid ?? []) assert.ok(!matches(record, not), `${passage.text}\n  unwanted ${not.holder} ${not.stance} ${not.issue}`);
  });
  for (const want of passage.known ?? []) {
    test(`posrec (known miss): ${passage.id} ${want.holder} ${want.stance} ${want.issue}`, { todo: want.why }, () => {
      const record = extract(`Title\n\n${passage.text}`, '2025-06-11');
      assert.ok(matches(record, want), found(record).join('; '));
    });
  }
}
