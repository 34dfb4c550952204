// The runner the invented position passages share (positions-grid, positions-wild-3,
// positions-wild-frames): each passage gives the positions it expects (and, with `target`, to whom),
// none it forbids, nothing at all when it is a hard negative; a position a reader finds that the
// pipeline still misses is `known`, with why, and runs as a todo test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

/** holder, stance and issue may each list alternatives, as the shared gold does (positions-pos23.json). */
export interface Expected { holder: string | string[]; stance: string | string[]; issue: string | string[]; target?: string; why?: string }
const among = (want: string | string[], got: string): boolean => (Array.isArray(want) ? want.includes(got) : want === got);
export interface Passage { id: string; war: string; batch?: number; cell?: string; text: string; expect: Expected[]; forbid?: Expected[]; known?: Expected[]; negative?: boolean; why?: string }

export function readPassages(file: string): Passage[] {
  return (JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')) as { passages: Passage[] }).passages;
}

/** Each position as "holder stance issue -> target" with actor ids, for messages that read as prose. */
function found(record: ExtractRecord): string[] {
  return record.positions.map((p) => `${p.holder} ${p.stance} ${p.issue} -> ${p.target ?? '-'}`);
}

function matches(record: ExtractRecord, want: Expected): boolean {
  return record.positions.some((p) => among(want.holder, p.holder) && among(want.stance, p.stance) && among(want.issue, p.issue)
    && (want.target === undefined || p.target === want.target));
}

/** One test a passage, named by `label` and what the passage is; one todo test a known miss. */
export function testPassages(label: string, passages: Passage[], published: string | null, nameOf: (p: Passage) => string): void {
  for (const passage of passages) {
    test(`${label} (${passage.negative ? `negative, ${passage.why}` : nameOf(passage)}): ${passage.id}`, () => {
      const record = extract(`Title\n\n${passage.text}`, published ?? undefined);
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
  for (const passage of passages) {
    for (const want of passage.known ?? []) {
      test(`${label} (known miss): ${passage.id} ${want.holder} ${want.stance} ${want.issue}`, { todo: want.why }, () => {
        const record = extract(`Title\n\n${passage.text}`, published ?? undefined);
        assert.ok(matches(record, want), found(record).join('; '));
      });
    }
  }
}
