// A trailing ", a charge X denies", ", a claim the army rejected", ", which the government denies" is a
// second statement with its own speaker; ", which Hamas rejected" after a proposal is an act, no
// statement. Present-tense "accuse" and "complained" report too, and so does "called" a verdict
// ("called the vote illegal"). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const claimsOf = (body: string) => extract(`Title\n\n${body}`, '2025-07-02').claims.map((c) => `${c.source} ${c.hedge} ${c.cue}`);

test('"a charge New Delhi denies" is India\'s own statement after the accusation', () => {
  assert.deepEqual(claimsOf('Pakistan accused India of arming the insurgents in Balochistan, a charge New Delhi denies.'), ['pakistan direct accused', 'india direct denies']);
});

test('"a claim the army denied" and "which the government denies" give the denying side a claim', () => {
  const got = claimsOf('The rebels said soldiers had shelled the market in Kidal, a claim the army denied. Rights groups say troops burned homes in the north, which the government denies.');
  assert.equal(got.length, 4, got.join(' | '));
  assert.match(got[1], / direct denied$/);
  assert.match(got[3], / denies$/);
});

test('", which Hamas rejected" after a proposal is no second claim', () => {
  const got = claimsOf('Mediators said the new proposal mirrors the one presented in March, which Hamas rejected.');
  assert.equal(got.length, 1, got.join(' | '));
});

test('a relative clause whose verb follows the pronoun is no attribution of its own ("which has said")', () => {
  const got = claimsOf('Azerbaijan, which has said it wants a peace treaty this year, accused Armenia of stalling.');
  assert.ok(got.every((c) => c.startsWith('azerbaijan ')), got.join(' | '));
});

test('present-tense "accuse" and "complained" report a statement', () => {
  assert.deepEqual(claimsOf('Ukraine and its allies accuse Russia of deporting children.'), ['ukraine direct accuse']);
  assert.equal(claimsOf('Iraq has long complained that the PKK uses its mountains as a base.')[0], 'iraq direct complained');
});

test('"the West" speaking is an unnamed collective, reported', () => {
  assert.deepEqual(claimsOf('Moscow sells oil to India, which the West says helps finance the war.'), ['west reported says']);
});

test('"called" a verdict is a statement: "called the talks productive", "called Zelensky a dictator"', () => {
  assert.deepEqual(claimsOf('Moscow called the regional vote illegal.'), ['russia direct called']);
  assert.deepEqual(claimsOf('Hamas called the proposal a trap.'), ['hamas direct called']);
});

test('"called" a meeting, a person or for something is no verdict', () => {
  assert.deepEqual(claimsOf('The president called a meeting of the security council.'), []);
  assert.deepEqual(claimsOf('Trump called Putin on Monday.'), []);
  assert.deepEqual(claimsOf('Kyiv called up more reservists.'), []);
});

test('"X, head of <body>, called on" speaks as the person, not the body in the appositive', () => {
  assert.deepEqual(claimsOf('Akhtar Mengal, head of the Balochistan National Party, called on Islamabad to free the detained activists.').map((c) => c.split(' ')[0]), ['akhtar-mengal']);
});
