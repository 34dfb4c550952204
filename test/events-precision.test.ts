import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, covered } from './helpers.js';
import { statusOf } from '../src/extract/events/status.js';

const ofType = (text: string, type: string, published = '2025-04-10') => extract(`Title\n\n${text}`, published).events.filter((e) => e.type === type);

test('events: a prisoner swap told in three sentences is one COOPERATE event, not a release', () => {
  const r = extract('Title\n\nArmenia and Azerbaijan carried out a prisoner swap on Tuesday. Baku said it had handed over 12 prisoners of war in the exchange. Yerevan confirmed that the two countries exchanged the prisoners at the border.', '2025-04-10');
  const swaps = r.events.filter((e) => e.type === 'COOPERATE');
  assert.equal(swaps.length, 1, JSON.stringify(r.events.map((e) => [e.type, covered(r, e.evidence)])));
  assert.equal(swaps[0].date, '2025-04-08');
  assert.ok(!r.events.some((e) => e.type === 'RETREAT'), JSON.stringify(r.events));
});

test('events: bodies returned "in exchange" are a swap', () => {
  const e = ofType('Sudan returned the remains of 40 soldiers to South Sudan, which handed back 15 bodies in exchange.', 'COOPERATE');
  assert.equal(e.length, 1);
});

test('events: "the next round of talks would be held" is a scheduled meeting of the same parties', () => {
  const r = extract('Title\n\nDelegations of Thailand and Cambodia held talks in Kuala Lumpur on Monday. A Malaysian official said the next round of talks would be held soon.', '2025-07-30');
  const meetings = r.events.filter((e) => e.type === 'CONSULT');
  const next = meetings.find((e) => e.status === 'scheduled');
  assert.ok(next, JSON.stringify(meetings));
  assert.ok(next.actors.includes('thailand') && next.actors.includes('cambodia'), JSON.stringify(next.actors));
  assert.ok(meetings.some((e) => e.status === 'occurred' && e.location === 'Kuala Lumpur'));
});

test('events: bare "talks" are a meeting only when placed, dated or told happening', () => {
  assert.equal(ofType('The sanctions were meant to pressure Moscow in the peace talks.', 'CONSULT').length, 0);
  assert.equal(ofType('Talks between Serbian and Kosovar officials in Brussels ended without a deal.', 'CONSULT').length, 1);
});

test('events: a participle used as an adjective is no attack ("the bodies of 300 killed fighters")', () => {
  assert.equal(ofType('Officials displayed the bodies of 300 killed fighters to reporters.', 'ASSAULT').length, 0);
  // The passive of violence does tell an attack.
  assert.equal(ofType('At least 20 civilians were killed by RSF shelling in El Fasher on Sunday.', 'ASSAULT').length, 1);
});

test('events: conditions, plans and wishes tell no event', () => {
  const none = [
    'The militia will keep fighting until the army withdraws from the valley.',
    'The frozen funds would be released if the junta agrees to hold elections.',
    'Kinshasa is proposing that a meeting of the two presidents take place in Doha.',
    'The government has no intention of disarming the militias.',
  ];
  for (const t of none) {
    const r = extract(`Title\n\n${t}`);
    assert.ok(!r.events.some((e) => ['RETREAT', 'AGREE', 'CONSULT'].includes(e.type)), `${t}: ${JSON.stringify(r.events)}`);
  }
});

test('events: a cue inside a name is no event ("Shanghai Cooperation Organisation")', () => {
  assert.equal(ofType('The foreign minister spoke at a forum of the Shanghai Cooperation Organisation in Astana.', 'COOPERATE').length, 0);
});

test('events: "ahead of the summit" schedules the summit, not what happened before it', () => {
  const r = extract('Title\n\nRussian drones struck Odesa overnight on Monday, ahead of the summit.', '2025-06-03');
  const strike = r.events.find((e) => e.type === 'ASSAULT');
  assert.equal(strike?.status, 'occurred');
  assert.equal(strike?.date, '2025-06-02');
});

test('events: the place of the meeting, not the place its topic names', () => {
  const e = ofType('Negotiators met for Gaza ceasefire talks in Qatar\'s capital Doha on Tuesday.', 'CONSULT', '2025-07-24');
  assert.equal(e[0]?.location, 'Doha', JSON.stringify(e));
});

test('events: talks two sides agreed to hold are scheduled; the agreement itself is not', () => {
  const sentence = 'Thailand and Cambodia agreed on Sunday to meet in Malaysia for talks on a ceasefire.';
  assert.equal(statusOf(sentence, sentence.indexOf('talks')), 'scheduled');
  assert.equal(statusOf(sentence, sentence.indexOf('agreed')), 'occurred');
  const held = 'Thailand and Cambodia held talks in Malaysia on a ceasefire.';
  assert.equal(statusOf(held, held.indexOf('talks')), 'occurred');
});

test('events: talks said to have stalled are no meeting', () => {
  assert.deepEqual(ofType('The U.N. envoy for Sudan, Ramtane Lamamra, called on all parties to de-escalate and said talks on a roadmap to end the war had stalled.', 'CONSULT'), []);
  assert.deepEqual(ofType('Negotiations between the two sides remain deadlocked, diplomats said.', 'CONSULT'), []);
  // Talks held are still a meeting.
  assert.equal(ofType('Negotiators held talks on a roadmap in Muscat on Monday.', 'CONSULT').length, 1);
});

test('events: the dead of fighting told beside talks are not the talks\' dead', () => {
  const r = extract('Title\n\nThe two governments agreed on Sunday to hold talks in Doha after fighting along the border killed at least 33 people.', '2025-07-27');
  const peaceful = r.events.filter((e) => e.type === 'AGREE' || e.type === 'CONSULT');
  assert.ok(peaceful.length > 0, JSON.stringify(r.events));
  assert.ok(peaceful.every((e) => !('killed' in e.quantities)), JSON.stringify(peaceful));
  // An attack keeps its dead.
  assert.equal(ofType('Drones struck a market in Goma on Sunday, killing 12 people.', 'ASSAULT')[0]?.quantities.killed, 12);
});

test('events: papers handed over free no one', () => {
  assert.deepEqual(ofType('The delegation handed over a list of 300 detainees and proposed new talks.', 'RETREAT'), []);
  assert.deepEqual(ofType('Negotiators handed over a memorandum on the exchange.', 'RETREAT'), []);
  // People handed over are.
  assert.equal(ofType('The rebels handed over 12 captured soldiers to the Red Cross on Monday.', 'RETREAT').length, 1);
});

test('events: a month-day a few weeks ahead never dates a past deed a year back', () => {
  const r = extract('Title\n\nThe minister said troops had shelled the border town and proposed talks before the end of June.', '2025-06-02');
  assert.ok(r.events.every((e) => !(e.date ?? '').startsWith('2024')), JSON.stringify(r.events.map((e) => [e.type, e.date])));
});

test('events: "an earlier strike" told in passing with no day or place is no new attack', () => {
  assert.deepEqual(ofType("Colombia's president, whose country's fishermen were among those killed in an earlier strike, accused Washington of murder.", 'ASSAULT'), []);
  // Dated or placed, it is one.
  assert.equal(ofType('An earlier strike on the port of Hodeidah on Monday killed 3 people.', 'ASSAULT').length, 1);
});

test("events: an attack in a state's named region is in the region, not the state", () => {
  const e = ofType("Gunmen killed 14 villagers in Niger's Tillaberi region on Sunday.", 'ASSAULT');
  assert.match(e[0]?.location ?? '', /^Tillaberi/, JSON.stringify(e));
  const f = ofType('Gunmen killed 14 villagers in the Tillaberi region on Sunday, Niger said.', 'ASSAULT');
  assert.match(f[0]?.location ?? '', /^Tillaberi/, JSON.stringify(f));
});

test('events: an attack with a bare noun takes its mode from the weapons named', () => {
  const e = ofType('Russia launched one of its largest attacks on Kharkiv on Friday, firing 40 missiles and 300 drones.', 'ASSAULT');
  assert.equal(e[0]?.mode, 'aerial');
});

test('events: "that night" is the day told before', () => {
  const r = extract('Title\n\nThe city was attacked on May 3. Russian forces launched 120 drones at Kharkiv that night.', '2025-05-10');
  const strikes = r.events.filter((e) => e.type === 'ASSAULT');
  assert.ok(strikes.length >= 1);
  assert.ok(strikes.every((e) => e.date === '2025-05-03'), JSON.stringify(strikes));
});

test('events: the doer is the subject, not the country after "on"', () => {
  const e = ofType('Israel carried out air strikes on Lebanon on Sunday.', 'ASSAULT');
  assert.equal(e[0]?.source_actor, 'israel');
});

test('events: a month-day a few days after publication is that day, not the same day a year before', () => {
  const text = 'Leaders to meet\n\nThe two presidents met in Geneva on November 27, officials said.';
  assert.deepEqual(extract(text, '2025-11-22').events.map((e) => e.date), ['2025-11-27']);
  // Months later, the same words are the past November.
  assert.deepEqual(extract(text, '2026-03-02').events.map((e) => e.date), ['2025-11-27']);
});
