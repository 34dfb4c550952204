// Round pos14 (issue 9): frames read off the misses of the positions grid's batch 9, each tested on
// invented sentences other than the grid's own (every test fails on the code before the round).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

/** "holder stance issue" for every position, the holder by id. */
function triples(r: ExtractRecord): string[] {
  return r.positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`).sort();
}
const of = (text: string) => triples(extract(`Title\n\n${text}`, '2025-06-11'));

test('pos14: a refusal that lasts while another side\'s forces stay demands their withdrawal', () => {
  const t1 = of('The Houthis will not reopen the airport to flights while Saudi forces remain in Yemen, the group said.');
  assert.ok(t1.includes('houthis demand withdrawal'), t1.join('; '));
  const t2 = of('Kinshasa has refused any talks with the M23 as long as Rwandan troops occupy parts of North Kivu.');
  assert.ok(t2.includes('dr-congo demand withdrawal'), t2.join('; '));
  // (Staying in control or in power is no presence of forces.)
  const t3 = of('Israel rejects any reconstruction of Rafah while Hamas remains in power, officials in Jerusalem said.');
  assert.ok(!t3.some((x) => x.endsWith('demand withdrawal')), t3.join('; '));
});

// (The rule that read "would only <act> X if Y" as offering X was removed after the merge: it cost one
// true position on a held-out gold split. What stays true: the condition is demanded.)
test('pos14: "would only <act> X if Y" demands Y', { todo: 'offering the act X is not read (the rule cost a held-out true position)' }, () => {
  const t = of('The Polisario Front said it would only join U.N.-led talks if Morocco accepted a referendum on self-determination.');
  assert.ok(t.includes('polisario-front offer peace_talks'), t.join('; '));
  assert.ok(!t.includes('polisario-front demand peace_talks'), t.join('; '));
  // (With no condition after it, "would only accept" still demands.)
  const t2 = of('Moscow would only accept a neutral Ukraine, the Kremlin said.');
  assert.ok(t2.includes('russia demand neutrality'), t2.join('; '));
});

test('pos14: "the paramilitary force" and a rebel spokesman\'s "we" are the armed group', () => {
  const t1 = of('The RSF shelled the outskirts of El Obeid overnight. The paramilitary force later said it was ready to open a humanitarian corridor for civilians.');
  assert.ok(t1.includes('rsf offer humanitarian'), t1.join('; '));
  const t2 = of('M23 spokesman Willy Ngoma spoke in Goma on Monday. "We will not withdraw from the towns we control," he said.');
  assert.ok(t2.includes('m23 reject withdrawal'), t2.join('; '));
});

test('pos14: a demonym owns a stance noun in apposition; the talks it is "in" are no issue of it', () => {
  const t = of('Kyiv said it would never recognise the annexation of Crimea, a long-standing Russian demand in the negotiations.');
  assert.ok(t.includes('russia demand territory'), t.join('; '));
  assert.ok(!t.includes('russia demand peace_talks'), t.join('; '));
});

test('pos14: calling for observers "to be deployed" supports them; what an urging waits for ("until") is demanded', () => {
  const t1 = of('Thailand has called for AU monitors to be stationed along the frontier, its foreign minister said.');
  assert.ok(t1.includes('thailand support peacekeepers') && !t1.includes('thailand demand peacekeepers'), t1.join('; '));
  const t2 = of('Zelensky urged European allies to keep up sanctions on Moscow until Russian troops withdraw from Ukraine.');
  assert.ok(t2.includes('volodymyr-zelensky demand withdrawal'), t2.join('; '));
});

test('pos14: "the precondition for X is Y" demands Y only; "groups that lay down their arms" is demanded', () => {
  const t1 = of('Belgrade\'s main precondition for normalising ties is an association of Serb municipalities, the Serbian president said.');
  assert.ok(t1.includes('serbia demand minority_rights'), t1.join('; '));
  assert.ok(!t1.some((x) => x.endsWith('peace_talks')), t1.join('; '));
  const t2 = of('Mali\'s junta said it was ready to hold talks with armed groups that lay down their weapons.');
  assert.ok(t2.some((x) => x.endsWith('demand demilitarisation')) && !t2.some((x) => x.endsWith('offer demilitarisation')), t2.join('; '));
});

test('pos14: a gap in a cue takes abbreviations ("asked the U.N. Security Council to")', () => {
  const t = of('Somalia asked the U.N. Security Council to extend the mandate of the African Union mission.');
  assert.ok(t.some((x) => x.startsWith('somalia ') && x.endsWith(' peacekeepers')), t.join('; '));
});

test('pos14: "X said Moscow wanted Y ... as a condition for Z" is held by the one who wants, not the speaker', () => {
  const t = of('Pakistan\'s defence minister said Islamabad wanted the Taliban to disarm TTP fighters as a condition for reopening the border.');
  assert.ok(t.includes('pakistan demand demilitarisation'), t.join('; '));
});

test('pos14: "rejected by the paramilitary group" is the armed group named last', () => {
  const t = of('The army and the RSF traded accusations on Monday. A Saudi proposal for a truce has been rejected by the paramilitary group.');
  assert.ok(t.includes('rsf reject ceasefire'), t.join('; '));
});

test('pos14: a claim made "without offering evidence" gives no position', () => {
  const t = of('Azerbaijani media claimed, without providing evidence, that Yerevan had agreed to withdraw from the border villages.');
  assert.deepEqual(t, []);
});

test('pos14: lexicon of batch 10: police officers sent, suspension of military operations, a militia dismantled, support for terrorism', () => {
  const t1 = of('Chad said it was ready to send 300 police officers to Haiti.');
  assert.ok(t1.includes('chad offer peacekeepers'), t1.join('; '));
  const t2 = of('The ELN demanded the suspension of all military operations in Arauca.');
  assert.ok(t2.includes('eln demand ceasefire'), t2.join('; '));
  const t3 = of('Kigali insists that the FDLR militia be dismantled before any pull-back.');
  assert.ok(t3.includes('rwanda demand demilitarisation'), t3.join('; '));
  const t4 = of('New Delhi demanded that Pakistan end its support for terrorism in Kashmir.');
  assert.ok(t4.includes('india demand military_aid'), t4.join('; '));
});
