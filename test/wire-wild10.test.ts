// Sixteenth session: ten invented wire articles (test/fixtures/wild-articles-10: Sudan (the Quad truce plan, a drone
// strike on Kosti), DR Congo-M23 (the Doha prisoner deal), Lebanon-Israel (civilians at the Naqoura committee),
// Syria-SDF (an Aleppo truce, army integration), Armenia-Azerbaijan (the constitution as a condition of the treaty),
// Ethiopia-Eritrea (Assab), Myanmar (the TNLA hands back Mogok), Colombia (the ELN frees soldiers), Haiti (the Gang
// Suppression Force) and Afghanistan-Pakistan (strikes in Khost after the Istanbul talks)), written with their events,
// claims, positions, actors and places before the extractor was run on them, and five more
// (test/fixtures/wild-articles-11) written after this session's rules and before running them.
// `npx tsx scripts/score-wild.ts wild-articles-10 -v` prints every miss. The floors below are a little under the level
// after this session's general rules (docs/accuracy.md, "Sixteenth session: wild-articles-10"); the misses left are
// listed there, not hidden here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import { folderTotals, f1, VERBAL } from './wild-expectations.js';

/** After-fix level (floored): see docs/accuracy.md. */
const EVENTS = 57, DETAILS = 59, CLAIMS = 89, POSITIONS = 54;

test('wild articles 10: events, claims and positions stay at the level after the sixteenth session', () => {
  const sum = folderTotals('wild-articles-10', extract);
  const line = JSON.stringify(sum);
  assert.ok(f1(sum.events) >= EVENTS, `events ${f1(sum.events).toFixed(1)} ${line}`);
  assert.ok(sum.details.ok >= DETAILS, `event details ${sum.details.ok}/${sum.details.n}`);
  assert.ok(f1(sum.claims) >= CLAIMS, `claims ${f1(sum.claims).toFixed(1)} ${line}`);
  assert.ok(f1(sum.positions) >= POSITIONS, `positions ${f1(sum.positions).toFixed(1)} ${line}`);
  assert.ok(sum.actors.ok >= 92 && sum.places.ok >= 53, `actors ${sum.actors.ok}/${sum.actors.n}, places ${sum.places.ok}/${sum.places.n}`);
});

const record = (text: string, published = '2025-11-18') => extract('Title\n\n' + text, published);
const deeds = (text: string, published?: string) => record(text, published).events.filter((e) => !VERBAL.has(e.type)).map((e) => e.type);
const claims = (text: string) => { const r = record(text); return r.claims.map((c) => `${c.source}/${c.hedge}`); };

test('a habit, a round of clashes, a ministerial source, an act being readied: no happening', () => {
  assert.deepEqual(deeds('The panel, chaired by Norway, has met roughly every month since the truce.'), []);
  assert.deepEqual(deeds('An analyst said a new round of border clashes could break out within days.'), []);
  assert.deepEqual(deeds('The troops had cleared dozens of depots, according to a ministerial source.'), []);
  assert.ok(!deeds('The government on Tuesday accused its neighbour of preparing to invade the port.').includes('ASSAULT'));
});

test('arms moved to a border, lists of detainees, a group named by what became of it, a part in a campaign', () => {
  assert.ok(!deeds('The minister said the army had deployed tanks and artillery near the border town of Bure.').includes('ASSAULT'));
  assert.deepEqual(deeds('The deal sets up a mechanism under which the Red Cross will verify lists of detainees held by both sides.'), []);
  assert.deepEqual(deeds('It has been fighting dissidents of the now-demobilised guerrilla group for control of smuggling routes.'), []);
  assert.deepEqual(deeds('The alliance led the fight against the Islamic State group and runs prisons in the northeast.'), []);
});

test('talks over a span, an infinitive joined by "and", a war\'s summed toll, a critic\'s "conceded too much"', () => {
  assert.deepEqual(deeds('The minister, who has mediated the talks since April, said the deal was a first step.'), []);
  assert.deepEqual(deeds('The leader said the group would keep its weapons while the army continued to occupy the hills and attack the villages.'), []);
  assert.deepEqual(deeds('The war has killed tens of thousands of people and forced about 12 million from their homes.'), []);
  assert.deepEqual(deeds('His critics at home say he has conceded too much.'), []);
});

test('"The agreement, signed in Doha ..." is the agreement of the lead; a declaration\'s terms and what one wants the talks to secure are no deeds', () => {
  assert.deepEqual(deeds('The two sides agreed on Tuesday to exchange prisoners, the ministry said.\n\nThe agreement, signed in Doha by the two delegations, sets up a committee.'), ['AGREE']);
  assert.deepEqual(deeds('Under a separate declaration, the government agreed to grant the company rights to a transit route.'), []);
  assert.deepEqual(deeds('The president said he wanted the talks to secure a full withdrawal from the hills and the release of prisoners.'), []);
});

test('an attack told in the lead dated only by the day it was told of, and told again just after with its day, is one attack of that day', () => {
  const es = record('ISLAMABAD (AFP) - Pakistani air strikes in eastern Afghanistan killed 10 people, including nine children, the Taliban government said on Wednesday, days after talks in Istanbul ended without agreement.\n\nTaliban spokesman Zabihullah Mujahid said Pakistani jets bombed a house in the Gurbuz district of Khost province shortly after midnight on Tuesday.', '2025-11-26').events.filter((e) => e.type === 'ASSAULT');
  assert.deepEqual(es.map((e) => [e.date, e.quantities.killed]), [['2025-11-25', 10]]);
});

test('a speaker placed in a town before "speaking on condition of anonymity"; a video is the channel of words already given a speaker', () => {
  assert.deepEqual(claims('A senior security official in Islamabad, speaking on condition of anonymity, told AFP that forces had targeted hideouts.'), ['senior-security-official/reported']);
  assert.deepEqual(claims('A Western diplomat in Addis Ababa, speaking on condition of anonymity, said a war could draw in Egypt.'), ['western-diplomat/reported']);
  assert.deepEqual(claims('"There will be no talks with a militia," Burhan said, according to a video posted by the army\'s media office.'), ['abdel-fattah-al-burhan/direct']);
});

test('"the Britain-based monitor" is the monitor named before; an unnamed civil society leader speaks', () => {
  const r = record('Two people were killed, according to the Syrian Observatory for Human Rights.\n\nFour more people were killed on Sunday when drones targeted positions near the dam, the Britain-based monitor said.');
  assert.deepEqual(r.claims.map((c) => c.source), ['sohr', 'sohr']);
  assert.deepEqual(claims('A civil society leader in Masisi, who asked not to be named for security reasons, said the shells had come from militia positions.'), ['civil-society-leader/reported']);
});

test('namesakes: the one of a state the story names; a state\'s name after "Puerto" is part of a town\'s', () => {
  const r = record('Colombia\'s ELN rebels freed 11 soldiers on Tuesday. Defence Minister Pedro Sanchez said the government welcomed the release.', '2025-12-10');
  assert.ok(r.actors.some((a) => a.id === 'pedro-arnulfo-sanchez'));
  assert.ok(!r.actors.some((a) => a.id === 'pedro-sanchez'));
  const v = record('The soldiers were captured on Nov. 19 after rebels ambushed their patrol near the village of Puerto Jordan, the army said.', '2025-12-10');
  assert.ok(!v.actors.some((a) => a.id === 'jordan'));
});
