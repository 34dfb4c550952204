// Conditions and cue-less refusals: "If X does Y, peace can be achieved" (the speaker demands Y of
// X), "in exchange for" after an offer, a refusal inside the issue's own words, and stance cues
// written around their object ("ruled it out"), "a lack of desire to".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

function triples(r: ExtractRecord): string[] {
  const name = (id: string) => r.actors.find((a) => a.id === id)?.name ?? id;
  return r.positions.map((p) => `${name(p.holder)} ${p.stance} ${p.issue}`).sort();
}

test('conditions: "If X does Y, peace can be achieved", the speaker said: Y is demanded', () => {
  const r = extract('Title\n\n"If Russia withdraws its troops from our land, peace can be achieved quickly," Zelensky said on Monday.');
  assert.ok(triples(r).some((t) => /^(?:Volodymyr Zelensky|Ukraine) demand withdrawal$/.test(t)), triples(r).join('; '));
});

test('conditions: a condition naming the speaker\'s own side is no demand', () => {
  const r = extract('Title\n\n"If Ukraine gets security guarantees, peace can be achieved," Zelensky said on Monday.');
  assert.ok(!triples(r).some((t) => / demand security_guarantees$/.test(t)), triples(r).join('; '));
});

test('conditions: what an offer asks "in exchange for" is demanded', () => {
  const r = extract('Title\n\nHamas said it was ready to release the remaining hostages in exchange for a permanent ceasefire.');
  const t = triples(r);
  assert.ok(t.includes('Hamas offer hostages'), t.join('; '));
  assert.ok(t.includes('Hamas demand ceasefire'), t.join('; '));
});

test('conditions: a proposal\'s swap "in exchange for" is proposed, not demanded', () => {
  const r = extract('Title\n\nThe mediator Steve Witkoff proposed a truce with hostages freed in exchange for prisoners.');
  assert.ok(!triples(r).some((t) => t.startsWith('Steve Witkoff demand')), triples(r).join('; '));
});

test('cues: "ruled it out" rejects like "ruled out"', () => {
  const r = extract('Title\n\nZelensky on Tuesday ruled any land swap out, his office said.');
  assert.ok(triples(r).some((t) => /^(?:Volodymyr Zelensky|Ukraine) reject territory$/.test(t)), triples(r).join('; '));
});

test('cues: "a lack of desire to" turns support around', () => {
  const r = extract('Title\n\nIsrael has shown a lack of desire to reach a ceasefire, Qatar said.');
  assert.ok(!triples(r).some((t) => t.endsWith('support ceasefire')), triples(r).join('; '));
});

test('cues: a refusal inside the issue\'s own words ("troops will not leave") rejects the withdrawal', () => {
  const r = extract('Title\n\nZelensky said Ukrainian troops will not leave the Donbas under any deal.');
  assert.ok(triples(r).some((t) => /^(?:Volodymyr Zelensky|Ukraine) reject withdrawal$/.test(t)), triples(r).join('; '));
});

test('hard negatives: "insisted there was no breakdown in the talks" asserts a fact, no demand', () => {
  const r = extract('Title\n\nA senior Qatari diplomat, Majed al-Ansari, insisted there was no breakdown in the talks.');
  assert.ok(!triples(r).some((t) => t.endsWith('demand peace_talks')), triples(r).join('; '));
});

test('carrying on the war: "vowed to continue fighting" rejects a ceasefire', () => {
  const r = extract('Title\n\nThe RSF commander vowed to continue fighting until the army surrenders, the RSF said.');
  assert.ok(triples(r).some((t) => t.endsWith('reject ceasefire')), triples(r).join('; '));
  assert.ok(!triples(r).some((t) => t.endsWith('support ceasefire')), triples(r).join('; '));
});

test('carrying on the war: a far cue does not take "continue fighting"', () => {
  const r = extract('Title\n\nKyiv backs any format that would deprive Russia of the appetite to continue fighting.');
  assert.ok(!triples(r).some((t) => t.startsWith('Ukraine') && t.endsWith('ceasefire')), triples(r).join('; '));
});
