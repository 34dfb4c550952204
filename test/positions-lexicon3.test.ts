// Cue knowledge added systematically (issue 9, lexsys round): each issue's nouns, verbs and their
// forms as wire copy on other wars writes them, and stances as verb frames and noun phrases.
// Invented sentences; one representative new cue per issue and stance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

function triples(r: ExtractRecord): string[] {
  const name = (id: string) => r.actors.find((a) => a.id === id)?.name ?? id;
  return r.positions.map((p) => `${name(p.holder)} ${p.stance} ${p.issue}`).sort();
}

const cases: [string, string, string][] = [
  // issues
  ['ceasefire: "hudna"', 'Hamas offered Israel a long-term hudna in Gaza.', 'Hamas offer ceasefire'],
  ['peace_talks: "back-channel"', 'Pakistan rejected a back-channel with India.', 'Pakistan reject peace_talks'],
  ['withdrawal: a buffer strip', 'Lebanon rejected an Israeli buffer strip along the border.', 'Lebanon reject withdrawal'],
  ['territory: "secession"', 'Serbia rejected the secession of Kosovo.', 'Serbia reject territory'],
  ['nato_membership: leaving the CSTO', 'Armenia is willing to leave the CSTO.', 'Armenia offer nato_membership'],
  ['demilitarisation: "laid down ... arms"', 'Colombia demanded that the ELN guerrillas laid down their arms.', 'Colombia demand demilitarisation'],
  ['security_guarantees: a non-aggression pact', 'Azerbaijan offered Armenia a non-aggression pact.', 'Azerbaijan offer security_guarantees'],
  ['peacekeepers: troop-contributing states', 'Indonesia offered to be a troop-contributing country for Gaza.', 'Indonesia offer peacekeepers'],
  ['military_aid: "munitions"', 'Germany pledged more munitions for Ukraine.', 'Germany offer military_aid'],
  ['sanctions: unfreezing assets', 'Afghanistan demanded that Washington unfreeze its central bank reserves.', 'Afghanistan demand sanctions'],
  ['prisoners: captured fighters', 'Ethiopia rejected the release of captured fighters.', 'Ethiopia reject prisoners'],
  ['humanitarian: the displaced (IDPs)', 'Sudan rejected the return of IDPs to Darfur.', 'Sudan reject humanitarian'],
  ['elections_governance: leaving power', 'Colombia urged Maduro to leave power.', 'Colombia support elections_governance'],
  ['accountability: extradition', 'Kenya rejected the extradition of the militia leader.', 'Kenya reject accountability'],
  ['reconstruction: a donor conference', 'Egypt offered to host a donor conference for Gaza.', 'Egypt offer reconstruction'],
  ['economic: oilfields', 'South Sudan demanded a share of the Heglig oilfields.', 'South Sudan demand economic'],
  ['minority_rights: Kosovo Serbs', 'Serbia demanded protection for Kosovo Serbs.', 'Serbia demand minority_rights'],
  ['nuclear: an inspection', 'Iran rejected an inspection of its facilities.', 'Iran reject nuclear'],
  ['ceasefire: "hold fire"', 'India offered to hold fire along the Line of Control.', 'India offer ceasefire'],
  ['withdrawal: "return to barracks"', 'ECOWAS demanded that the junta return to barracks.', 'ECOWAS demand withdrawal'],
  ['support: "it is time to"', 'Kenya said it is time to end the war in Sudan.', 'Kenya support ceasefire'],
  // stances
  ['demand: "nothing short of"', 'Ukraine will accept nothing short of a full withdrawal.', 'Ukraine demand withdrawal'],
  ['demand: "hinges on"', 'Israel said any deal hinges on the disarmament of Hamas.', 'Israel demand demilitarisation'],
  ['reject: "poured cold water on"', 'Russia poured cold water on the ceasefire proposal.', 'Russia reject ceasefire'],
  ['reject: "wary of"', 'Japan is wary of sending peacekeepers to Gaza.', 'Japan reject peacekeepers'],
  ['reject: "not on the cards"', 'Turkey said a prisoner swap was not on the cards.', 'Türkiye reject prisoners'],
  ['support: "looking forward to"', 'Egypt is looking forward to a ceasefire in Sudan.', 'Egypt support ceasefire'],
  ['support: "agrees with"', 'France agrees with the deployment of peacekeepers.', 'France support peacekeepers'],
  ['offer: "can live with"', 'Kosovo can live with an association of Serb municipalities.', 'Kosovo offer minority_rights'],
  ['offer: "would provide"', 'Britain would provide security guarantees to Ukraine.', 'United Kingdom offer security_guarantees'],
];

for (const [what, sentence, want] of cases) {
  test(`lexicon3: ${what}`, () => {
    const t = triples(extract(`Title\n\n${sentence}`));
    assert.ok(t.includes(want), `${sentence} -> ${t.join('; ')}`);
  });
}

test('lexicon: "a day after the raid" is a date, not the "day after" of post-war governance', () => {
  assert.deepEqual(triples(extract('Title\n\nThe ELN suspended peace talks with the government a day after an army raid killed one of its commanders.')).filter((t) => t.endsWith('elections_governance')), []);
  assert.deepEqual(triples(extract('Title\n\nIsrael rejected the Arab League\'s day-after plan for Gaza.')), ['Israel reject elections_governance']);
  assert.deepEqual(triples(extract('Title\n\nNetanyahu rejected any role for the Palestinian Authority in day after plans for Gaza.')), ['Benjamin Netanyahu reject elections_governance']);
});

test('stances: "with support from X" and "with the backing of X" are the manner of a deed, no one\'s support', () => {
  assert.deepEqual(triples(extract('Title\n\nThe framework, brokered by Qatar with support from the United States, leaves the withdrawal of the rebels from Goma and the return of refugees to later protocols.')), []);
  assert.deepEqual(triples(extract('Title\n\nThe United States voiced support for the Qatari-brokered ceasefire on Sunday.')), ['United States support ceasefire']);
});
