// Session 22 (gaps22): lost names found and restored from the text's own evidence. Invented sentences only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const gapsOf = (text: string) => extract(text).gaps;
const restoredAt = (text: string, before: string): string | null => {
  const at = text.indexOf(before) + before.length;
  const gap = gapsOf(text).find((g) => Math.abs(g.start - at) <= 1);
  assert.ok(gap, `a gap after ${JSON.stringify(before)}`);
  return gap.restored?.name ?? null;
};

test('gaps22: a dateline that lost its country is found and restored from the town', () => {
  const text = 'Fighting flares near the capital\n\nNAIROBI, (Reuters) - Gunmen attacked a police post on Monday, officials said. Kenya said it would send more troops.\n';
  assert.equal(restoredAt(text, 'NAIROBI, '), 'Kenya');
});

test('gaps22: a possessive in the sentence a dateline opens is the town\'s state, when the article names it', () => {
  const text = 'Talks stall in the north\n\nBAGHDAD (AFP) - \u2019s government said on Monday it would resume talks with Kurdish parties. Iraq has held three rounds this year.\n';
  assert.equal(restoredAt(text, 'BAGHDAD (AFP) - '), 'Iraq');
});

test('gaps22: a reported clause after "said later on Tuesday that" lost its subject', () => {
  const text = 'Border talks resume\n\nThe Armenian foreign minister said later on Tuesday that would sign the treaty within weeks. Armenia and Azerbaijan have negotiated for years.\n';
  const at = text.indexOf('Tuesday that ') + 'Tuesday that '.length;
  assert.ok(gapsOf(text).some((g) => Math.abs(g.start - at) <= 1));
});

test('gaps22: "Serbian and delegations" lost the second people\'s adjective, the state paired with the first', () => {
  const text = 'Talks in Brussels\n\nSerbia and Kosovo agreed to meet again. Serbian and delegations held two rounds of talks on Monday. Serbia and Kosovo have argued over the north for years.\n';
  assert.equal(restoredAt(text, 'Serbian and '), 'Kosovo');
});

test('gaps22: the object of a deed against one side is the other side', () => {
  const text = 'War enters its third year\n\nEthiopia and Eritrea have fought along the border since 2023. Ethiopia said its partners had to put more pressure on . Ethiopia and Eritrea both sent troops.\n';
  assert.equal(restoredAt(text, 'more pressure on'), 'Eritrea');
});

test('gaps22: an undamaged dateline and a whole pair of adjectives give no gap', () => {
  const text = 'Talks in Brussels\n\nNAIROBI, Kenya (Reuters) - Serbian and Kosovar delegations held two rounds of talks on Monday, and the minister said on Tuesday that the talks would go on.\n';
  assert.deepEqual(gapsOf(text), []);
});
