// Rules read on real scraped copy of other wars in the twentieth session (kept out of the project),
// each tested here on invented lines: what they take, and the prose beside it that they leave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBylines } from '../src/clean/boilerplate/bylines.js';
import { splitLines } from '../src/doc/lines.js';
import { removedTexts, P1, P2 } from './boilerplate-helpers.js';

const bylineSpans = (line: string) => findBylines(splitLines(line)).map((r) => line.slice(r.start, r.end));

test('a dateline with a place and a date names any agency in capitals: "HARBOURTON, Feb. 21 (HNA) -"', () => {
  assert.deepEqual(bylineSpans('HARBOURTON, Feb. 21 (HNA) – The envoy said the talks would resume.'), ['HARBOURTON, Feb. 21 (HNA) – ']);
  assert.deepEqual(bylineSpans('Harbourton, March 3 (XNA): The envoy said the talks would resume.'), ['Harbourton, March 3 (XNA): ']);
  // No date: an unknown bracket after a place is not enough.
  assert.deepEqual(bylineSpans('HARBOURTON (HNA) – The envoy said the talks would resume.'), []);
  // Prose with an abbreviation in brackets is no dateline.
  assert.deepEqual(bylineSpans('The National Army (NA) – the rebels said – had shelled the port.'), []);
  assert.deepEqual(bylineSpans('On March 3 (UTC) - the envoy said - the talks resumed.'), []);
});

test('an outlet\'s name in brackets opening the first paragraph: "(The Harbour Post)– The rebels ..."', () => {
  const text = `Rebels quit the talks\n\n(The Harbour Post)– The rebel group has withdrawn from peace talks with the government.\n\n${P1}\n\n${P2}\n`;
  const removed = removedTexts(text);
  assert.ok(removed.includes('(The Harbour Post)– '), removed.join(' | '));
  assert.ok(!removed.some((r) => r.includes('withdrawn')));
  // A bracket inside prose, or a bracket that does not end in a dash, stays.
  assert.deepEqual(bylineSpans('(The Harbour Post) reported that the rebels had withdrawn.'), []);
  assert.deepEqual(bylineSpans('(Reuters correspondent) – not a dateline, a stray aside.'), []);
});

test('under a "Related Posts" heading, another story\'s dated teaser is part of the block', () => {
  const teaser = 'HARBOURTON, Feb. 21 (HNA) – The foreign ministers of the two states discussed regional developments in a phone call, stressing continued coordination.';
  const text = `Talks resume in the port city\n\n${P1}\n\n${P2}\n\nRelated Posts\nForeign ministers discuss regional developments\n${teaser}\nEnvoy stresses political solution to the dispute\n${teaser.replace('phone call', 'meeting')}\n`;
  const removed = removedTexts(text);
  assert.ok(removed.some((r) => r.includes('stressing continued coordination') && r.includes('phone call')), removed.join(' | '));
  assert.ok(removed.some((r) => r.includes('Envoy stresses political solution')), removed.join(' | '));
  assert.ok(removed.some((r) => r.includes('in a meeting, stressing')), removed.join(' | '));
  assert.ok(!removed.some((r) => r.includes('Negotiators') || r.includes('agreed to meet again')));
});

test('an article that opens with its own dateline under a related block above it keeps its prose', () => {
  const text = `Talks resume in the port city\n\nRelated Posts\nForeign ministers discuss regional developments\n\nHARBOURTON, Feb. 21 (HNA) – ${P1}\n\n${P2}\n`;
  const removed = removedTexts(text);
  assert.ok(!removed.some((r) => r.includes('Negotiators') || r.includes('agreed to meet again')), removed.join(' | '));
});
