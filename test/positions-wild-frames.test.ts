// Issue 9, positions written the hard ways: invented wire-style passages about many wars
// (test/fixtures/positions-wild-frames.json) with the positions each must give, and hard
// negatives (predictions, questions, denials of a report, background, analysts' hypotheticals)
// that must give none. The passages are invented; none is drawn from an evaluation text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

interface Expected { holder: string; stance: string; issue: string; target?: string; why?: string }
/** `known`: positions a reader finds that the pipeline still misses, each with why (run as todo tests). */
interface Passage { id: string; war: string; text: string; expect: Expected[]; forbid?: Expected[]; known?: Expected[]; negative?: boolean; why?: string }

const fixture = JSON.parse(readFileSync(new URL('./fixtures/positions-wild-frames.json', import.meta.url), 'utf8')) as { passages: Passage[] };

/** Each position as "holder stance issue -> target" with actor ids, for messages that read as prose. */
function found(record: ExtractRecord): string[] {
  return record.positions.map((p) => `${p.holder} ${p.stance} ${p.issue} -> ${p.target ?? '-'}`);
}

function matches(record: ExtractRecord, want: Expected): boolean {
  return record.positions.some((p) => p.holder === want.holder && p.stance === want.stance && p.issue === want.issue
    && (want.target === undefined || p.target === want.target));
}

for (const passage of fixture.passages) {
  const name = passage.negative ? `wild frames (negative, ${passage.why}): ${passage.id}` : `wild frames (${passage.war}): ${passage.id}`;
  test(name, () => {
    const record = extract(`Title\n\n${passage.text}`);
    if (passage.negative) {
      assert.deepEqual(found(record), [], passage.text);
      return;
    }
    assert.ok(passage.expect.length + (passage.known?.length ?? 0) > 0, `${passage.id} expects nothing`);
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
    test(`wild frames (known miss): ${passage.id} ${want.holder} ${want.stance} ${want.issue}`, { todo: want.why }, () => {
      const record = extract(`Title\n\n${passage.text}`);
      assert.ok(matches(record, want), found(record).join('; '));
    });
  }
}
