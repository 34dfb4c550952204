// Position frames of the fifteenth session (issue 9), each with a sentence that must not give it:
// staying on refuses a withdrawal, a role in apposition names no issue, halting a release rejects it,
// "its demand" after "persuade X to" is X's, an issue that "could only happen" on terms is offered.
// The sentences are invented for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const positionsOf = (body: string) => extract(`Title\n\n${body}`, '2025-09-10').positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`);

test('forces that will stay somewhere for as long as a condition holds refuse a withdrawal', () => {
  const got = positionsOf('Turkish officials said their troops will remain in northern Syria for as long as the PKK poses a threat.');
  assert.ok(got.includes('turkiye reject withdrawal'), got.join('; '));
  const until = positionsOf('Russia will keep its troops in Transnistria until a final settlement is signed, Lavrov said.');
  assert.ok(until.some((p) => / reject withdrawal$/.test(p)), until.join('; '));
});

test('staying in power, in office or in talks is no refusal of a withdrawal', () => {
  for (const body of [
    'Maduro said he will remain in power for as long as the people want him to.',
    'Armenia will stay in the talks until a peace treaty is signed, Pashinyan said.',
  ]) {
    const got = positionsOf(body);
    assert.ok(!got.some((p) => / withdrawal$/.test(p)), `${body}: ${got.join('; ')}`);
  }
});

test('an issue word inside a role set off after a name is not what the sentence takes a stance on', () => {
  const got = positionsOf('Moscow has said it will not accept France, a leading ceasefire guarantor, sending any troops to Ukraine.');
  assert.ok(!got.includes('russia reject ceasefire'), got.join('; '));
  assert.ok(got.includes('russia reject peacekeepers'), got.join('; '));
});

test('halting or suspending a release rejects it', () => {
  const got = positionsOf('Azerbaijan said on Friday it was suspending the release of 32 Armenian detainees.');
  assert.ok(got.includes('azerbaijan reject prisoners'), got.join('; '));
});

test('a conflict frozen along the frontline, written as one word, is a ceasefire', () => {
  const got = positionsOf('Kyiv said the war should be frozen along the existing frontline while talks go on.');
  assert.ok(got.some((p) => /^ukraine (?:support|demand) ceasefire$/.test(p)), got.join('; '));
});

test('"its demand" after the one a speaker tries to persuade is that side\'s demand', () => {
  const got = positionsOf('Egyptian President Abdel Fattah al-Sisi said Cairo was trying to persuade Ethiopia to look at options beyond its demand for sea access through Eritrea.');
  assert.ok(got.some((p) => p.startsWith('ethiopia demand ')), got.join('; '));
  assert.ok(!got.some((p) => /^(?:egypt|abdel-fattah-al-sisi) demand /.test(p)), got.join('; '));
});

test('an issue that could only happen on terms is offered on them, but not in an analyst\'s guess', () => {
  const got = positionsOf('Hezbollah official Mahmoud Qmati said disarmament could only happen after Israel leaves the five hilltops.');
  assert.ok(got.some((p) => / offer demilitarisation$/.test(p)), got.join('; '));
  const guess = positionsOf('Analysts said a ceasefire could only happen by accident.');
  assert.deepEqual(guess, []);
});

test('what a side is pressed to do, and what "some" view as a step, are no positions of theirs', () => {
  assert.deepEqual(positionsOf('The strike on the market renewed pressure on Paul Kagame to accept a ceasefire in eastern Congo.'), []);
  assert.deepEqual(positionsOf('Some viewed the defeat of Hezbollah as a step towards a lasting truce in Lebanon.'), []);
  const asker = positionsOf('Trump is pressing Ukraine to accept a ceasefire.');
  assert.ok(asker.includes('donald-trump demand ceasefire') && !asker.some((p) => p.startsWith('ukraine ')), asker.join('; '));
});

test('an opening "Their demands" is the side that held the sentence before', () => {
  const got = positionsOf('The Houthis are seeking a halt to the strikes before any talks on Red Sea shipping. Their demands include the release of all prisoners held by the government.');
  assert.ok(got.includes('houthis demand prisoners'), got.join('; '));
  const two = positionsOf('Israel and Hamas both want a ceasefire. Their demands include the release of all prisoners.');
  assert.ok(!two.some((p) => / demand prisoners$/.test(p) && !/^(?:israel|hamas) /.test(p)), two.join('; '));
});

test('intending to stay in a buffer zone refuses the withdrawal, it offers none', () => {
  const got = positionsOf('Turkey intends to remain in the buffer zone in northern Iraq, the defence minister said.');
  assert.ok(got.includes('turkiye reject withdrawal') && !got.includes('turkiye offer withdrawal'), got.join('; '));
});

test('peace as the purpose of another issue\'s act is no position of its own', () => {
  const got = positionsOf('Pakistan said it was prepared to send 5,000 troops to Gaza to help secure peace.');
  assert.ok(got.includes('pakistan offer peacekeepers') && !got.includes('pakistan offer peace_talks'), got.join('; '));
});
