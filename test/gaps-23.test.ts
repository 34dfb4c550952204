// Session 23 (gaps23): lost names found inside clauses. Invented sentences only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const gapsOf = (text: string) => extract(text).gaps;
const gapAfter = (text: string, before: string): boolean => {
  const at = text.indexOf(before) + before.length;
  return gapsOf(text).some((g) => Math.abs(g.start - at) <= 1);
};

test('gaps23: a subordinator\'s subject of two lost its second member before the verb', () => {
  const text = 'Border quiet\n\nThe villages rebuilt their schools since Armenia and agreed a truce last spring.\n';
  assert.ok(gapAfter(text, 'since Armenia and '));
});

test('gaps23: "between X and" before a verb or a preposition lost its second member', () => {
  const text = 'Talks stall\n\nTalks between Belgrade and remain stuck over the north, officials said.\n';
  assert.ok(gapAfter(text, 'between Belgrade and '));
  const text2 = 'Talks stall\n\nA call between Ruto and on ending the clashes lasted an hour.\n';
  assert.ok(gapAfter(text2, 'between Ruto and '));
});

test('gaps23: a list of names whose last member was lost before the verb', () => {
  const text = 'Talks stall\n\nThe envoys from the U.N., Serbia, and had agreed on a new round of talks.\n';
  assert.ok(gapAfter(text, 'Serbia, and '));
});

test('gaps23: a name accusing with no object before "of"', () => {
  const text = 'Talks stall\n\nShelling went on overnight. Kosovo accused of blocking the talks on Monday.\n';
  assert.ok(gapAfter(text, 'Kosovo accused '));
  const text2 = 'Talks stall\n\nOn Friday, Foreign Minister Ana Brnabic accused of stalling the return of refugees.\n';
  assert.ok(gapAfter(text2, 'Brnabic accused '));
});

test('gaps23: an absolute "with" whose -ing verb lost its subject', () => {
  const text = 'Talks stall\n\nThe outlook is unclear, with seeking to keep the northern districts.\n';
  assert.ok(gapAfter(text, 'unclear, with '));
});

test('gaps23: a reported clause after "that" lost its subject before "intends" or "and"', () => {
  const text = 'Talks stall\n\nOfficials said on Friday that intends to hold a vote in the north.\n';
  assert.ok(gapAfter(text, 'Friday that '));
  const text2 = 'Talks stall\n\nThe minister wrote a letter stressing that and Montenegro are close to a deal.\n';
  assert.ok(gapAfter(text2, 'stressing that '));
});

test('gaps23: a clause verb lost its subject after a long name or after ", and said"', () => {
  const text = 'Talks stall\n\nSerbian President Aleksandar Vucic says cannot accept the plan.\n';
  assert.ok(gapAfter(text, 'Vucic says '));
  const text2 = 'Talks stall\n\nThe minister rejected the plan, and said would respond.\n';
  assert.ok(gapAfter(text2, 'and said '));
});

test('gaps23: a preposition before a verb lost its object even after "that", unless a relative clause strands it', () => {
  const text = 'Talks stall\n\nHe shared the belief that the blockade of was illegal. Officials said talks with remain frozen.\n';
  assert.ok(gapAfter(text, 'blockade of '));
  assert.ok(gapAfter(text, 'talks with '));
});

test('gaps23: whole clauses of the same shapes give no gap', () => {
  const text = 'Talks in Brussels\n\nThe war has raged since February and has killed thousands. Talks between Belgrade and Pristina remain stuck. '
    + 'The envoys from the U.N., Serbia, and Kosovo had agreed on a new round. Kosovo accused Serbia of blocking the talks. '
    + 'The mayor was detained and accused of spying. The outlook is unclear, with fighting continuing in the north. '
    + 'Officials said on Friday that the council intends to vote. The minister rejected the plan, and said it would respond. '
    + 'What the country was fighting for is now lost. The town that they lived in was shelled.\n';
  assert.deepEqual(gapsOf(text).map((g) => g.context), []);
});

test('gaps23: the object a side accuses is the other side', () => {
  const text = 'Talks stall\n\nArmenia and Azerbaijan met in Geneva on Monday. Azerbaijan accused of blocking the talks. Armenia and Azerbaijan have fought for decades.\n';
  const at = text.indexOf('Azerbaijan accused ') + 'Azerbaijan accused '.length;
  assert.equal(gapsOf(text).find((g) => Math.abs(g.start - at) <= 1)?.restored?.name, 'Armenia');
});

test('gaps23: "went on overnight" is a verb\'s particle, no lost name', () => {
  const text = 'Talks stall\n\nArmenia and Azerbaijan met in Geneva on Monday. Shelling went on overnight near the border.\n';
  assert.deepEqual(gapsOf(text).map((g) => g.context), []);
});

test('gaps23: a trailing "said this month" after a clause with its own verb lost its speaker; an appositive did not', () => {
  const text = 'Talks stall\n\nKenya would need a mandate from the council to take part, said this month. Ruto, Kenya\'s president, said on Monday it was fine. The envoy, who was in Nairobi, said on Monday that talks go on.\n';
  const gaps = gapsOf(text);
  assert.equal(gaps.length, 1);
  assert.ok(gapAfter(text, 'take part, '));
});

test('gaps23: an opening phrase ("In the past", "If ...") before the verb lost the subject', () => {
  const text = 'Talks stall\n\nIn the past, said he would meet Kagame. If there was a resolution, told the assembly that Kenya would go.\n';
  assert.ok(gapAfter(text, 'In the past, '));
  assert.ok(gapAfter(text, 'a resolution, '));
});

test('gaps23: "said, has offered", "But has rejected", "Somalia’s has", "[]", "**,", "I believe has", "Al-,"', () => {
  const text = 'Talks stall\n\nSeparately, Tetteh said, has offered to mediate. But has rejected the demand and said no. Somalia’s has also addressed parliament. '
    + 'Tel Aviv [], March 25. The journalist _**,**_ author of a book. “I believe has managed to sway them,” he said. When the talks failed, Al-, a rebel, said he was ready.\n';
  for (const before of ['Tetteh said, ', 'But ', 'Somalia’s ', 'Tel Aviv [', 'journalist _**', 'I believe ', 'Al-']) assert.ok(gapAfter(text, before), before);
});

test('gaps23: the whole forms of those give no gap', () => {
  const text = 'Talks stall\n\nSeparately, Tetteh said, the envoy has offered to mediate. But Kenya has rejected the demand. He’s had enough. Let’s have a look. '
    + 'Somalia’s president has also addressed parliament. An image ![](pic.jpg) and a link [](http://x.y). “I believe he has managed to sway them,” he said. Al-Burhan said he was ready.\n';
  assert.deepEqual(gapsOf(text).map((g) => g.context), []);
});

test('gaps23: the first two words of a known three-word name before a verb lost the surname; a kunya is a whole name', () => {
  const text = 'Talks stall\n\nPresident Recep Tayyip said on Sunday he was ready to host the talks. "We will go on," Abu Mohammed told reporters.\n';
  assert.ok(gapAfter(text, 'Recep Tayyip '));
  assert.equal(gapsOf(text).length, 1);
});

test('gaps23: the lost second member after "between X and" is the side paired with X', () => {
  const text = 'Talks stall\n\nArmenia and Azerbaijan met in Geneva on Monday. Talks between Armenia and remain stuck over the border. Armenia and Azerbaijan have fought for decades.\n';
  const at = text.indexOf('between Armenia and ') + 'between Armenia and '.length;
  assert.equal(gapsOf(text).find((g) => Math.abs(g.start - at) <= 1)?.restored?.name, 'Azerbaijan');
});
