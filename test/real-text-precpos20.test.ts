// Twentieth session (precpos20, issue 9, positions precision on unseen copy): sentences of real wire copy (Sudan,
// DR Congo-M23, Yemen-Oman, Ukraine-Turkey talks, Karabakh, Lebanon-Hezbollah, Armenia-Azerbaijan, Pakistan-Taliban,
// Thailand-Cambodia, Ukraine 2025) that look like positions and are not, read by eye (the copy is not stored here);
// each class tested on invented sentences of other wars. Every test fails on the code before the change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

function triples(r: ExtractRecord): string[] {
  return r.positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`).sort();
}
const run = (text: string) => extract(`Title\n\n${text}`, '2025-06-11');

test('precpos20: a mediator reporting what "the two sides" or "the parties" agreed holds no position of theirs', () => {
  const t = triples(run('Kenyan President William Ruto said the two sides would also put in writing their conditions for a ceasefire.'));
  assert.ok(!t.some((x) => x.startsWith('william-ruto ')), t.join('; '));
  const t2 = triples(run('Mediator William Ruto said on Friday that the parties had agreed to withdraw their fighters from Juba.'));
  assert.ok(!t2.some((x) => x.startsWith('william-ruto ')), t2.join('; '));
  // (A pair named before is still each side's: "Ethiopia and Eritrea ... the two sides".)
  const t3 = triples(run('Ethiopia and Eritrea met in Nairobi on Friday, and Ruto said the two sides had agreed to a ceasefire.'));
  assert.ok(t3.includes('ethiopia offer ceasefire') && t3.includes('eritrea offer ceasefire'), t3.join('; '));
});

test('precpos20: "the <other> side is unwilling to accept", said by a leader, is no stance of the leader', () => {
  const t = triples(run('"Regrettably, the Eritrean side is still unwilling to accept a ceasefire," Abiy Ahmed told lawmakers.'));
  assert.ok(!t.some((x) => x.startsWith('abiy-ahmed ') || x.startsWith('ethiopia ')), t.join('; '));
  // (One side the article does not name may be the speaker's own: kept.)
  const t2 = triples(run('Abiy Ahmed said the Ethiopian side remained committed to a ceasefire in Tigray.'));
  assert.ok(t2.some((x) => x.endsWith(' ceasefire')), t2.join('; '));
});

test('precpos20: "The main opposition coalition has said it will boycott ..." is not the stance of another name', () => {
  const t = triples(run('Ethiopia plans to hold elections in June. The main opposition coalition has said it will boycott the vote unless the constitution is restored.'));
  assert.ok(!t.some((x) => x.startsWith('ethiopia ')), t.join('; '));
});

test('precpos20: a side "under pressure to" act, or "facing mounting pressure to", holds no stance on the act', () => {
  const t = triples(run('Khartoum is under U.S. pressure to disarm the militias that fought alongside the army in Darfur.'));
  assert.ok(!t.some((x) => x.startsWith('sudan ')), t.join('; '));
  const t2 = triples(run('Addis Ababa faces mounting pressure to withdraw its troops from Somalia.'));
  assert.ok(!t2.some((x) => x.startsWith('ethiopia ')), t2.join('; '));
});

test('precpos20: a person the article introduces as an analyst or researcher holds no position, nor gives one', () => {
  const t = triples(run('Regional security analyst Hassan Khannenje said the TPLF "has no intention to disarm and never had."'));
  assert.ok(!t.some((x) => x.endsWith(' demilitarisation')), t.join('; '));
  const t2 = triples(run('Hassan Khannenje, a researcher at a Nairobi institute, said Eritrea would never accept a ceasefire.'));
  assert.ok(!t2.some((x) => x.endsWith(' ceasefire')), t2.join('; '));
});

test('precpos20: a passive with no agent ("had been agreed", "being proposed") is no stance of the speaker or the subject', () => {
  const t = triples(run('Kenyan President William Ruto, who mediated between the two sides, said the ceasefire had been agreed on humanitarian grounds.'));
  assert.ok(!t.some((x) => x.startsWith('william-ruto ')), t.join('; '));
  const t2 = triples(run('Abiy Ahmed is unlikely to be impressed by the kind of compromise being proposed for the disputed border areas.'));
  assert.ok(!t2.some((x) => x.startsWith('abiy-ahmed ')), t2.join('; '));
  // (Agreed with another party: the speaker's side agreed.)
  const t4 = triples(run('Abiy Ahmed declared on Sunday that a temporary truce had been agreed upon with the TPLF.'));
  assert.ok(t4.some((x) => x.startsWith('abiy-ahmed ') && x.endsWith(' ceasefire')), t4.join('; '));
  // (With its agent, the agent's: "a truce proposed by Eritrea".)
  const t3 = triples(run('A ceasefire was proposed by Eritrea on Monday.'));
  assert.ok(t3.some((x) => x.startsWith('eritrea ') && x.endsWith(' ceasefire')), t3.join('; '));
});

test('precpos20: a stance given up later in the same sentence ("but has since dropped", "a position it abandoned") is no longer held', () => {
  const t = triples(run('Asmara once demanded a full Ethiopian withdrawal from Badme, but it has since quietly dropped that demand.'));
  assert.ok(!t.some((x) => x.endsWith(' withdrawal')), t.join('; '));
  const t2 = triples(run('Eritrea has long insisted on full control of Badme, a position it abandoned in 2018.'));
  assert.ok(!t2.some((x) => x.startsWith('eritrea ')), t2.join('; '));
});

test('precpos20: what "many Israelis believe" or "critics say" a side will do is no stance of that side', () => {
  const t = triples(run('Many Ethiopians believe the TPLF will never agree to disarm.'));
  assert.ok(!t.some((x) => x.endsWith(' demilitarisation')), t.join('; '));
  const t2 = triples(run('Critics say Abiy Ahmed is ready to cede more territory to Eritrea.'));
  assert.ok(!t2.some((x) => x.endsWith(' territory')), t2.join('; '));
});

test('precpos20: "X is expected to reject the proposal" answers no terms stated before', () => {
  const t = triples(run('Ethiopia demanded that Eritrean troops leave Tigray. The TPLF is expected to reject the new proposal, according to regional officials.'));
  assert.ok(!t.some((x) => x.includes(' reject ')), t.join('; '));
});
