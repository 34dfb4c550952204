// Holders named in the sentences before, by what speaks for them (session 22, branch posctx): a plan
// or proposal that is the subject speaks for its author named just before; "the foreign ministry"
// is the state whose ministry the paragraph named, not the last state named; "the Congolese justice
// minister" with no such person named is the state. Sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

function triples(r: ExtractRecord): string[] {
  return r.positions.map((p) => `${r.actors.find((a) => a.id === p.holder)?.name} ${p.stance} ${p.issue}`).sort();
}
const positionsOf = (text: string) => triples(extract(`Title\n\n${text}`));

test('holders-22: "The draft proposal included calls for X to ..." is the author of the plan named before, and only then', () => {
  const got = positionsOf('Qatar presented a ten-point plan to both delegations on Friday. The draft proposal reportedly included calls for Hamas to hand over its heavy weapons.');
  assert.ok(got.some((t) => /^Qatar (?:demand|support) demilitarisation$/.test(t)), got.join('; '));
  const unnamed = positionsOf('Talks resumed in Doha on Friday. The draft proposal reportedly included calls for Hamas to hand over its heavy weapons.');
  assert.ok(!unnamed.some((t) => / (?:demand|support) demilitarisation$/.test(t) && !t.startsWith('Hamas')), unnamed.join('; '));
});

test('holders-22: "The proposal stipulates that ... if X agrees to ..." speaks for the owner of "X\'s plan"', () => {
  const got = positionsOf("Borrell praised the EU's plan to lend the frozen assets to Kyiv. The proposal stipulates that the assets will be returned if Russia agrees to pay war reparations.");
  assert.ok(got.includes('European Union demand reconstruction'), got.join('; '));
});

test('holders-22: "the foreign ministry" is the state whose ministry the paragraph named, not the last state named', () => {
  const got = positionsOf("In Nicosia, Cyprus's interior ministry reiterated support for UN-mediated dialogue with Turkey. Officials said both governments remain committed to talks. Meanwhile, the foreign ministry stressed that a full withdrawal of Turkish troops is still the ultimate goal.");
  assert.ok(got.includes('Cyprus demand withdrawal'), got.join('; '));
  assert.ok(!got.some((t) => / demand withdrawal$/.test(t) && !t.startsWith('Cyprus')), got.join('; '));
});

test('holders-22: "the Congolese justice minister" with no such person named is the state', () => {
  const got = positionsOf('Rwanda and Congo signed a framework in Washington. The Congolese justice minister asked the court to order Rwanda to withdraw its troops from North Kivu.');
  assert.ok(got.some((t) => /Congo demand withdrawal$/.test(t)), got.join('; '));
});

test('holders-22: "This was announced ... by X" in the next sentence names the speaker of the one before', () => {
  const got = positionsOf('The army will not withdraw from the border districts as part of any deal. This was announced at a briefing in Yerevan by Prime Minister Nikol Pashinyan, reports the news site.');
  assert.ok(got.includes('Nikol Pashinyan reject withdrawal'), got.join('; '));
  const unsaid = positionsOf('The army will not withdraw from the border districts as part of any deal. Fighting continued on Monday, reports the news site.');
  assert.deepEqual(unsaid, []);
});
