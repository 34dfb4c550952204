// Holders named the hard ways, on invented wire-style passages about many wars (none taken from an
// evaluation set): a capital or ministry ("a demand rejected by Kigali", "the junta in Ouagadougou"),
// an office or an unnamed group of a side ("RSF negotiators", "the junta's spokesman"), a pronoun or
// "the movement" across a sentence boundary, reported speech across sentences, coordinated and
// passive holders; and hard negatives that must give no position at all. A passage with `todo`
// still fails for a reason its note names (mostly stance frames and issue words, not holders).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from './helpers.js';

interface Passage {
  id: string;
  kind: string;
  text: string;
  expect: { holder: string; stance: string; issue: string }[];
  todo?: string;
}

const fixture = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'positions-wild-holders.json');
const { passages } = JSON.parse(readFileSync(fixture, 'utf8')) as { passages: Passage[] };

test('wild holders: the fixture has 40+ passages and 10+ hard negatives', () => {
  assert.ok(passages.length >= 40, String(passages.length));
  assert.ok(passages.filter((p) => p.kind === 'negative').length >= 10);
  assert.ok(passages.every((p) => p.kind === 'negative' ? p.expect.length === 0 : p.expect.length > 0));
});

for (const p of passages) {
  const name = p.kind === 'negative'
    ? `wild holders (${p.id}): no position in "${p.text.slice(0, 60)}..."`
    : `wild holders (${p.id}, ${p.kind}): ${p.expect.map((e) => `${e.holder} ${e.stance} ${e.issue}`).join('; ')}`;
  test(name, p.todo ? { todo: p.todo } : {}, () => {
    const r = extract(`Title\n\n${p.text}`, '2025-06-11');
    const got = r.positions.map((x) => `${x.holder} ${x.stance} ${x.issue}`);
    if (p.kind === 'negative') {
      assert.deepEqual(got, []);
      return;
    }
    for (const e of p.expect) assert.ok(got.includes(`${e.holder} ${e.stance} ${e.issue}`), `${e.holder} ${e.stance} ${e.issue} not in: ${got.join('; ')}`);
  });
}
