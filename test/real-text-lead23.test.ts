// Twenty-third session (lead23, issue 9): small forms found while reading, each tested on invented sentences; every test
// fails on the code before its change (checked on the parent commit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

function triples(r: ExtractRecord): string[] {
  return r.positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`).sort();
}
const run = (text: string) => extract(`Title\n\n${text}`, '2025-06-11');

test('lead23: a name after "into" is where talks went, not the subject that holds a position (one list of place prepositions)', () => {
  const t = triples(run('Talks that moved into Turkey last week aim to secure a ceasefire and an exchange of prisoners.'));
  assert.ok(!t.some((x) => x.startsWith('turkiye ')), t.join('; '));
});
