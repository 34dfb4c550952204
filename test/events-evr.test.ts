import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

test('events: a strike "late Sunday and early Monday" is dated by the day it ran into', () => {
  // 2026-03-04 is a Wednesday: Sunday is 03-01, Monday 03-02.
  const r = extract('Title\n\nOfficials in Ruritania said Borduvian drones struck a fuel depot in the town of Varn late Sunday and early Monday.', '2026-03-04');
  const strikes = r.events.filter((e) => e.type === 'ASSAULT');
  assert.equal(strikes.length, 1, JSON.stringify(r.events));
  assert.equal(strikes[0].date, '2026-03-02', JSON.stringify(strikes[0]));
});

test('events: "overnight Tuesday into Wednesday" dates the strike Wednesday', () => {
  const r = extract('Title\n\nBorduvian drones hit the port of Kelso overnight Tuesday into Wednesday, officials said.', '2026-03-05');
  const strikes = r.events.filter((e) => e.type === 'ASSAULT');
  assert.equal(strikes.length, 1, JSON.stringify(r.events));
  assert.equal(strikes[0].date, '2026-03-04', JSON.stringify(strikes[0]));
});

test('events: "Sunday and Monday" two days, not a night, keeps the nearest day', () => {
  const r = extract('Title\n\nBorduvian drones struck the town of Varn on Sunday and Monday.', '2026-03-04');
  const strikes = r.events.filter((e) => e.type === 'ASSAULT');
  assert.ok(strikes.length >= 1, JSON.stringify(r.events));
  assert.equal(strikes[0].date, '2026-03-01', JSON.stringify(strikes[0]));
});

test('events: a singular toll told after the strike ("One person was injured") counts', () => {
  const r = extract('Title\n\nAir defenses downed 30 Ruritanian drones over the Varn region late Sunday, officials said.\n\nDebris fell on three warehouses in the town of Kelso, sparking fires. One person was injured, they said.', '2026-03-04');
  const strikes = r.events.filter((e) => e.type === 'ASSAULT');
  assert.equal(strikes.length, 1, JSON.stringify(r.events));
  assert.equal(strikes[0].quantities.injured, 1, JSON.stringify(strikes[0]));
  assert.equal(strikes[0].quantities.buildings_damaged, 3, JSON.stringify(strikes[0]));
});

test('events: "one soldier was killed" gives a killed count of one', () => {
  const r = extract('Title\n\nBorduvian artillery shelled the village of Ostrel on Tuesday, and one soldier was killed, the army said.', '2026-03-05');
  const strikes = r.events.filter((e) => e.type === 'ASSAULT');
  assert.ok(strikes.length >= 1, JSON.stringify(r.events));
  assert.equal(strikes[0].quantities.killed, 1, JSON.stringify(strikes[0]));
});

test('events: "another round of talks ending abruptly" is the round told before, not one to come', () => {
  const r = extract('Title\n\nArmenian and Azerbaijani envoys met in Geneva on Tuesday for talks on the border.\n\nWith another round of talks ending abruptly, a deal remains far off.', '2026-03-05');
  const talks = r.events.filter((e) => e.type === 'CONSULT');
  assert.equal(talks.filter((e) => e.status === 'scheduled').length, 0, JSON.stringify(talks));
  assert.equal(talks.length, 1, JSON.stringify(talks));
});

test('events: the lead\'s present perfect ("have decided to leave the talks") is dated the day of the story', () => {
  const r = extract('Envoys quit talks\n\nArmenian negotiators have decided to leave the border talks in Geneva, officials said.\n\nAzerbaijani negotiators walked out of talks in Vienna in 2021.', '2026-03-05');
  const lead = r.events.find((e) => e.evidence.start < 90 && e.type !== 'CONSULT');
  assert.ok(lead, JSON.stringify(r.events));
  assert.equal(lead.date, '2026-03-05', JSON.stringify(lead));
});

test('events: a present perfect later in the story gets no date from the day of publication', () => {
  const r = extract('Envoys quit talks\n\nTalks in Geneva ended on Monday.\n\nArmenian negotiators have decided to leave the border talks, officials said.', '2026-03-05');
  const later = r.events.find((e) => e.evidence.start > 50 && e.type !== 'CONSULT');
  if (later) assert.notEqual(later.date, '2026-03-05', JSON.stringify(later));
});

test('events: a deed told as a landmark ("hours after jets struck the port, killing 14") is its own event with its own place and toll', () => {
  const r = extract('Title\n\nHouthi rebels fired missiles at a cargo ship in the Red Sea on Monday, hours after U.S. jets struck the port of Hodeidah, killing 14 people.', '2026-03-05');
  const strikes = r.events.filter((e) => e.type === 'ASSAULT');
  assert.equal(strikes.length, 2, JSON.stringify(strikes));
  const ship = strikes.find((e) => e.source_actor === 'houthis');
  const port = strikes.find((e) => e.source_actor === 'united-states');
  assert.ok(ship && port, JSON.stringify(strikes));
  assert.equal(ship.quantities.killed, undefined, JSON.stringify(ship));
  assert.equal(ship.date, '2026-03-02', JSON.stringify(ship));
  assert.equal(port.quantities.killed, 14, JSON.stringify(port));
  assert.notEqual(ship.location, port.location, JSON.stringify(strikes));
});
