// Restorations of the tenth lost-names round (restore-from-frames.ts and the rules of
// restore-gaps.ts they extend), on invented sentences about real and invented conflicts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const gapAt = (text: string, before: string, published = '2025-06-01') => {
  const r = extract(`Title\n\n${text}`, published);
  const at = r.document.text.indexOf(before) + before.length;
  return { r, gap: r.gaps.find((g) => Math.abs(g.start - at) <= 1) };
};
const restoredAt = (text: string, before: string, published?: string) => gapAt(text, before, published).gap?.restored?.name ?? null;

test('restore10: a list of states that lost one member is the one state the article lists elsewhere with those left', () => {
  const text = 'Envoys from Armenia, Azerbaijan and Russia met in Moscow on Monday. Talks between , Azerbaijan and Russia will resume in June, officials said.';
  assert.equal(restoredAt(text, 'Talks between '), 'Armenia');
  // No other list of those states: nothing to restore.
  assert.equal(restoredAt('Armenia and Russia signed a deal. Talks between envoys from , Azerbaijan and Russia will resume.', 'envoys from '), null);
});

test('restore10: the lost subject of a reported attack is the side the speaker faces', () => {
  const text = 'Russia and Ukraine traded blame on Monday. Russia launched drones at Ukraine overnight. Ukrainian officials said had struck energy infrastructure 200 times this year.';
  assert.equal(restoredAt(text, 'officials said '), 'Russia');
  // The clause names the other side itself: the attacker is the speaker's own side.
  const own = 'Russia and Ukraine traded blame on Monday. Russia launched drones at Ukraine overnight. Ukrainian officials said had struck a Russian refinery.';
  assert.notEqual(restoredAt(own, 'officials said '), 'Russia');
});

test('restore10: "’s relations with X" and "-occupied" read the article\'s pairs and compounds', () => {
  const rel = 'Armenia and Azerbaijan held talks. Azerbaijan and Armenia agreed to meet again. He said work was under way to restore ’s relations with Azerbaijan.';
  assert.equal(restoredAt(rel, 'to restore '), 'Armenia');
  const occ = 'Russian-occupied towns had no power for days. About 6 million people live in -occupied regions, officials said.';
  assert.equal(restoredAt(occ, 'live in '), 'Russia');
});

test('restore10: a town, a comma and the lost name: the town\'s state (a dateline)', () => {
  assert.equal(restoredAt('The drones came at night.\n**Kharkiv, –** No one was hurt, residents said.', 'Kharkiv, '), 'Ukraine');
  // Not in a list of towns.
  assert.equal(restoredAt('Envoys flew to Goma, , and Kigali for talks.', 'Goma, '), null);
});

test('restore10: "in eastern " is the state of the place the sentence names before it', () => {
  const text = 'The talks are deadlocked over the Donbas, the industrial region in eastern that has been the epicentre of the fighting.';
  assert.equal(restoredAt(text, 'in eastern '), 'Ukraine');
});

test('restore10: what an attack freezes, deprives or would be ceded goes to the other side of its agent', () => {
  const freeze = 'Russia and Ukraine traded blame. Russia’s campaign to freeze into submission has intensified this winter.';
  assert.equal(restoredAt(freeze, 'to freeze '), 'Ukraine');
  const cede = 'Russia and Ukraine traded blame. The Ukrainian president has ruled out ceding any territory to and insisted on NATO integration.';
  assert.equal(restoredAt(cede, 'territory to '), 'Russia');
  const target = 'Russia and Ukraine traded blame. Russia launched 400 drones overnight, targeting ’s energy sector.';
  assert.equal(restoredAt(target, 'targeting '), 'Ukraine');
});

test('restore10: "the " in a list is the cast\'s one state whose name takes "the", not one the list names', () => {
  const text = 'The United States and China urged calm. Thailand and Cambodia clashed again. The and China both called for restraint on Friday.';
  assert.equal(restoredAt(text, 'clashed again. The '), 'United States');
  const named = 'The United States and the United Arab Emirates proposed a truce. Sudan rejected it. The , Saudi Arabia, Egypt and the UAE met again.';
  assert.notEqual(restoredAt(named, 'rejected it. The '), 'United Arab Emirates');
});

test('restore10: a demonym before a speaker\'s title: the reported clause\'s lost subject is that state', { todo: 'the gap rule for a titled speaker before "said" was reverted: dmgB gaps F1 fell 75.4 -> 75.0' }, () => {
  const text = 'Thailand and Cambodia clashed on the border. A Chinese foreign ministry spokesperson said was deeply concerned by the fighting.';
  assert.equal(restoredAt(text, 'spokesperson said '), 'China');
});

test('restore10: a quote that opens on a demand on a lost name is a demand on the speaker\'s other side', () => {
  const text = 'Thailand and Cambodia clashed again on Thursday.\n“We will defend our sovereignty,” Prime Minister Hun Manet said. “ must stop the attacks before we can talk.”';
  assert.equal(restoredAt(text, 'said. “'), 'Thailand');
  const after = 'Armenia and Azerbaijan traded fire.\n“ must stop using the border as a means of pressure,” Nikol Pashinyan said.';
  assert.equal(restoredAt(after, '\n“', '2025-03-12'), 'Azerbaijan');
});

test('restore10: "and and" lost the name between them', { todo: 'the "and and" gap rule was reverted with the titled-speaker rule: dmgB gaps F1 fell 75.4 -> 75.0' }, () => {
  assert.ok(gapAt('Washington welcomed the meeting between Armenia and and called for restraint.', 'Armenia and ').gap);
});
