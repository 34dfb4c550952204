// "urged him to free the detainees and accept a ceasefire": what the asker urges the one asked to do
// is the asker's support, not the offer of the one asked; the one asked may be a pronoun. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const positionsOf = (body: string) => extract(`Title\n\n${body}`, '2025-07-02').positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`);

test('"urged him to accept a ceasefire": the one asked, named by a pronoun, offers nothing', () => {
  const got = positionsOf('President William Ruto met Salva Kiir in Nairobi on Monday. Ruto urged him to accept a ceasefire.');
  assert.ok(!got.some((p) => p.startsWith('salva-kiir')), got.join(' | '));
  assert.ok(got.includes('william-ruto support ceasefire'), got.join(' | '));
});

test('"urged X to free the prisoners and accept a ceasefire": the second act is asked too', () => {
  const got = positionsOf('Qatar urged Kinshasa to release the detainees and accept a ceasefire.');
  assert.ok(!got.some((p) => p.includes(' offer ')), got.join(' | '));
  assert.ok(got.includes('qatar support ceasefire'), got.join(' | '));
});

test('a new subject after "and" keeps its own stance', () => {
  const got = positionsOf('Qatar urged Kinshasa to release the detainees and Kinshasa agreed to a ceasefire.');
  assert.ok(got.includes('dr-congo offer ceasefire'), got.join(' | '));
});
