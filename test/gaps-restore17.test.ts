// Restoring lost names, seventeenth round (issue 9), on invented sentences: a place slot ("in .",
// "the war in .", "throughout .", "across eastern .") in an article whose places lie in one
// state is that state, the theatre of the article's events; not where the article's places are
// spread over two states, nor before a hyphen ("in -occupied regions": the occupier).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const gapAt = (text: string, before: string, published = '2026-03-12') => {
  const r = extract(`Title\n\n${text}`, published);
  const at = r.document.text.indexOf(before) + before.length;
  return { r, gap: r.gaps.find((g) => Math.abs(g.start - at) <= 1) };
};

// An article on the war in Sudan: Khartoum, Omdurman, El Fasher, Port Sudan and Darfur are Sudan's.
const SUDAN = 'PORT SUDAN, March 12 (Reuters) - The Rapid Support Forces shelled Omdurman and El Fasher on Wednesday, '
  + 'the army said, as fighting spread across North Darfur.\n'
  + 'The army, which holds Khartoum and Port Sudan, said it had pushed the RSF back from Omdurman.\n'
  + 'Aid agencies in Port Sudan said convoys to El Fasher had been stopped for a third week.\n';

test('gaps17: "the war in ." is the state where the article\'s places lie', () => {
  const text = SUDAN + 'Envoys from Saudi Arabia and the United States said a truce could end the war in . Neither side replied.';
  assert.equal(gapAt(text, 'end the war in ').gap?.restored?.name, 'Sudan');
});

test('gaps17: "told reporters in . on Friday", "throughout . of" are the theatre state too', () => {
  const told = SUDAN + '“We will not leave El Fasher,” the RSF commander told reporters in on Friday.';
  assert.equal(gapAt(told, 'told reporters in ').gap?.restored?.name, 'Sudan');
  const through = SUDAN + 'Attacks on power stations have deprived millions of people throughout of water, the UN said.';
  assert.equal(gapAt(through, 'people throughout ').gap?.restored?.name, 'Sudan');
});

test('gaps17: "representative in ," before an appositive\'s comma is the theatre state', () => {
  const text = SUDAN + '“Children are dying of hunger,” said Jane Doe, UNICEF country representative in , in a statement.';
  assert.equal(gapAt(text, 'representative in ').gap?.restored?.name, 'Sudan');
});

test('gaps17: no theatre state when the article\'s places lie in two states, nor before a hyphen', () => {
  const two = 'GOMA, March 12 (Reuters) - M23 rebels took Goma and Bukavu in Congo, and Rwanda moved troops to Gisenyi and Rubavu.\n'
    + 'Kigali and Kinshasa traded accusations as refugees reached Gisenyi from Goma.\n'
    + 'Envoys said a deal could end the war in . Neither side replied.';
  assert.equal(gapAt(two, 'end the war in ').gap?.restored ?? null, null);
  const hyphen = SUDAN + 'About 2 million people live in -held areas, the UN said.';
  assert.equal(gapAt(hyphen, 'people live in ').gap?.restored ?? null, null);
  // Where people meet is a venue, not the theatre; a venue named most is no side of the war.
  const venue = SUDAN + 'The two sides will hold talks in on Tuesday, a mediator said.';
  assert.equal(gapAt(venue, 'hold talks in ').gap?.restored ?? null, null);
});
