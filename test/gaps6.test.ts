// Gap rules and restorations of the sixth lost-names round, on invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const gapAt = (text: string, before: string, published = '2025-06-01') => {
  const r = extract(`Title\n\n${text}`, published);
  const at = r.document.text.indexOf(before) + before.length;
  return { r, gap: r.gaps.find((g) => Math.abs(g.start - at) <= 1) };
};

test('gaps6: a subordinator straight before a finite verb lost its subject', () => {
  assert.ok(gapAt('Though claims the whole province, Kyiv refuses to leave it.', 'Though ').gap);
  assert.ok(gapAt('Kyiv sent 40 bodies home, while received 35 in exchange.', 'while ').gap);
});

test('gaps6: a that-clause after a verb of saying needs its subject before a bare verb or a modal', () => {
  assert.ok(gapAt('The Kremlin has demanded that withdraw from the province.', 'demanded that ').gap);
  assert.ok(gapAt('Officials said Friday that was deeply involved in the plot.', 'Friday that ').gap);
  assert.deepEqual(extract('Title\n\nThe Kremlin has demanded that Kyiv withdraw from the province.').gaps, []);
});

test('gaps6: a quote closed by "noted" with no speaker, and a bullet opening on a verb, are gaps', () => {
  assert.ok(gapAt('“All prisoners must come home,” noted. The talks went on.', '” ').gap);
  assert.ok(gapAt('Key points\n* demands that Kyiv give up the province', '* ').gap);
});

test('gaps6: a preposition before a finite verb, or before a second preposition, lost its object', () => {
  assert.ok(gapAt('He said further sanctions on would depend on the talks.', 'sanctions on ').gap);
  assert.ok(gapAt('The leaders will meet at the summit in in October.', 'summit in ').gap);
  assert.ok(gapAt('Swaps will continue with under the agreement.', 'continue with ').gap);
});

test('gaps6: clefts and idioms with a stranded preposition are no gaps', () => {
  const text = 'What they asked for was a truce. All he hoped for is calm. They moved the vote to after the election. The plan, which he voted for, has passed.';
  assert.deepEqual(extract(`Title\n\n${text}`).gaps, []);
});

test('gaps6: an opening phrase "On the same day," before a verb, and a colon before "must", lost a subject', () => {
  assert.ok(gapAt('On the same day, issued a stern warning to the rebels.', 'day, ').gap);
  assert.ok(gapAt('He set out his terms: must drop its claims to the province.', 'terms: ').gap);
});

test('gaps6: a name lost after "the" is the one state of the cast whose name takes the article', () => {
  const { gap } = gapAt('Ukraine asked the United States for air defence. Kyiv has not received any offer from the .', 'from the ');
  assert.equal(gap?.restored?.name, 'United States');
  const two = gapAt('Ukraine thanked the United States and the United Arab Emirates. Kyiv has not received any offer from the .', 'from the ');
  assert.ok(two.gap);
  assert.equal(two.gap!.restored, null);
  const owner = gapAt('Ukraine asked the United States for help. Kyiv welcomed the ’s announcement.', 'welcomed the ');
  assert.notEqual(owner.gap?.restored?.name, 'United States');
});

test('gaps6: a quote whose speaker was lost is the last person named as a speaker nearby', () => {
  const { gap } = gapAt('Albin Kurti said the talks in Brussels were hard.\n“We will not give up the north,” said in Pristina.', 'north,” ');
  assert.equal(gap?.restored?.name, 'Albin Kurti');
  const none = gapAt('The talks in Brussels with Albin Kurti were hard.\n“We will not give up the north,” said in Pristina.', 'north,” ');
  assert.ok(none.gap);
  assert.equal(none.gap!.restored, null);
});

test('gaps6: a bare role before a finite verb is a gap even after "as" ("came as Ruritanian President urged")', () => {
  assert.ok(gapAt('The remarks came as Ruritanian President urged the rebels to talk.', 'President ').gap);
  assert.deepEqual(extract('Title\n\nShe served as president, then retired. He was elected president in 2019.').gaps, []);
});

test('gaps6: "the" before a preposition, and a dotted abbreviation before a cut hyphen, lost a name', () => {
  assert.ok(gapAt('Negotiators will return to the on Sunday for more talks.', 'to the ').gap);
  assert.ok(gapAt('They met within a U.S.- working group on trade.', 'U.S.-').gap);
  assert.deepEqual(extract('Title\n\nThe by-election and the in-laws were in the news. The on-site team left.').gaps, []);
});

test('gaps6: a name lost after "the" before a preposition is not guessed', () => {
  const { gap } = gapAt('Ukraine asked the United States for help. Negotiators will return to the on Sunday.', 'to the ');
  assert.ok(gap);
  assert.equal(gap!.restored, null);
});

test('gaps6: more opening phrases before a verb of saying lost the subject', () => {
  assert.ok(gapAt('By contrast, said his talks with the envoys were warm.', 'contrast, ').gap);
  assert.ok(gapAt('In Thursday’s statement, said the mediators had made progress.', 'statement, ').gap);
  assert.deepEqual(extract('Title\n\nIn Kyiv, said Zelensky, the mood is grim.').gaps, []);
});

test('gaps6: a sentence subject, "said", then an auxiliary lost the reported subject; relatives and clefts are English', () => {
  assert.ok(gapAt('Earlier this week, Ukrainian officials said had struck the grid 200 times.', 'officials said ').gap);
  assert.ok(gapAt('Experts say will not consider peace unless the war ends.', 'Experts say ').gap);
  const clean = 'It was the deal officials said was close. What he said was true. The figure, Kurti said, was accurate.';
  assert.deepEqual(extract(`Title\n\n${clean}`).gaps, []);
});
