// Who speaks when a rank or an article stands before the name or the title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const people = (text: string) => extract(text, '2026-03-12').actors.filter((a) => a.kind === 'person').map((a) => a.name);

test('titles: "A Congolese government spokesman" is one of several, not the office holder; "the ... spokesman" is', () => {
  assert.deepEqual(people('Title\n\nA Congolese government spokesman said Kinshasa would not sign until the rebels pulled back.'), []);
  assert.equal(people('Title\n\nThe Congolese government spokesman said Kinshasa would not sign until the rebels pulled back.').length, 1);
});

test('claims: the rank before a known name in apposition is no new person ("..., Brigadier General Yahya Saree, said")', () => {
  const r = extract('Title\n\nIn a televised statement, the spokesman for the Yemeni Armed Forces, Brigadier General Yahya Saree, said the vessel had been hit.', '2026-03-12');
  assert.deepEqual(r.actors.filter((a) => /brigadier/i.test(a.name)).map((a) => a.name), []);
  assert.deepEqual(r.claims.map((c) => c.source), ['yahya-saree']);
});

test('names: ranks of several words are no part of an unknown name ("Rear Admiral", "Brigadier General", "Vice President")', () => {
  const text = 'Title\n\nRear Admiral Tomas Ferreira said on Monday that talks would resume.\nBrigadier General Ahmed Salem told reporters the army had advanced.\nVice President Abdelkader Ouali said the ceasefire held.';
  assert.deepEqual(people(text).sort(), ['Abdelkader Ouali', 'Ahmed Salem', 'Tomas Ferreira']);
});

test('actors: a bare "Foreign Office" is the main state\'s own when the article never names the state the name usually means', () => {
  const pk = extract('Pakistan and Afghanistan agree to reopen crossing\n\nISLAMABAD: Pakistan and Afghanistan agreed to reopen the Torkham crossing, the Foreign Office said on Thursday.\nPakistan has demanded that Kabul act against militants.', '2026-03-12');
  assert.deepEqual(pk.actors.filter((a) => /foreign office/i.test(a.name)).map((a) => a.country), ['PK']);
  const gb = extract('Britain summons envoy\n\nLONDON: Britain summoned the Russian ambassador, the Foreign Office said on Thursday.\nThe United Kingdom has demanded that Moscow stop the strikes.', '2026-03-12');
  assert.deepEqual(gb.actors.filter((a) => /foreign office/i.test(a.name)).map((a) => a.country), ['GB']);
});
