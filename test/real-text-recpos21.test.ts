// Twenty-first session (recpos21, issue 9, positions recall): general classes counted on the misses of the tuned
// sets and read off real wire copy of other wars (Thailand-Cambodia and the ASEAN observers, DR Congo-M23 in Doha,
// Gaza-Hamas, Yemen-Houthis, Ukraine 2025 on peacekeepers), not stored here; each class tested on invented
// sentences. Every test fails on the code before the change (main 2f80c24).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';
import { pluralOf } from '../src/lexicons/issue-forms.js';
import { paradigmCues } from '../src/lexicons/issue-paradigms.js';

function triples(r: ExtractRecord): string[] {
  return r.positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`).sort();
}
const run = (text: string) => extract(`Title\n\n${text}`, '2025-08-11');

test('recpos21: an issue cue in the plural ("monitoring teams") names the same issue', () => {
  const t = triples(run('Thailand and Cambodia agreed on Monday to deploy ASEAN monitoring teams along the frontier.'));
  assert.ok(t.includes('thailand offer peacekeepers') && t.includes('cambodia offer peacekeepers'), t.join('; '));
  assert.equal(pluralOf('team'), 'teams');
  assert.equal(pluralOf('party'), 'parties');
  // (No plural of a preposition, a form already inflected or a word whose plural means something else.)
  assert.equal(pluralOf('to'), null);
  assert.equal(pluralOf('detained'), null);
  assert.equal(pluralOf('arm'), null);
});

test('recpos21: neutral monitors are a monitoring mission, not neutrality', () => {
  const t = triples(run('Cambodia agreed to allow neutral monitors in the border provinces.'));
  assert.ok(t.includes('cambodia offer peacekeepers') && !t.some((x) => x.endsWith(' neutrality')), t.join('; '));
});

test('recpos21: an attitude or view toward an issue is a stance on it', () => {
  const t = triples(run('The Kremlin has a negative attitude toward the deployment of European peacekeepers.'));
  assert.ok(t.includes('russia reject peacekeepers'), t.join('; '));
  const t2 = triples(run('Hamas was receptive to the Egyptian truce proposal.'));
  assert.ok(t2.includes('hamas support ceasefire'), t2.join('; '));
  const t3 = triples(run('Israel takes a dim view of any ceasefire monitors from Europe.'));
  assert.ok(t3.includes('israel reject peacekeepers'), t3.join('; '));
});

test('recpos21: a verb frame in every form, object and voice (weapons given up, the army reduced)', () => {
  const t = triples(run('Israel demanded that Hezbollah give up its rockets.'));
  assert.ok(t.includes('israel demand demilitarisation'), t.join('; '));
  const t2 = triples(run("Moscow insists that Ukraine's army be reduced."));
  assert.ok(t2.includes('russia demand demilitarisation'), t2.join('; '));
  const t3 = triples(run('The M23 said it was ready to withdraw from Goma in return for the release of its fighters.'));
  assert.ok(t3.includes('m23 demand prisoners') && t3.includes('m23 offer withdrawal'), t3.join('; '));
  const cues = paradigmCues({ issue: 'demilitarisation', verbs: [['give', 'gives', 'gave', 'given', 'giving', 'up']], objects: ['rockets'], passive: true });
  assert.ok(cues.includes('gave up ... rockets') && cues.includes('rockets ... be given up'), cues.join('; '));
  // (The forces as the subject of a verb of leaving, in any of its forms.)
  const t5 = triples(run('Putin demanded that Ukrainian troops quit the Donbas.'));
  assert.ok(t5.includes('vladimir-putin demand withdrawal'), t5.join('; '));
  // (A released statement frees no one: the passive needs its auxiliary.)
  const t4 = triples(run('Hamas members released a statement on Sunday.'));
  assert.ok(!t4.some((x) => x.endsWith(' prisoners')), t4.join('; '));
});

test('recpos21: sending soldiers is sending a force; what "is key to" a goal is supported', () => {
  const t = triples(run('Meloni ruled out sending soldiers to Ukraine.'));
  assert.ok(t.includes('giorgia-meloni reject peacekeepers'), t.join('; '));
  const t2 = triples(run('Machar said the release of all detainees is key to any dialogue.'));
  assert.ok(t2.some((x) => x.startsWith('riek-machar support ')), t2.join('; '));
});
