// Twenty-third session (events23): events on invented wire copy of other wars (test/fixtures/wild-articles-14, tuned on;
// wild-articles-15, a check not tuned on). Every sentence below is invented (other names, places and wording than the
// fixtures), and each test failed on the code before its fix. docs/accuracy.md, "Events on copy of other wars (branch events23)".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import { VERBAL } from './wild-expectations.js';
import { folderTotals, f1 } from './wild-expectations.js';

// 2025-09-17 is a Wednesday.
const record = (text: string, published = '2025-09-17') => extract('Title\n\n' + text, published);
const deeds = (text: string, published?: string) => record(text, published).events.filter((e) => !VERBAL.has(e.type));

test('a count before a passive of death or wounds is the toll, whoever the words name ("Seven Chadian soldiers were killed")', () => {
  const ev = deeds('Seven Chadian soldiers were killed on Monday when gunmen stormed their post near the town of Bol, the army said. Five other guards were wounded, it said.');
  assert.equal(ev.length, 1);
  assert.equal(ev[0].quantities.killed, 7);
  assert.equal(ev[0].quantities.injured, 5);
});

test('a year before a passive toll is no count ("In 2023 rebels were killed")', () => {
  const ev = deeds('Rebels attacked a police post in the town of Bol on Monday. In 2023 rebels were killed there by soldiers.');
  assert.ok(ev.every((e) => e.quantities.killed !== 2023));
});

test('a toll told alone after an attack, dated only by its saying, counts that attack', () => {
  const ev = deeds('Fierce fighting broke out late on Monday in the city of Benghazi between two rival brigades, residents said.\n\n'
    + 'At least five people were killed and 14 wounded, the city\'s main hospital said on Tuesday.');
  assert.equal(ev.length, 1);
  assert.equal(ev[0].date, '2025-09-15');
  assert.deepEqual(ev[0].quantities, { killed: 5, injured: 14 });
});

test('a toll "in the attack" after a word act told in between counts the attack, not the word act', () => {
  const ev = record('Gunmen attacked a police post in the town of Garissa on Monday, police said.\n\n'
    + 'Police blamed the attack on a faction that had rejected the 2019 peace accord.\n\n'
    + 'Six other officers were wounded in the attack, which lasted an hour, a police spokesman said.').events.filter((e) => e.type === 'ASSAULT');
  assert.equal(ev.length, 1);
  assert.equal(ev[0].quantities.injured, 6);
});

test('"Hours later, ..." takes the day told before, not the day of the saying at the end of the sentence', () => {
  const ev = deeds('Rebels shelled an army camp in the town of Bol on Monday, killing two soldiers.\n\n'
    + 'Hours later, soldiers killed four rebels in a raid near the village of Ngouri, the army said on Tuesday.');
  const raid = ev.find((e) => e.quantities.killed === 4);
  assert.equal(raid?.date, '2025-09-15');
});

test('"The meeting took place near the village of X" places the meeting told before', () => {
  const ev = deeds('The foreign ministers of Ghana and Togo met on Tuesday to discuss the border, officials said.\n\n'
    + 'The meeting, the third this year, took place in the border town of Aflao, they said.');
  assert.equal(ev.length, 1);
  assert.equal(ev[0].location, 'Aflao');
});

test('the town where an attack "took place" is its place rather than the country, and not a town named after it', () => {
  const ev = deeds('Gunmen ambushed a bus in northern Burkina Faso on Tuesday, killing several passengers, officials said.\n\n'
    + 'The attack took place near the town of Djibo, about 200 kilometres from the capital Ouagadougou, an official said.');
  assert.equal(ev.length, 1);
  assert.equal(ev[0].location, 'Djibo');
});

test('"agreed to meet again in X in December" is a meeting to come', () => {
  const ev = deeds('The two delegations agreed to review the maps and to meet again in Mombasa in December, a joint statement said.');
  assert.ok(ev.some((e) => e.type === 'CONSULT' && e.status === 'scheduled' && e.location === 'Mombasa'));
});

test('"said it would host talks ... next week" is a meeting to come; "would meet if ..." is not', () => {
  const ev = deeds('The African Union said it would host talks between the two factions in Addis Ababa next week.');
  assert.ok(ev.some((e) => e.type === 'CONSULT' && e.status === 'scheduled'));
  const cond = deeds('The rebel leader said he would meet the president in Addis Ababa next week if the army withdrew.');
  assert.ok(!cond.some((e) => e.type === 'CONSULT'));
});

test('a truce or ceasefire mediated or brokered is the deal made (AGREE), not talks', () => {
  const ev = deeds('Tribal elders mediated a truce between the two brigades that took hold on Tuesday morning, officials said.');
  assert.deepEqual(ev.map((e) => e.type), ['AGREE']);
  const talks = deeds('Qatari officials mediated talks between the two sides in Doha on Tuesday.');
  assert.deepEqual(talks.map((e) => e.type), ['CONSULT']);
});

test('"a truce brokered by X took effect" tells no talks of its own', () => {
  const ev = deeds('A truce brokered by Kenya took effect on Sunday between the two brigades, officials said.');
  assert.ok(!ev.some((e) => e.type === 'CONSULT'));
});

test('"in the <region> city of X": the city is the place, not the region naming it', () => {
  const ev = deeds('Drones struck a power station in the Blue Nile city of Damazin on Monday, killing two workers, officials said.');
  assert.equal(ev.length, 1);
  assert.ok(['Damazin', 'Ed Damazin'].includes(ev[0].location ?? ''), String(ev[0].location));
});

test('the wild-articles-14 folder keeps its events score (tuned half)', () => {
  const sum = folderTotals('wild-articles-14', extract);
  assert.ok(f1(sum.events) >= 80, `events F1 ${f1(sum.events).toFixed(1)}`);
});
