// Round 5 (swap) frames: owned stance nouns as objects, negated acts, "as part of any deal",
// "as a condition for", attributive participles, and more. Sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

function triples(r: ExtractRecord): string[] {
  return r.positions.map((p) => `${r.actors.find((a) => a.id === p.holder)?.name} ${p.stance} ${p.issue}`).sort();
}
const positionsOf = (text: string) => triples(extract(`Title\n\n${text}`));

test('swap5: "rejected X\'s offer for Y": the owner offers Y, the subject rejects it', () => {
  const got = positionsOf("The rebels' leader Ali Musa rejected Kenya's offer for a truce in the north.");
  assert.ok(got.includes('Kenya offer ceasefire'), got.join('; '));
  const named = positionsOf('Kenya hosted the talks. Ethiopia turned down the Kenyan proposal for a truce.');
  assert.ok(named.includes('Kenya offer ceasefire'), named.join('; '));
  assert.ok(named.includes('Ethiopia reject ceasefire'), named.join('; '));
  const two = positionsOf('Iran firmly rejected U.S. calls to dismantle its uranium enrichment programme.');
  assert.ok(two.includes('Iran reject nuclear'), two.join('; '));
  assert.ok(two.includes('United States demand nuclear'), two.join('; '));
});

test('swap5: a demonym or name before a stance noun owns it ("Turkish demands for ...")', () => {
  const got = positionsOf('Compliance with Turkish demands for the withdrawal of Kurdish fighters would be costly, Syria said.');
  assert.ok(got.includes('Türkiye demand withdrawal'), got.join('; '));
  const verb = positionsOf('Russia demands a ceasefire.');
  assert.deepEqual(verb, ['Russia demand ceasefire']);
});
