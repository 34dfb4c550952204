// Gap rules and restorations of the seventh lost-names round, on invented sentences about
// invented and real conflicts (Ruritania and Borduria are invented states).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const gapAt = (text: string, before: string, published = '2025-06-01') => {
  const r = extract(`Title\n\n${text}`, published);
  const at = r.document.text.indexOf(before) + before.length;
  return { r, gap: r.gaps.find((g) => Math.abs(g.start - at) <= 1) };
};
const noGaps = (text: string) => assert.deepEqual(extract(`Title\n\n${text}`).gaps.map((g) => g.context), []);

test('gaps7: a clause after a semicolon, and "said" between commas, lost its subject', () => {
  assert.ok(gapAt('The rebels demand the northern province; refuses to discuss it.', 'province; ').gap);
  assert.ok(gapAt('A new round is expected later this week, said, without giving a date.', 'week, ').gap);
  noGaps('The rebels demand the province; the government refuses. A new round is expected, he said, within a week.');
});

test('gaps7: a sentence that opens on "X and" straight before its verb lost the second member', () => {
  assert.ok(gapAt('Sudan and have exchanged 40 prisoners of war each.', 'Sudan and ').gap);
  assert.ok(gapAt('KINSHASA, June 2 (AP) — Congo and signed a truce on Friday.', 'Congo and ').gap);
  noGaps('Sudan and Chad have exchanged prisoners. Now and then the guns fall silent. Sudan and allied militias held the bridge.');
});

test('gaps7: "said" before a past-tense verb and its object, or a named speaker\'s "said" before an auxiliary, lost a subject', () => {
  assert.ok(gapAt('The envoy, speaking on radio, said favored any format that brings peace.', 'said ').gap);
  assert.ok(gapAt('Borduria accused Ruritania of shelling. Ruritanian Prime Minister Otto Brenner said would respond.', 'Brenner said ').gap);
  assert.ok(gapAt('Kurti condemned the raid and said was ready to talk.', 'and said ').gap);
  noGaps('It was the deal officials said was close. The envoy said armed men attacked the convoy. The minister said the army would respond.');
});

test('gaps7: a curly quote that opens on a lower-case word, and an -ing verb of saying before an auxiliary, lost a name', () => {
  assert.ok(gapAt('The shelling began at dawn.\n“ greets us with a strike every morning,” the mayor said.', '“ ').gap);
  assert.ok(gapAt('The party defied calls to sack him, insisting retains the leader’s confidence.', 'insisting ').gap);
  noGaps('“We greet them with bread,” the mayor said, insisting that the town remains calm.');
});

test('gaps7: a verb that needs its object before "of", "from" or "into" lost it', () => {
  assert.ok(gapAt('The sanctions aim to deprive of the revenue it needs for the war.', 'deprive ').gap);
  assert.ok(gapAt('Kyiv wants guarantees that deter from invading again.', 'deter ').gap);
  assert.ok(gapAt('The army has accused of allowing supplies across the border.', 'accused ').gap);
  assert.ok(gapAt('The rebels, which accused of shelling the town, withdrew.', 'accused ').gap);
  noGaps('He was accused of fraud. The troops were deprived of sleep. A leader accused of war crimes resigned.');
});

test('gaps7: a list that lost two members, prepositions side by side, a comma opening a sentence, and "al-" cut from its name', () => {
  assert.ok(gapAt('Talks between envoys from , and the United States ended.', 'from , ').gap);
  assert.ok(gapAt('Weapons had crossed into from Chad, the report said.', 'into ').gap);
  assert.ok(gapAt('The fighting began last year, angering the neighbours. , which borders the region, sent troops.', 'neighbours. ').gap);
  assert.ok(gapAt('The army chief Abdel Fattah al- said on Monday that talks were over.', 'al-').gap);
  noGaps('Aid went to Darfur and from there to Chad. The convoys moved into the town at dawn. The al-Burhan camp was calm.');
});

test('gaps7: a transitive verb before "and" or a preposition, and a direction before "shortly", lost a name', () => {
  assert.ok(gapAt('Aliyev thanked and said the route would open.', 'thanked ').gap);
  assert.ok(gapAt('Explosions were heard in central shortly after the warning.', 'central ').gap);
  assert.ok(gapAt('Egypt, a close ally, hosted him in Cairo. He visited in May.', 'visited ').gap);
  noGaps('The minister thanked the hosts and left. The talks were central to the deal. Relief was welcomed in Goma.');
});

test('gaps7: a first name the knowledge base knows as a whole name is no lone first name', () => {
  const r = extract('Title\n\nEthiopian Prime Minister Abiy Ahmed spoke on Friday. Abiy said Ethiopia respected its neighbours.', '2025-10-03');
  assert.deepEqual(r.gaps.map((g) => g.context), []);
});

test('gaps7: "’s Foreign Minister Olivier" is the state of the one Olivier of the cast, even where another foreign minister was named', () => {
  const text = 'Congo’s Foreign Minister Therese Kayikwamba Wagner signed for Kinshasa and ’s Foreign Minister Olivier Nduhungirehe for Kigali.';
  const { gap } = gapAt(text, 'Kinshasa and ', '2025-06-28');
  assert.equal(gap?.restored?.name, 'Rwanda');
});

test('gaps7: the owner of a lost possessive before a province is the state of the province', () => {
  const { gap } = gapAt('Armenia and Azerbaijan met in Washington. Iran opposes a route through ’s Syunik province.', 'through ', '2025-08-09');
  assert.equal(gap?.restored?.name, 'Armenia');
});

test('gaps7: the state a subject shares a border or a war with is its partner in the article', () => {
  const text = 'Thailand and Myanmar signed a trade pact. Thailand and Myanmar will patrol the river. Thailand said it would watch its border with and help monitor the truce.';
  const { gap } = gapAt(text, 'border with ', '2025-01-20');
  assert.equal(gap?.restored?.name, 'Myanmar');
});

test('gaps7: a named speaker\'s lost reported subject is the speaker\'s own state; an "ensure" clause is left alone', () => {
  const text = 'Rwanda and Congo signed a deal. Rwanda’s Foreign Minister Olivier Nduhungirehe said would lift its measures.';
  assert.equal(gapAt(text, 'Nduhungirehe said ', '2025-06-28').gap?.restored?.name, 'Rwanda');
  const ensure = gapAt('Rwanda and Congo signed a deal. Olivier Nduhungirehe wants guarantees to ensure does not attack.', 'ensure ', '2025-06-28');
  assert.ok(ensure.gap);
  assert.equal(ensure.gap!.restored, null);
});

test('gaps7: the other side of one who demands, not the first state the sentence names', () => {
  const text = 'Ruritania and Borduria are at war. Ruritania and Borduria met in Geneva. The talks failed because Borduria has demanded that withdraw from the valley.';
  const { gap } = gapAt(text, 'demanded that ');
  assert.ok(gap);
  assert.equal(gap!.restored?.name ?? null, null, 'Ruritania and Borduria are not in the knowledge base: no guess');
  const real = gapAt('Armenia and Azerbaijan met again. Armenia and Azerbaijan disagree. Officials said Azerbaijan has demanded that withdraw from the border villages.', 'demanded that ', '2025-08-09');
  assert.equal(real.gap?.restored?.name, 'Armenia');
});

test('gaps7: a lost speaker before "added" is the last person named as a speaker; before a plain "said" none is guessed', () => {
  const text = 'Nikol Pashinyan said the deal ended decades of enmity.\nLater, added that a referendum would follow.';
  assert.equal(gapAt(text, 'Later, ', '2025-08-09').gap?.restored?.name, 'Nikol Pashinyan');
  const plain = gapAt('Nikol Pashinyan said the deal ended decades of enmity.\nLater, said that a referendum would follow.', 'Later, ', '2025-08-09');
  assert.ok(plain.gap);
  assert.equal(plain.gap!.restored, null);
});

test('gaps7: a preposition before a closing quote lost its object; an appositive before "said on Thursday" is English', () => {
  assert.ok(gapAt('“We are advancing efforts to end the war in ”. The talks went on.', 'war in ').gap);
  noGaps('Jared Kushner, the president’s son-in-law, said on Thursday that talks would resume. “Peace is what we fight for,” he said.');
});

test('gaps: headlinese drops the article, not the name: "..., Ukraine negotiator says" on a headline or list line is whole', () => {
  noGaps('Ceasefire talks stall in Doha.\n\n* Talks begin in Jeddah, Sudanese negotiator says\n* Truce holds in the north, army spokesman says');
  // In a sentence that goes on after "says", the bare role still lost its name.
  assert.ok(gapAt('Kyiv - Ukrainian negotiator says the talks in Geneva will resume on Monday.', 'Ukrainian negotiator ').gap);
});
