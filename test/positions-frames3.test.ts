// Stance from the frame: "X but not Y" rejects Y; a stance noun singled out of a rejected
// object ("rejected the plan's provisions, particularly the demand that ...") is the rejection's
// content, not the rejecter's demand. Sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

function triples(r: ExtractRecord): string[] {
  return r.positions.map((p) => `${r.actors.find((a) => a.id === p.holder)?.name} ${p.stance} ${p.issue}`).sort();
}
const positionsOf = (text: string) => triples(extract(`Title\n\n${text}`));

test('frames3: "ready to discuss X but not Y" offers X and rejects Y', () => {
  const got = positionsOf('Russia is ready to discuss a ceasefire but not a withdrawal of its troops.');
  assert.ok(got.includes('Russia offer ceasefire'), got.join('; '));
  assert.ok(got.includes('Russia reject withdrawal'), got.join('; '));
});

test('frames3: "supports X, but not Y" rejects Y; "but not" with no issue after it adds nothing', () => {
  const got = positionsOf('Ukraine supports a truce, but not territorial concessions.');
  assert.ok(got.includes('Ukraine reject territory'), got.join('; '));
  const none = positionsOf('Israel wants the hostages back, but not at any price.');
  assert.ok(!none.some((t) => / reject /.test(t)), none.join('; '));
});

test('frames3: a demand singled out of what is rejected is rejected, not demanded by the rejecter', () => {
  const got = positionsOf("The US and the EU rejected the plan's main provisions, particularly the demand that Ukraine cut its army.");
  assert.ok(got.includes('United States reject demilitarisation'), got.join('; '));
  assert.ok(!got.some((t) => / demand demilitarisation$/.test(t)), got.join('; '));
});

test('frames3: dismissing allegations about an issue ("dismissed ... ceasefire breach allegations") is no position', () => {
  const got = positionsOf("Azerbaijan's defence ministry has dismissed Armenia's alleged ceasefire breach allegations.");
  assert.ok(!got.some((t) => / ceasefire$/.test(t)), got.join('; '));
  const kept = positionsOf('Russia rejected the ceasefire and reports said fighting went on.');
  assert.ok(kept.includes('Russia reject ceasefire'), kept.join('; '));
});

test('frames3: a stance noun denied by its copula ("was never a precondition") is no position', () => {
  const got = positionsOf('Lifting the sanctions was never a "precondition or key demand" of Iran, an adviser said.');
  assert.ok(!got.some((t) => / demand /.test(t)), got.join('; '));
});

test('frames3: "the group\'s weapons must be handed over" is disarmament, not military aid', () => {
  const got = positionsOf('Hamas has said it will not disarm, while Israel insists the group\'s weapons must be handed over before any reconstruction begins.');
  assert.ok(got.includes('Israel demand demilitarisation'), got.join('; '));
  assert.ok(!got.some((p) => p.endsWith('military_aid')), got.join('; '));
});

test('frames3: "... wanted X and denied that Y" gives the want no second issue from the denial', () => {
  const got = positionsOf('A Taliban spokesman said Kabul wanted the differences to be resolved through dialogue and denied that Afghan territory was being used against Pakistan.');
  assert.ok(!got.some((p) => p.endsWith(' territory')), got.join('; '));
});
