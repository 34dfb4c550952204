// Holders named in another sentence: an opening "he"/"she" continues the subject of the sentence
// before, a person named by office ("the minister") is the last person named with that office,
// and "the group said it ..." is the armed group named last. Sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

function triples(r: ExtractRecord): string[] {
  return r.positions.map((p) => `${r.actors.find((a) => a.id === p.holder)?.name} ${p.stance} ${p.issue}`).sort();
}
const positionsOf = (text: string) => triples(extract(`Title\n\n${text}`));

test('holders3: an opening "he" is the subject of the sentence before, not an earlier speaker', () => {
  const got = positionsOf('Sergei Lavrov said Moscow wanted talks. In a later interview, Volodymyr Zelensky hinted that a summit was possible. He also insisted that Europe "must be a participant" in any talks.');
  assert.ok(got.includes('Volodymyr Zelensky demand peace_talks'), got.join('; '));
  assert.ok(!got.includes('Sergei Lavrov demand peace_talks'), got.join('; '));
});

test('holders3: a paragraph break ends the continuation', () => {
  const broken = positionsOf('Sergei Lavrov said Moscow wanted talks. In a later interview, Volodymyr Zelensky hinted that a summit was possible.\n\nHe also insisted that Europe "must be a participant" in any talks.');
  assert.ok(!broken.includes('Volodymyr Zelensky demand peace_talks'), broken.join('; '));
});

test('holders3: "the minister" is the last person named whose role is a minister', () => {
  const got = positionsOf('Sergei Lavrov spoke in Moscow on Monday. The minister rejected any deployment of European peacekeepers.');
  assert.ok(got.includes('Sergei Lavrov reject peacekeepers'), got.join('; '));
});

test('holders3: "the French president" takes the last person of that state, not the last person', () => {
  const got = positionsOf('Emmanuel Macron held a call with Keir Starmer. The French president rejected new sanctions.');
  assert.ok(got.includes('Emmanuel Macron reject sanctions'), got.join('; '));
  assert.ok(!got.some((t) => t.startsWith('Keir Starmer')), got.join('; '));
});

test('holders3: "the group said it was ready to" is the armed group named last, not the last speaker', () => {
  const got = positionsOf('The Kremlin said talks were possible.\n\nHamas issued a statement on Sunday. The group said it was ready to release all hostages.');
  assert.ok(got.includes('Hamas offer hostages'), got.join('; '));
  assert.ok(!got.some((t) => t.startsWith('Russia offer')), got.join('; '));
});
