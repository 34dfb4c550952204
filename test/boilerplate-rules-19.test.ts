// Rules read on real scraped copy of other wars in the nineteenth session (kept out of the project),
// each tested here on invented lines: what they take, and the prose beside it that they leave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBylines } from '../src/clean/boilerplate/bylines.js';
import { splitLines } from '../src/doc/lines.js';
import { removedTexts, plugRule, P1, P2 } from './boilerplate-helpers.js';

const bylineRules = (line: string) => findBylines(splitLines(line)).map((r) => r.rule);

test('plugs: a related link glued to its label ("RelatedTalks resume ...")', () => {
  assert.equal(plugRule('RelatedTalks resume in the port city as both armies trade blame'), 'read-more');
  assert.equal(plugRule('Read moreEnvoy lands in the capital for a second round'), 'read-more');
  assert.equal(plugRule('ALSO READ“We will not withdraw,” says the rebel commander'), 'read-more');
  assert.equal(plugRule('Related talks resumed in the port city on Tuesday, officials said.'), null);
  assert.equal(plugRule('Relatedly, the envoy said the talks would resume on Tuesday.'), null);
});

test('plugs: a live page\'s promo ("Live updates: Follow the latest ...")', () => {
  assert.equal(plugRule('Live updates: Follow the latest news on the border war'), 'get-latest');
  assert.equal(plugRule('LIVE: Follow our coverage of the talks'), 'get-latest');
  assert.equal(plugRule('Live fire: the army said it would follow the rebels into the hills.'), null);
});

test('plugs: a blog theme\'s placeholder street address', () => {
  const text = `Talks resume in the port city\n\nPhysical Address\n\n118 North Harbour St.\nPortsmouth Centre, MA 02120\n\n${P1}\n\n${P2}\n`;
  const removed = removedTexts(text);
  assert.ok(removed.includes('118 North Harbour St.'), removed.join(' | '));
  assert.ok(!removed.some((r) => r.includes('Negotiators')));
  assert.equal(plugRule('14 Marsa Road'), 'street-address');
  assert.equal(plugRule('14 people died on Marsa Road.'), null);
});

test('bylines: "Originally Published 2 years ago — by Department of State"', () => {
  assert.deepEqual(bylineRules('Originally Published 2 years ago — by Ministry of Foreign Affairs'), ['posted-dateline']);
  assert.deepEqual(bylineRules('Originally published in March 2024 by the Harbour Courier'), ['posted-dateline']);
  assert.deepEqual(bylineRules('Originally, the talks were to be published by the mediators in 2024.'), []);
});

test('a wire teaser\'s cut mark at the end of its paragraph: "(CONTINUED - 230 WORDS)"', () => {
  const para = '“We will attend the talks,” the commander wrote on X, welcoming the invitation. (CONTINUED - 230 WORDS)';
  const text = `Talks resume in the port city\n\n${P1}\n\n${para}\n`;
  const removed = removedTexts(text);
  assert.deepEqual(removed.filter((r) => /CONTINUED/.test(r)), ['(CONTINUED - 230 WORDS)']);
  assert.ok(!removed.some((r) => r.includes('welcoming')));
  assert.deepEqual(removedTexts(`Talks\n\n${P1} The talks continued (230 words of text were agreed).\n`).filter((r) => /words/.test(r)), []);
});
