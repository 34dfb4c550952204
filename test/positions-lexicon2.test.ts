// Cue knowledge added in the second positions round: talks named by their verb frame
// ("engage with", "negotiate with"), refusals of plans ("has no plans to"), offers under a
// litotes ("will not hesitate to"), conditions named "contingent on", and acts a side observes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

function triples(r: ExtractRecord): string[] {
  const name = (id: string) => r.actors.find((a) => a.id === id)?.name ?? id;
  return r.positions.map((p) => `${name(p.holder)} ${p.stance} ${p.issue}`).sort();
}

test('lexicon2: refusing to engage with the other side rejects the talks', () => {
  const t = triples(extract('Title\n\nEthiopia has again refused to engage with the Tigrayan leadership.'));
  assert.ok(t.includes('Ethiopia reject peace_talks'), t.join('; '));
});

test('lexicon2: "will not hesitate to negotiate" is an offer, not a refusal', () => {
  const t = triples(extract('Title\n\nColombia will not hesitate to negotiate with the guerrillas, the minister said.'));
  assert.ok(t.some((x) => x.endsWith('offer peace_talks')), t.join('; '));
  assert.ok(!t.some((x) => x.endsWith('reject peace_talks')), t.join('; '));
});

test('lexicon2: "has no plans to withdraw" rejects the withdrawal', () => {
  const t = triples(extract('Title\n\nRwanda has no plans to withdraw its soldiers from the border area.'));
  assert.ok(t.includes('Rwanda reject withdrawal'), t.join('; '));
});

test('lexicon2: forced relocation of civilians is a humanitarian issue', () => {
  const t = triples(extract('Title\n\nJordan rejected any plan to relocate the residents of the West Bank.'));
  assert.ok(t.includes('Jordan reject humanitarian'), t.join('; '));
});

test('lexicon2: a side that would observe a truce offers it', () => {
  const t = triples(extract('Title\n\nArmenia said it would observe the truce along the border.'));
  assert.ok(t.includes('Armenia offer ceasefire'), t.join('; '));
});
