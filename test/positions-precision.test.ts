// Positions precision (round posprec), on invented wire-style passages (none taken from an
// evaluation set): supposed stances (a gerund subject of a modal, analysts' suggestions), offers
// made only once a condition is met, reporting verbs coordinated with the sentence's first, a
// negotiator's office, cues inside the name of a body or document, "X wants Y to ..., and for Z to ...",
// what talks are offered for, a truce as a time, an unnamed asker, an enclave as a place, a bare
// apostrophe as a possessive, a participle clause after a document with its sender.
// A passage with `todo` still fails for the reason its note names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from './helpers.js';

interface Want { holder: string | string[]; stance: string; issue: string }
interface Passage { id: string; kind: string; pattern: string; text: string; expect: Want[]; forbid?: Want[]; published?: string; todo?: string }

const fixture = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'positions-precision.json');
const { passages } = JSON.parse(readFileSync(fixture, 'utf8')) as { passages: Passage[] };
const show = (w: Want) => `${[w.holder].flat().join('|')} ${w.stance} ${w.issue}`;
const fits = (got: string[], w: Want) => [w.holder].flat().some((h) => got.includes(`${h} ${w.stance} ${w.issue}`));

test('precision: the fixture has 25+ passages and 5+ negatives', () => {
  assert.ok(passages.length >= 25);
  assert.ok(passages.filter((p) => p.kind === 'negative').length >= 5);
  assert.ok(passages.every((p) => p.kind === 'negative' ? p.expect.length === 0 : p.expect.length > 0));
});

for (const p of passages) {
  const name = p.kind === 'negative'
    ? `precision (${p.id}): ${p.forbid ? `not ${p.forbid.map(show).join('; ')}` : 'no position'} in "${p.text.slice(0, 50)}..."`
    : `precision (${p.id}, ${p.pattern}): ${p.expect.map(show).join('; ')}`;
  test(name, p.todo ? { todo: p.todo } : {}, () => {
    const r = extract(`Title\n\n${p.text}`, p.published ?? '2026-02-10');
    const got = r.positions.map((x) => `${x.holder} ${x.stance} ${x.issue}`);
    if (p.kind === 'negative' && !p.forbid) assert.deepEqual(got, []);
    for (const w of p.forbid ?? []) assert.ok(!fits(got, w), `${show(w)} in: ${got.join('; ')}`);
    for (const w of p.expect) assert.ok(fits(got, w), `${show(w)} not in: ${got.join('; ')}`);
  });
}
