import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, covered } from './helpers.js';

test('events: a strike told in two sentences is one event with both sets of figures', () => {
  const r = extract('Title\n\nRussian drones struck Kharkiv overnight, officials said. Governor Oleh Syniehubov reported that the attack killed two people and injured 11 others.', '2025-05-02');
  const strikes = r.events.filter((e) => e.type === 'ASSAULT');
  assert.equal(strikes.length, 1);
  assert.equal(strikes[0].mode, 'aerial');
  assert.deepEqual(strikes[0].quantities, { killed: 2, injured: 11 });
  assert.equal(strikes[0].date, '2025-05-02');
  assert.equal(strikes[0].location, 'Kharkiv');
});

test('events: "will meet on Wednesday" is scheduled for the Wednesday after publication', () => {
  const r = extract('Title\n\nMarco Rubio will meet Andrii Sybiha in Istanbul on Wednesday.', '2025-05-12');
  const e = r.events.find((x) => x.type === 'CONSULT');
  assert.equal(e?.status, 'scheduled');
  assert.equal(e?.date, '2025-05-14');
  assert.equal(e?.date_text, 'on Wednesday');
  assert.equal(e?.actors.length, 2);
});

test('events: "spoke on Monday" happened on the Monday before publication', () => {
  const r = extract('Title\n\nDonald Trump and Vladimir Putin spoke by phone on Monday.', '2025-03-19');
  const e = r.events.find((x) => x.type === 'CONSULT');
  assert.equal(e?.mode, 'phone');
  assert.equal(e?.status, 'occurred');
  assert.equal(e?.date, '2025-03-17');
});

test('events: a wish is no event ("hoping to reinstate military aid")', () => {
  const r = extract('Title\n\nKeir Starmer is hoping to reinstate military aid for Ukraine.');
  assert.ok(!r.events.some((e) => e.type === 'AID'), JSON.stringify(r.events.map((e) => covered(r, e.evidence))));
});

test('events: "nearly 30 nations" at a meeting are its participants', () => {
  const r = extract('Title\n\nIn Paris, military chiefs from nearly 30 nations are set to convene on Tuesday.', '2025-03-10');
  const e = r.events.find((x) => x.type === 'CONSULT');
  assert.equal(e?.quantities.participants, 30);
  assert.equal(e?.location, 'Paris');
  assert.equal(e?.status, 'scheduled');
});

test('events: "wounded dozens" gives no count of injured', () => {
  const r = extract('Title\n\nThe raid killed four people and wounded dozens more, officials in Sumy said.', '2026-01-10');
  const e = r.events.find((x) => x.type === 'ASSAULT');
  assert.deepEqual(e?.quantities, { killed: 4 });
});

/** None of the sentences, each an article of its own, gives an event of the given types. */
function noEventIn(sentences: string[], types: string[]): void {
  for (const t of sentences) {
    const r = extract(`Title\n\n${t}`);
    assert.ok(!r.events.some((e) => types.includes(e.type)), `${t}: ${JSON.stringify(r.events)}`);
  }
}

test('events: a return sought "in an effort to" is a goal, not an event', () => {
  const r = extract('Title\n\nThe envoy remains in contact with Russian officials in an effort to secure the return of the weapons seized last year.');
  assert.ok(!r.events.some((e) => e.type === 'RETREAT'), JSON.stringify(r.events));
});

test('events: a war\'s landmark named as background is no new event ("since Russia\'s 2022 invasion")', () => {
  noEventIn([
    "Whole villages have emptied since the start of Russia's full-scale invasion in 2022.",
    "The minister called Russia's 2022 invasion of Ukraine a crime.",
    'Next week marks the fourth anniversary of the invasion.',
    'Whole towns have been emptied since Moscow invaded.',
  ], ['ASSAULT']);
  noEventIn(['Critics mock his refusal to order a retreat from Kupiansk.'], ['RETREAT']);
  const told = extract('Title\n\nRussian forces launched a new offensive near Pokrovsk on Monday.');
  assert.ok(told.events.some((e) => e.type === 'ASSAULT'), JSON.stringify(told.events));
});

test('events: an attack a guarantee is meant to prevent is no event', () => {
  noEventIn(['Ukraine must receive security guarantees to ensure Russia does not attack again.'], ['ASSAULT']);
});

test('events: a question, a demand not made and the end of something tell no event', () => {
  noEventIn([
    'If Kyiv signs the deal, would Moscow keep its word?',
    'The envoy has not demanded elections in Belarus.',
    'Peace would mean rebuilding homes and ending the killing.',
    'Moscow had agreed to halt strikes on ports for a month.',
  ], ['REQUEST', 'ASSAULT']);
  noEventIn(['The raid came after a week of drone attacks on humanitarian aid convoys.'], ['AID']);
});

test('events: a present progressive with a day to come is scheduled, dated forward ("who is hosting a virtual meeting on Saturday")', () => {
  const r = extract('Title\n\nBritish Prime Minister Keir Starmer, who is hosting a virtual meeting of some 25 leaders on Saturday, said the coalition was ready.', '2025-03-14');
  const meeting = r.events.find((e) => e.type === 'CONSULT');
  assert.equal(meeting?.status, 'scheduled');
  assert.equal(meeting?.date, '2025-03-15');
  // Told in the past tense the same day is behind.
  const past = extract('Title\n\nBritish Prime Minister Keir Starmer hosted a virtual meeting of some 25 leaders on Saturday.', '2025-03-14').events.find((e) => e.type === 'CONSULT');
  assert.equal(past?.status, 'occurred');
  assert.equal(past?.date, '2025-03-08');
});
