// Round 5 (swap) frames: owned stance nouns as objects, negated acts, "as part of any deal",
// "as a condition for", attributive participles, and more. Sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import type { ExtractRecord } from '../src/pipeline/record.js';

function triples(r: ExtractRecord): string[] {
  return r.positions.map((p) => `${r.actors.find((a) => a.id === p.holder)?.name} ${p.stance} ${p.issue}`).sort();
}
const positionsOf = (text: string) => triples(extract(`Title\n\n${text}`));

test('swap5: "rejected X\'s offer for Y": the owner offers Y, the subject rejects it', () => {
  const got = positionsOf("The rebels' leader Ali Musa rejected Kenya's offer for a truce in the north.");
  assert.ok(got.includes('Kenya offer ceasefire'), got.join('; '));
  const named = positionsOf('Kenya hosted the talks. Ethiopia turned down the Kenyan proposal for a truce.');
  assert.ok(named.includes('Kenya offer ceasefire'), named.join('; '));
  assert.ok(named.includes('Ethiopia reject ceasefire'), named.join('; '));
  const two = positionsOf('Iran firmly rejected U.S. calls to dismantle its uranium enrichment programme.');
  assert.ok(two.includes('Iran reject nuclear'), two.join('; '));
  assert.ok(two.includes('United States demand nuclear'), two.join('; '));
});

test('swap5: a demonym or name before a stance noun owns it ("Turkish demands for ...")', () => {
  const got = positionsOf('Compliance with Turkish demands for the withdrawal of Kurdish fighters would be costly, Syria said.');
  assert.ok(got.includes('Türkiye demand withdrawal'), got.join('; '));
  const verb = positionsOf('Russia demands a ceasefire.');
  assert.deepEqual(verb, ['Russia demand ceasefire']);
});

test('swap5: a refused act coordinated after an offer cue is rejected ("intends to stay ... and will not withdraw")', () => {
  const got = positionsOf('Armenia said on Monday that it intends to keep its posts near the lake and will not withdraw.');
  assert.ok(got.includes('Armenia reject withdrawal'), got.join('; '));
});

test('swap5: seeking land "as part of any settlement" or a pledge "by" the other side demands it', () => {
  const got = positionsOf('Moscow is seeking full control of the Kherson region as part of any settlement.');
  assert.ok(got.includes('Russia demand territory'), got.join('; '));
  const plain = positionsOf('Moscow is seeking a ceasefire.');
  assert.ok(plain.includes('Russia support ceasefire'), plain.join('; '));
});

test('swap5: what is named "as a condition for" something is demanded, not the something', () => {
  const got = positionsOf('Aliyev named the withdrawal of Armenian troops as a condition for signing the peace treaty.');
  assert.ok(got.includes('Ilham Aliyev demand withdrawal'), got.join('; '));
  assert.ok(!got.some((t) => / demand peace_talks$/.test(t)), got.join('; '));
});

test('swap5: a refusal of a deal "lacking" something demands it', () => {
  const got = positionsOf('Kyiv will not accept any agreement lacking firm security guarantees.');
  assert.ok(got.includes('Ukraine demand security_guarantees'), got.join('; '));
  assert.ok(!got.includes('Ukraine reject security_guarantees'), got.join('; '));
});

test('swap5: attributive participles and "committed by" are no stance', () => {
  const got = positionsOf('The Sudanese Armed Forces rejected an internationally backed ceasefire plan.');
  assert.ok(got.includes('Sudanese Armed Forces reject ceasefire'), got.join('; '));
  assert.ok(!got.some((t) => / support ceasefire$/.test(t)), got.join('; '));
  const crimes = positionsOf('The town became synonymous with war crimes committed by Russian troops.');
  assert.ok(!crimes.some((t) => /^Russia support/.test(t)), crimes.join('; '));
});

test('swap5: "X\'s paramilitary Y declared" is Y\'s; pushing "to" end a war supports it', () => {
  const got = positionsOf("Sudan's paramilitary Rapid Support Forces declared a unilateral humanitarian truce on Monday.");
  assert.ok(got.includes('Rapid Support Forces offer ceasefire'), got.join('; '));
  const push = positionsOf('The United States has been pushing to end the conflict.');
  assert.ok(push.includes('United States support ceasefire'), push.join('; '));
});

test('swap5: "must feel that", "the goal of the talks", "such a demand would" and "despite" take no issue', () => {
  const feel = positionsOf('"Our people must feel that the end of the war is near," Zelensky said.');
  assert.ok(!feel.some((t) => / ceasefire$/.test(t)), feel.join('; '));
  const goal = positionsOf('Hun Manet said the main goal of the talks was an immediate ceasefire.');
  assert.ok(!goal.some((t) => / peace_talks$/.test(t)), goal.join('; '));
  const such = positionsOf('"Such a demand would deadlock the peace process," Pashinyan said.');
  assert.deepEqual(such, []);
  const despite = positionsOf('Trump declined to condemn Russia for the strikes despite an apparent ceasefire.');
  assert.ok(!despite.some((t) => / ceasefire$/.test(t)), despite.join('; '));
});

test('swap5: "asked X to express his commitment to talks" is the asker\'s demand', () => {
  const got = positionsOf('M23 asked Tshisekedi to publicly express his commitment to direct negotiations with the group.');
  assert.ok(got.includes('M23 demand peace_talks'), got.join('; '));
  assert.ok(!got.some((t) => /^Félix Tshisekedi/.test(t)), got.join('; '));
});

test('swap5: "X should do Y", a speaker on another side, is a demand; an offer coordinated under the modal is its content', () => {
  const got = positionsOf('Aliyev reiterated that Armenia should change its constitution and agree to a border commission.');
  assert.ok(got.includes('Ilham Aliyev demand elections_governance'), got.join('; '));
  assert.ok(!got.some((t) => /^Armenia offer/.test(t)), got.join('; '));
});

test('swap5: "a condition Kyiv says it will never accept" / "sees as essential" after a relative clause', () => {
  const never = positionsOf('Moscow is pressing Ukraine to withdraw from the Donbas, where fighting is heavy — a condition Kyiv says it will never accept.');
  assert.ok(never.includes('Ukraine reject withdrawal'), never.join('; '));
  const verdict = positionsOf('Moscow said it would not tolerate European troops in Ukraine, a condition Kyiv sees as essential for its security.');
  assert.ok(verdict.includes('Ukraine support peacekeepers'), verdict.join('; '));
});

test('swap5: "a crucial lifeline" judges nothing; "has not discussed any proposal for" proposes nothing', () => {
  const got = positionsOf('China has become a crucial economic lifeline for Russia as western sanctions tightened.');
  assert.ok(!got.some((t) => /^China support/.test(t)), got.join('; '));
  const none = positionsOf('The ELN said that it "has not discussed with the government any proposal for a bilateral ceasefire."');
  assert.ok(!none.some((t) => / offer ceasefire$/.test(t)), none.join('; '));
});

test('swap5: "Without X halting its strikes, ..." and "if X does not release ..., we have no reason to ..." demand it of X', () => {
  const without = positionsOf('"Without Israel halting strikes and withdrawing its troops from the south, the plan stays suspended," Nabih Berri said.');
  assert.ok(without.includes('Nabih Berri demand withdrawal'), without.join('; '));
  const own = positionsOf('"Without our army holding the line, the talks would fail," Zelensky said.');
  assert.ok(!own.some((t) => / demand /.test(t)), own.join('; '));
});

test('swap5: "will not be allowed to" is held by the speaker, not by the one not allowed', () => {
  const got = positionsOf('Hamas will not be allowed to rule Gaza, Netanyahu said.');
  assert.ok(got.includes('Benjamin Netanyahu reject elections_governance'), got.join('; '));
  assert.ok(!got.some((t) => /^Hamas/.test(t)), got.join('; '));
});

test('swap5: "insisted ... and said it was halting the release": a new reported clause ends the cue\'s reach', () => {
  const got = positionsOf('Thailand insisted the explanation was insufficient and said it was reviewing the release of the soldiers.');
  assert.ok(!got.some((t) => / demand prisoners$/.test(t)), got.join('; '));
});

test('swap5: "seeking a declaration by <the other side> of its will to hold talks" demands it', () => {
  const got = positionsOf('M23 is seeking a declaration by President Felix Tshisekedi of his will to hold direct talks with the rebels.');
  assert.ok(got.includes('M23 demand peace_talks'), got.join('; '));
});

test('swap5: "the Kinshasa government" is the state whose capital it names', () => {
  const got = positionsOf('Fighting went on in the Democratic Republic of Congo. The Kinshasa government ruled out talks with M23.');
  assert.ok(got.includes('DR Congo reject peace_talks'), got.join('; '));
});

test('swap5: "would not sit down with" refuses talks; "will sit down with" supports them', () => {
  const no = positionsOf('The army would not sit down with any delegation the rebels might send, Burhan said.');
  assert.ok(no.includes('Abdel Fattah al-Burhan reject peace_talks'), no.join('; '));
  const yes = positionsOf('Russia will sit down with Ukraine next week, Peskov said.');
  assert.ok(yes.some((t) => /^Russia support peace_talks$/.test(t)), yes.join('; '));
});
