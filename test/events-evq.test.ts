import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

test('events: a spokesman who reports a strike is not its attacker', () => {
  const r = extract('Title\n\nRussia launched a wave of drones at Kharkiv on Tuesday night. Air force spokesman Yurii Ihnat said only 30 drones were shot down, as many flew low.', '2025-03-12');
  const strikes = r.events.filter((e) => e.type === 'ASSAULT');
  assert.ok(strikes.length >= 1, JSON.stringify(r.events));
  for (const e of strikes) assert.ok(!e.actors.includes('yurii-ihnat'), JSON.stringify(e.actors));
});

test('events: an organisation speaking through its spokesperson is not the attacker', () => {
  const r = extract('Title\n\nRussia fired ballistic missiles at Dnipro overnight. The Ukrainian Air Force spokesperson said most missiles were shot down over the city.', '2025-03-12');
  const strikes = r.events.filter((e) => e.type === 'ASSAULT');
  for (const e of strikes) assert.notEqual(e.source_actor, 'ukrainian-air-force', JSON.stringify(e));
});

test('events: a war\'s running death toll is background, not an attack', () => {
  const r = extract('Title\n\nZelensky said that about 46,000 Ukrainian soldiers have been killed since the full-scale invasion began.', '2025-03-12');
  assert.equal(r.events.filter((e) => e.type === 'ASSAULT').length, 0, JSON.stringify(r.events));
});

test('events: a count of strikes over a year is no single attack', () => {
  const r = extract('Title\n\nOfficials in Kyiv said Russia had struck gas facilities 120 times this year.', '2025-03-12');
  assert.equal(r.events.filter((e) => e.type === 'ASSAULT').length, 0, JSON.stringify(r.events));
});

test('events: the toll of one dated attack stays an event', () => {
  const r = extract('Title\n\nA Russian missile strike killed seven people in Sumy on Sunday.', '2025-03-12');
  assert.equal(r.events.filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(r.events));
});

test('events: "threatened additional sanctions" is no sanction imposed', () => {
  const r = extract('Title\n\nTrump threatened additional sanctions on Moscow if the talks stall.', '2025-03-12');
  assert.equal(r.events.filter((e) => e.type === 'SANCTION').length, 0, JSON.stringify(r.events));
});

test('events: "the prisoner swap" told again by another speaker is the swap told before', () => {
  const r = extract('Title\n\nUkraine and Russia exchanged 150 prisoners of war each on Friday, officials said.\n\nLater, US envoy Steve Witkoff said the prisoner swap showed that diplomacy was working for Ukraine.', '2025-03-15');
  const swaps = r.events.filter((e) => e.type === 'COOPERATE' || e.type === 'AGREE');
  assert.equal(swaps.length, 1, JSON.stringify(r.events));
});

test('events: "agreed to a prisoner exchange" is one happening, not an agreement and a swap', () => {
  const r = extract('Title\n\nArmenia and Azerbaijan agreed to a reciprocal prisoner exchange after talks in Brussels.', '2025-03-15');
  const n = r.events.filter((e) => e.type === 'COOPERATE' || e.type === 'AGREE').length;
  assert.equal(n, 1, JSON.stringify(r.events));
});

test('events: "the 7 October massacre" named in passing is no new attack', () => {
  const r = extract('Title\n\nMany critics cite the 7 October massacre when they defend the blockade.', '2025-03-15');
  assert.equal(r.events.filter((e) => e.type === 'ASSAULT').length, 0, JSON.stringify(r.events));
});

test('events: "the day before the talks in Geneva" points at talks told elsewhere', () => {
  const r = extract('Title\n\nOn Monday, the day before the peace talks in Geneva, Trump told reporters that Kyiv must move fast.', '2025-03-15');
  assert.equal(r.events.filter((e) => e.type === 'CONSULT').length, 0, JSON.stringify(r.events));
});

test('events: agreeing with a view is no agreement', () => {
  const r = extract('Title\n\nVance seemingly agreed, telling the Ukrainian leader that he was ungrateful.', '2025-03-15');
  assert.equal(r.events.filter((e) => e.type === 'AGREE').length, 0, JSON.stringify(r.events));
});

test('events: negotiators who decided to leave the talks retreat from them', () => {
  const r = extract('Title\n\nIsraeli and US negotiators have decided to leave the ceasefire talks in Doha, officials said on Thursday.', '2025-07-24');
  const left = r.events.find((e) => e.type === 'RETREAT');
  assert.ok(left, JSON.stringify(r.events));
});

test('events: fighting named only as the setting is no attack', () => {
  const r = extract('Title\n\nThe Geneva negotiations had already been overshadowed by renewed fighting.', '2025-07-24');
  assert.equal(r.events.filter((e) => e.type === 'ASSAULT').length, 0, JSON.stringify(r.events));
});
