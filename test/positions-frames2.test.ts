// Frames added in the positions quality round: an announced act on an issue noun ("would begin a
// withdrawal"), the owner of a stance noun named by a possessive pronoun after a verb of blame,
// and "refusal of X" where X is what is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

function triples(r: ExtractRecord): string[] {
  const name = (id: string) => r.actors.find((a) => a.id === id)?.name ?? id;
  return r.positions.map((p) => `${name(p.holder)} ${p.stance} ${p.issue}`).sort();
}

test('frames2: "would begin a phased withdrawal" offers the withdrawal', () => {
  const r = extract('Title\n\nTurkey said on Sunday it would begin a gradual withdrawal of its soldiers from the area.');
  assert.ok(triples(r).includes('Türkiye offer withdrawal'), triples(r).join('; '));
});

test('frames2: an act under "if" is not announced', () => {
  const r = extract('Title\n\nIt is unclear if Turkey would begin a withdrawal of its soldiers from the area.');
  assert.ok(!triples(r).includes('Türkiye offer withdrawal'), triples(r).join('; '));
});

test('frames2: "criticised X for its refusal of ..." makes X the one refusing', () => {
  const r = extract('Title\n\nThe French envoy criticised Iran for its refusal of IAEA inspections at the site.');
  const t = triples(r);
  assert.ok(t.includes('Iran reject nuclear'), t.join('; '));
  assert.ok(!t.some((x) => x.startsWith('International Atomic Energy Agency')), t.join('; '));
});

test('frames2: "called X unacceptable", "described X as a positive step" pass a verdict on X', () => {
  const r = extract('Title\n\nLavrov called the deployment of European peacekeepers unacceptable.\n\nThe Kremlin described the energy truce as a positive step.');
  const t = triples(r);
  assert.ok(t.includes('Sergei Lavrov reject peacekeepers'), t.join('; '));
  assert.ok(t.includes('Russia support ceasefire'), t.join('; '));
});
