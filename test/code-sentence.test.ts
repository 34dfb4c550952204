import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeSentence } from '../src/extract/events/code-sentence.js';
import { context } from './helpers.js';

const code = (text: string) => codeSentence(text, context());

test('code: a strike is ASSAULT with its mode, the subject the source and the object the target', () => {
  const c = code('Russian drones struck Kharkiv overnight, killing two people.');
  assert.equal(c.type, 'ASSAULT');
  assert.equal(c.mode, 'aerial');
  assert.deepEqual(c.source.map((s) => s.country), ['RU']);
});

test('code: a promise to cooperate is AGREE ("will give ... a grant")', () => {
  assert.equal(code('Norway will give Moldova a grant of 20 million dollars to rebuild schools.').type, 'AGREE');
});

test('code: an obligation put on another is REQUEST ("must return")', () => {
  assert.equal(code('Poland said that Belarus must release the detained journalists.').type, 'REQUEST');
});

test('code: a refusal to cooperate is REJECT ("would not meet")', () => {
  assert.equal(code('The government said it would not meet the kidnappers to discuss their demands.').type, 'REJECT');
});

test('code: a conditional withdrawal is THREATEN', () => {
  assert.equal(code('Kenya announced that it will withdraw its troops from Somalia unless it receives funding.').type, 'THREATEN');
});

test('code: a sentence without an event is null', () => {
  assert.deepEqual(code('The weather in Geneva was mild this week.'), { type: null, mode: null, source: [], target: [] });
});

test('code: being willing to withdraw one\'s troops is AGREE; announcing the recall of monitors is THREATEN', () => {
  assert.equal(code('Armenia says it is willing to withdraw its troops from the border villages.').type, 'AGREE');
  assert.equal(code('The rebels announced they will return weapons seized from the peacekeepers.').type, 'AGREE');
  assert.equal(code('The European Union will withdraw its monitors from the border unless the shelling stops.').type, 'THREATEN');
});

test('code: easing a curfew is CONCEDE, handing over medicine AID, and an obligation stays REQUEST whatever its clause tells', () => {
  assert.equal(code('The junta eased emergency measures on Friday in the northern provinces.').type, 'CONCEDE');
  assert.equal(code('Norwegian volunteers handed over two tonnes of medicine to the hospital in Kherson.').type, 'AID');
  assert.equal(code('Moldova said on Friday that Belarus must return a drone that was seized by its border guards.').type, 'REQUEST');
});
