// Round pos15 (issue 9): grid batches 11 and 12 (test/fixtures/positions-grid.json), written blind before the
// tool ran on them, and the frames read off their misses, each tested on invented sentences other than the
// grid's own (every frame test fails on the code before the round). Known misses run as todo tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import { readPassages, testPassages } from './positions-passages.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

/** "holder stance issue" for every position, the holder by id. */
function triples(r: ExtractRecord): string[] {
  return r.positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`).sort();
}
const of = (text: string) => triples(extract(`Title\n\n${text}`, '2025-06-11'));

const batches = readPassages('positions-grid.json').filter((p) => p.batch === 11 || p.batch === 12);
test('pos15: grid batches 11 and 12 are there, a third of batch 12 hard negatives', () => {
  assert.equal(batches.filter((p) => p.batch === 11).length, 68);
  assert.ok(batches.filter((p) => p.batch === 12 && p.negative).length * 3 >= batches.filter((p) => p.batch === 12).length);
});
testPassages('pos15 grid', batches, '2025-06-11', (p) => `${p.cell}, ${p.war}, batch ${p.batch}`);

test('pos15: a cue inside "any deal that would ..." is turned down with the rejected deal', () => {
  const t1 = of('Hamas rejected any agreement that would require it to hand over its weapons, a spokesman said.');
  assert.ok(t1.includes('hamas reject demilitarisation') && !t1.includes('hamas demand demilitarisation'), t1.join('; '));
  const t2 = of('The Houthis rejected any deal that would require them to stop attacks on shipping.');
  assert.ok(t2.includes('houthis reject ceasefire') && !t2.includes('houthis demand ceasefire'), t2.join('; '));
});

test('pos15: "as long as the rebels stay in" demands their withdrawal', () => {
  const t = of('Tshisekedi ruled out any talks with the M23 as long as the rebels stay in Goma.');
  assert.ok(t.includes('felix-tshisekedi demand withdrawal'), t.join('; '));
});

test('pos15: a stance noun "echoed" or "backed by" a list of agents is each agent\'s', () => {
  const t1 = of("Egypt's call for a ceasefire in Sudan was echoed by Saudi Arabia and the United Arab Emirates.");
  assert.ok(t1.includes('saudi-arabia support ceasefire') && t1.includes('united-arab-emirates support ceasefire'), t1.join('; '));
  const t2 = of("Ethiopia's call for access to the sea was backed by Kenya, Djibouti and Somalia.");
  assert.ok(['kenya', 'djibouti', 'somalia'].every((h) => t2.includes(`${h} support economic`)), t2.join('; '));
});

test('pos15: every agent of a passive with a list: "proposed by Qatar and Egypt", "rejected by Israel and by U.S. President Donald Trump"', () => {
  const t1 = of('Israel rejected a truce proposed by Qatar and Egypt.');
  assert.ok(t1.includes('qatar offer ceasefire') && t1.includes('egypt offer ceasefire'), t1.join('; '));
  const t2 = of('The truce plan has been rejected by Israel and by U.S. President Donald Trump.');
  assert.ok(t2.includes('israel reject ceasefire') && t2.includes('donald-trump reject ceasefire'), t2.join('; '));
});

test('pos15: holders: "X, as IGAD chair," is X; "Congolese President X said ..." is the person', () => {
  const t1 = of('Kenya, as IGAD chair, offered to host talks between the two Sudanese sides.');
  assert.ok(t1.includes('kenya offer peace_talks') && !t1.includes('igad offer peace_talks'), t1.join('; '));
  const t2 = of('Congolese President Felix Tshisekedi said talks could only go ahead if Rwandan troops leave Congo.');
  assert.ok(t2.includes('felix-tshisekedi demand withdrawal') && !t2.includes('dr-congo demand withdrawal'), t2.join('; '));
});

test('pos15: "conditions ..., including that X do A and agree to B" asks B of X; no offer of X\'s', () => {
  const t = of('Azerbaijan listed conditions for a peace deal, including that Armenia scrap its territorial claims and agree to a transit corridor.');
  assert.ok(t.includes('azerbaijan demand economic') && !t.includes('armenia offer economic'), t.join('; '));
});

test('pos15: verdicts and issue words: "called X\'s election a sham", "a centralised system of government", "refrains from attacks", "troops would remain"', () => {
  const t1 = of("Maria Corina Machado called Maduro's election victory a sham.");
  assert.ok(t1.includes('maria-corina-machado reject elections_governance'), t1.join('; '));
  const t2 = of('The TPLF rejected a centralised system of government, saying Tigray must keep its autonomy.');
  assert.ok(t2.includes('tplf reject elections_governance'), t2.join('; '));
  const t3 = of('The Arakan Army offered to extend its truce in Rakhine provided that the military refrains from attacks on civilians.');
  assert.ok(t3.includes('arakan-army demand ceasefire'), t3.join('; '));
  const t4 = of('Ankara said Turkish troops would remain in the security zone in northern Syria.');
  assert.ok(t4.includes('turkiye reject withdrawal'), t4.join('; '));
});

test('pos15: a deal as the frame of another act, a mediator before the mediation', () => {
  const t1 = of('Thailand and Cambodia agreed to reopen border crossings under the Malaysian-brokered deal.');
  assert.ok(!t1.some((x) => x.endsWith('peace_talks')), t1.join('; '));
  const t2 = of('Armenia would welcome EU mediation on the border dispute, Pashinyan said.');
  assert.ok(t2.includes('armenia support peace_talks'), t2.join('; '));
});

test('pos15: hard negatives: a fear, a doubt, a guess, an unconfirmed claim', () => {
  for (const text of [
    'Many in Gaza fear that Israel will never allow reconstruction to begin.',
    'Pro-Kremlin bloggers claimed that Kyiv had agreed to a ceasefire, but officials in Kyiv did not confirm the report.',
    'The RSF could agree to a truce before the rainy season, a retired general speculated.',
    'Diplomats speculated that Tehran could accept a cap on enrichment.',
    'It is not certain that the M23 would withdraw from Bukavu.',
  ]) assert.deepEqual(of(text), [], text);
});

test('pos15: an issue before ", and" inside a longer cue of another issue stays; paying employees is economic', () => {
  const t1 = of("Kyiv wants guarantees of Russia's withdrawal, and security guarantees from its allies.");
  assert.ok(t1.includes('ukraine demand withdrawal') && t1.includes('ukraine demand security_guarantees'), t1.join('; '));
  const t2 = of('The SDF demanded that Damascus pay the government employees in the northeast.');
  assert.ok(t2.includes('sdf demand economic'), t2.join('; '));
});

test('pos15: a quoted verdict after a copula', { todo: 'were "not wise": the quote mark between copula and verdict; allowing it cost a false position on a held-out split' }, () => {
  const t = of('Tehran said talks with Washington under pressure were "not wise".');
  assert.ok(t.includes('iran reject peace_talks'), t.join('; '));
});
