// Fourteenth session: ten invented wire articles (test/fixtures/wild-articles-8: the Philippines
// (Lanao del Sur, the MILF), Cameroon (Bamenda), the Central African Republic (the N'Djamena accord,
// MINUSCA), Burkina Faso (Djibo), Iraq-Turkey (the PKK's weapons burned), Ethiopia (OLA talks in
// Zanzibar), Pakistan (Balochistan), Bosnia (Dodik), Ecuador (the Machala prison), Ukraine (the
// Istanbul talks, Sumy)), written with their events, claims and positions before the extractor
// was run on them. `npx tsx scripts/score-wild.ts wild-articles-8 -v` prints every miss. The floors
// below are a little under the level after this session's general rules (docs/accuracy.md,
// "Fourteenth session: wild-articles-8"); the misses left are listed there, not hidden here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import { folderTotals, f1, VERBAL } from './wild-expectations.js';

/** After-fix level (floored): see docs/accuracy.md. */
const EVENTS = 55, DETAILS = 72, CLAIMS = 86, POSITIONS = 44;

test('wild articles 8: events, claims and positions stay at the level after the fourteenth session', () => {
  const sum = folderTotals('wild-articles-8', extract);
  const line = JSON.stringify(sum);
  assert.ok(f1(sum.events) >= EVENTS, `events ${f1(sum.events).toFixed(1)} ${line}`);
  assert.ok(sum.details.ok >= DETAILS, `event details ${sum.details.ok}/${sum.details.n}`);
  assert.ok(f1(sum.claims) >= CLAIMS, `claims ${f1(sum.claims).toFixed(1)} ${line}`);
  assert.ok(f1(sum.positions) >= POSITIONS, `positions ${f1(sum.positions).toFixed(1)} ${line}`);
});

const record = (text: string, published = '2025-05-18') => extract('Title\n\n' + text, published);
const deeds = (text: string, published?: string) => record(text, published).events.filter((e) => !VERBAL.has(e.type));
const claims = (text: string, published?: string) => record(text, published).claims.map((c) => [c.source, c.hedge]);

test('"The government denies ...": the government of the state the story is about, on record', () => {
  const cs = claims('QUETTA, Pakistan (AP) - Pakistani troops killed 14 militants on Wednesday, Pakistan\'s army said. The government denies involvement in enforced disappearances.');
  assert.deepEqual(cs.at(-1), ['pakistan', 'direct']);
});

test('"the country\'s prison authority said": an office of the story\'s state, on record', () => {
  const cs = claims('Ecuador prison riot\n\nGUAYAQUIL, Ecuador (AFP) - At least 14 inmates were killed in a riot at a prison in Machala on Monday, the country\'s prison authority said.');
  assert.deepEqual(cs, [['ecuador', 'direct']]);
});

test('"wounded 31 other people, said Shahid Rind, a spokesman": the name after the verb speaks, not the group before the comma', () => {
  const cs = claims('The bombing on Tuesday killed five soldiers and wounded 31 other people, said Shahid Rind, a spokesman for the provincial government.');
  assert.deepEqual(cs, [['shahid-rind', 'direct']]);
});

test('"said a local administrator who asked not to be named": a relative clause after the speaker keeps the claim', () => {
  const cs = claims('The assailants opened fire on the checkpoint before setting a fuel truck ablaze, said a local administrator who asked not to be named.');
  assert.deepEqual(cs, [['local-administrator', 'reported']]);
});

test('tolls told of two groups add up: "killing 12 police officers and six civilians", "14 inmates and a prison guard were killed"', () => {
  assert.equal(deeds('OLA fighters attacked a police station in Nekemte on Saturday, killing 12 police officers and six civilians.')[0]?.quantities.killed, 18);
  assert.equal(deeds('At least 14 inmates and a prison guard were killed in Machala on Monday.')[0]?.quantities.killed, 15);
  // (A second count with its own toll is not added: "killed five people and 31 were injured".)
  assert.deepEqual(deeds('The blast in Quetta on Tuesday killed five people and 31 were injured.')[0]?.quantities, { killed: 5, injured: 31 });
});

test('a prison riot is no protest; arms seized in an arrest raid are no attack', () => {
  assert.deepEqual(deeds('At least 14 inmates were killed in a riot at a prison in Machala on Monday.').map((e) => e.type), ['ASSAULT']);
  const es = deeds('Police said on Tuesday they had arrested 12 suspected gang members in a raid in Guayaquil, seizing rifles, grenades and cocaine.', '2025-09-23');
  assert.deepEqual(es.map((e) => [e.type, e.quantities.detained]), [['COERCE', 12]]);
});

test('"The violence came as church leaders met ...": the deed just told, named again, is no new attack', () => {
  const es = deeds('Separatists killed five people near Bamenda on Saturday. The violence came as church leaders met the prime minister in Yaounde on Friday.');
  assert.deepEqual(es.map((e) => e.type), ['ASSAULT', 'CONSULT']);
});

test('"The clash came a day after President Ferdinand Marcos Jr met ...": counted back from the day of the clash', () => {
  const es = deeds('Troops killed seven militants in Lanao del Sur on Monday. The clash came a day after President Ferdinand Marcos Jr met leaders of the MILF in Manila.', '2025-09-09');
  assert.equal(es.find((e) => e.type === 'CONSULT')?.date, '2025-09-07');
});

test('"destroyed their weapons" is a disarmament; "The outlawed BLA claimed" bans no one', () => {
  assert.deepEqual(deeds('About 30 PKK fighters destroyed their weapons at a ceremony near Sulaymaniyah on Friday.', '2025-07-12').map((e) => [e.type, e.mode]), [['RETREAT', 'disarm']]);
  assert.deepEqual(deeds('The outlawed Balochistan Liberation Army claimed responsibility in a statement.').map((e) => e.type), []);
});

test('what someone is called on, expected or promised to do is no deed: "called on Islamabad to release activists detained during protests"', () => {
  assert.deepEqual(deeds('Akhtar Mengal called on Islamabad to hold talks with Baloch leaders and to release activists detained during protests.').map((e) => e.type), []);
  assert.deepEqual(deeds('The government promised to integrate some of the fighters into the army and to consider lifting arrest warrants against their leaders.').map((e) => e.type), []);
});
