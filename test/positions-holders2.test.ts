// Holders named by their capital before a verb the tagger may read as a plural noun ("Moscow
// demands a ..."), and stance cues that share their last words with the issue ("offered to host
// negotiations"). Sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

function triples(r: ExtractRecord): string[] {
  return r.positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`).sort();
}
const positionsOf = (text: string) => triples(extract(`Title\n\n${text}`));

test('holders2: a capital before an -s verb with its object acts ("Moscow demands a ...", "Beijing backs the ...")', () => {
  assert.ok(positionsOf('Moscow demands a full withdrawal of foreign troops.').includes('russia demand withdrawal'));
  assert.ok(positionsOf('Beijing backs the call for a truce.').some((t) => t.startsWith('china support ')));
  assert.ok(positionsOf('Paris wants that the sanctions stay in place.').some((t) => t.startsWith('france ')));
});

test('holders2: a capital before a plural noun is no actor ("Moscow demands were ...")', () => {
  assert.deepEqual(positionsOf('Moscow demands were rejected by the truce monitors.').filter((t) => t.startsWith('russia')), []);
});

test('holders2: a cue ending inside the issue\'s words governs it ("offered to host negotiations")', () => {
  assert.ok(positionsOf('Turkey offered to host negotiations between the two neighbours.').includes('turkiye offer peace_talks'));
  assert.ok(positionsOf('Qatar is offering to host talks on a truce.').includes('qatar offer peace_talks'));
});

test('holders2: a demonym before a noun that speaks for the state ("the Ukrainian leader", "Russian representatives")', () => {
  assert.ok(positionsOf('The Ukrainian leader insisted on security guarantees.').includes('ukraine demand security_guarantees'));
  assert.ok(positionsOf('Russian representatives rejected the truce.').includes('russia reject ceasefire'));
  assert.ok(positionsOf('The Ukrainian negotiating team insisted on security guarantees.').includes('ukraine demand security_guarantees'));
});

test('holders2: "both sides", "the two sides", "the warring parties" are the pair named together last', () => {
  assert.deepEqual(positionsOf('Talks between Armenia and Azerbaijan resumed in Geneva. Both sides agreed to a ceasefire.'), ['armenia offer ceasefire', 'azerbaijan offer ceasefire']);
  assert.deepEqual(positionsOf('Israel and Hamas are at war. The warring parties rejected the truce.'), ['hamas reject ceasefire', 'israel reject ceasefire']);
});

test('holders2: no pair named together, or a list of three, gives "both sides" no holder', () => {
  assert.deepEqual(positionsOf('Both sides rejected the truce.'), []);
  assert.deepEqual(positionsOf('Egypt, Qatar and the US mediated. Both sides agreed to a ceasefire.'), []);
});

test('holders2: a capital asked to act is a party, so the asker does not offer ("urged Moscow to accept a ceasefire")', () => {
  const t = positionsOf('Washington urged Moscow to accept a ceasefire.');
  assert.ok(t.includes('united-states support ceasefire'), t.join('; '));
  assert.ok(!t.includes('united-states offer ceasefire'), t.join('; '));
  assert.deepEqual(positionsOf('Macron flew to Moscow to discuss a truce.'), []);
});
