// Twenty-third session (branch pos23): position forms seen in copy of other wars, on invented sentences
// (each failed before its change), and the new invented fixture of the hidden set's wars
// (test/fixtures/positions-pos23.json): its tune half passage by passage, its check half in aggregate only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import { readPassages, testPassages, type Passage } from './positions-passages.js';

const run = (text: string): string[] => extract(`Title\n\n${text}`, '2025-06-11').positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`);

test('a nominal answer after a participle of consequence: "sparking a firm refusal from X" rejects what the clause before asked', () => {
  const a = run('Washington demanded that Hamas hand over its weapons, sparking a firm refusal from the militant group.');
  assert.ok(a.includes('hamas reject demilitarisation'), a.join('; '));
  const b = run('The African Union proposed a truce in Darfur, drawing a swift rejection from the RSF.');
  assert.ok(b.includes('rsf reject ceasefire'), b.join('; '));
});

test('"swift" before an answer or an outcome is no SWIFT banking cue (sanctions)', () => {
  const a = run('The African Union proposed a truce in Darfur, drawing a swift rejection from the RSF.');
  assert.ok(!a.some((p) => p.endsWith(' sanctions')), a.join('; '));
});

test('a verdict pronounced in a relative clause: "an offer Moscow has called unacceptable"', () => {
  const a = run('Paris said it was ready to send peacekeepers to Ukraine, an offer Moscow has called unacceptable.');
  assert.ok(a.includes('russia reject peacekeepers'), a.join('; '));
  // (the offer is answered, not the condition it waits for)
  const b = run('London said it was ready to send peacekeepers to Ukraine once a truce holds, an offer the Kremlin has called unacceptable.');
  assert.ok(b.includes('russia reject peacekeepers') && !b.includes('russia reject ceasefire'), b.join('; '));
});

test('criticising a side\'s answer to a proposal is no rejection of the proposal\'s issue', () => {
  const a = run('Israel criticized Hamas\'s reaction to the proposed truce, saying the group was stalling.');
  assert.ok(!a.includes('israel reject ceasefire'), a.join('; '));
  // (the criticism of the issue itself still rejects it)
  assert.ok(run('Kyiv condemned the Russian demand for neutrality.').includes('ukraine reject neutrality'));
});

test('"voiced distrust toward" a mission rejects it', () => {
  const a = run('Belgrade voiced deep distrust toward the proposed peacekeeping mission in the north.');
  assert.ok(a.includes('serbia reject peacekeepers'), a.join('; '));
});

test('a threat on a failed act: "threatened to walk away if A and B did not agree to a ceasefire" demands the ceasefire', () => {
  const a = run('Trump threatened to walk away from the peace effort if Moscow and Kyiv did not agree to a ceasefire.');
  assert.ok(a.includes('donald-trump demand ceasefire'), a.join('; '));
});

test('"the group is firm on its demand for": an unnamed group owning a stance noun by "its" is the armed group named before', () => {
  const a = run('Hezbollah officials met in Beirut on Monday. The group remains firm in its demand for a full Israeli withdrawal from the south.');
  assert.ok(a.includes('hezbollah demand withdrawal'), a.join('; '));
});

test('"demands from the army": the state\'s own army named before holds them, not the sentence subject', () => {
  const a = run('The Sudanese army shelled Omdurman overnight. The RSF has ignored repeated demands from the army to leave civilian homes.');
  assert.ok(a.includes('saf demand withdrawal'), a.join('; '));
  assert.ok(!a.includes('rsf demand withdrawal'), a.join('; '));
});

test('unnamed envoys preparing for talks are no position of the speaker who reports the fighting', () => {
  const a = run('Israeli jets struck Khan Younis on Monday, the army said, as envoys prepared for another round of talks in Cairo.');
  assert.deepEqual(a, []);
  // (envoys named by their state still hold it)
  assert.ok(run('Russian envoys proposed a ceasefire in Istanbul, the Kremlin said.').includes('russia offer ceasefire'));
});

test('a refusal "before" another side acts demands the act ("refused to discuss X before Serbia recognises its independence")', () => {
  const a = run('Pristina refused to discuss the association before Serbia recognises its independence.');
  assert.ok(a.includes('kosovo demand territory'), a.join('; '));
});

test('"rejected that precondition": a condition referred back to by a demonstrative takes the issue demanded before', () => {
  const a = run('The junta wants the Kachin rebels to disarm first. The Kachin Independence Army has flatly rejected that precondition.');
  assert.ok(a.includes('kachin-independence-army reject demilitarisation'), a.join('; '));
});

test('a threat on a side that fails to act demands the act, whatever verb names it ("threatened to quit the talks if Kinshasa fails to release its prisoners")', () => {
  const a = run('The M23 took Goma in January. The group threatened to quit the talks if Kinshasa fails to release its prisoners.');
  assert.ok(a.includes('m23 demand prisoners'), a.join('; '));
  const b = run('Israel threatened to resume the war if Hamas did not hand over its weapons.');
  assert.ok(b.includes('israel demand demilitarisation'), b.join('; '));
  // (a condition that opens the reported clause reaches past its comma: not taken)
  assert.deepEqual(run('The EU warned that if Russia did not stop its attacks, more sanctions would follow.'), []);
});

test('"ready to observe such a pause": a pause or freeze named again by a demonstrative takes the issue named before', () => {
  const a = run('Kyiv proposed a 30-day halt to strikes on energy sites. Moscow said it was ready to observe such a pause if Kyiv did the same.');
  assert.ok(a.includes('russia offer ceasefire'), a.join('; '));
});

test('a verdict on an unowned stance noun: "called the proposal for a ceasefire unacceptable" rejects the ceasefire', () => {
  const a = run('Moscow called the proposal for a ceasefire unacceptable.');
  assert.ok(a.includes('russia reject ceasefire') && !a.includes('russia offer ceasefire'), a.join('; '));
  const b = run('Kyiv described the call for early elections as premature.');
  assert.ok(b.includes('ukraine reject elections_governance') && !b.includes('ukraine support elections_governance'), b.join('; '));
});

test('a bare verdict on an owned stance noun: "Kyiv called Russia\'s demands for neutrality unacceptable" is the owner\'s demand and the speaker\'s rejection', () => {
  const a = run('Pristina called Belgrade\'s demand for an association of Serb municipalities unacceptable.');
  assert.ok(a.includes('kosovo reject minority_rights') && a.includes('serbia demand minority_rights'), a.join('; '));
});

// The fixture: gold items with alternatives; the tune half's misses that remain are known (todo) misses.
interface Gold { holder: string | string[]; stance: string | string[]; issue: string | string[]; optional?: boolean }
const raw = readPassages('positions-pos23.json') as unknown as (Passage & { half: string; gold: Gold[]; still_missed?: string[] })[];
const tune = raw.filter((p) => p.half === 'tune').map((p): Passage => {
  const required = p.gold.filter((g) => !g.optional);
  const missed = new Set(p.still_missed ?? []);
  const key = (g: Gold): string => [g.holder, g.stance, g.issue].map((x) => (Array.isArray(x) ? x.join('|') : x)).join(' ');
  return { ...p, expect: required.filter((g) => !missed.has(key(g))), known: required.filter((g) => missed.has(key(g))).map((g) => ({ ...g, why: 'no rule yet (pos23 tune half)' })) };
});
testPassages('pos23 tune half', tune, '2025-06-11', (p) => p.war);

test('pos23 check half (aggregate only): at least the positions found at the end of the session, no more false ones', () => {
  const has = (alt: string | string[], v: string): boolean => (Array.isArray(alt) ? alt.includes(v) : alt === v);
  let tp = 0; let fp = 0;
  for (const p of raw.filter((x) => x.half === 'check')) {
    const got = extract(`Title\n\n${p.text}`, '2025-06-11').positions.map((x) => ({ ...x, used: false }));
    for (const g of [...p.gold.filter((x) => !x.optional), ...p.gold.filter((x) => x.optional)]) {
      const fits = (x: (typeof got)[number]): boolean => !x.used && has(g.holder, x.holder) && has(g.stance, x.stance) && has(g.issue, x.issue);
      if (g.optional) { for (const x of got.filter(fits)) x.used = true; continue; }
      const hit = got.find(fits);
      if (hit) { hit.used = true; tp++; }
    }
    fp += got.filter((x) => !x.used).length;
  }
  assert.ok(tp >= CHECK_TP && fp <= CHECK_FP, `check half: ${tp} true, ${fp} false (floor ${CHECK_TP}, ceiling ${CHECK_FP})`);
});
const CHECK_TP = 29;
const CHECK_FP = 8;
