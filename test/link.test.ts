import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, actorNamed } from './helpers.js';

test('link: full name, surname and transliteration link to one actor', () => {
  const r = extract('Talks\n\nPresident Volodymyr Zelenskyy met envoys. Zelensky said later that Zelenskiy had no plans to resign.');
  const z = r.actors.filter((a) => a.kind === 'person');
  assert.equal(z.length, 1);
  assert.equal(z[0].name, 'Volodymyr Zelensky');
  assert.equal(z[0].country, 'UA');
  assert.equal(z[0].mentions.length, 3);
});

test('link: "Sir Keir" and "the Prime Minister" are Keir Starmer in a British story', () => {
  const r = extract('Starmer hosts allies\n\nSir Keir welcomed leaders to London. Later, the Prime Minister said Britain would lead.', '2025-03-11');
  const starmer = actorNamed(r, 'Keir Starmer');
  assert.ok(starmer);
  assert.deepEqual(starmer!.mentions.map((m) => m.text).slice(1), ['Sir Keir', 'the Prime Minister']);
  assert.equal(starmer!.country, 'GB');
});

test('link: a role held in 2025 is not the holder in 2021', () => {
  const later = extract('Talks\n\nThe US president, Donald Trump, spoke.', '2025-06-01');
  assert.match(actorNamed(later, 'Donald Trump')!.role ?? '', /President/);
  const earlier = extract('Talks\n\nDonald Trump spoke at a rally.', '2022-06-01');
  assert.equal(actorNamed(earlier, 'Donald Trump')!.role, null);
});

test('link: a demonym before an acting noun stands for its state; a job title alone is no actor', () => {
  const r = extract('Strikes\n\nUkrainian troops advanced while the Defence Secretary watched.');
  assert.ok(actorNamed(r, 'Ukraine'));
  assert.ok(!r.actors.some((a) => /secretary/i.test(a.name)));
});

test('link: a capital that speaks is its state; a capital as a place is a location', () => {
  const r = extract('Talks\n\nMoscow said it was ready. Delegates arrived in Moscow on Friday.');
  const russia = actorNamed(r, 'Russia');
  assert.deepEqual(russia?.mentions.map((m) => m.text), ['Moscow']);
  assert.equal(r.locations.find((l) => l.name === 'Moscow')?.country, 'RU');
});

test('link: an unknown name after a title becomes a new actor with its country from the place named', () => {
  const r = extract('Attack\n\nGovernor Ivan Petrenko of the Kursk region reported damage. Petrenko said two people were hurt.');
  const p = actorNamed(r, 'Ivan Petrenko');
  assert.ok(p, JSON.stringify(r.actors));
  assert.equal(p!.id, 'ivan-petrenko');
  assert.equal(p!.kind, 'person');
  assert.equal(p!.country, 'RU');
  assert.equal(p!.mentions.length, 2);
});

test('places: an ambiguous city goes to the biggest one with the article\'s countries first', () => {
  const r = extract('Talks\n\nEmmanuel Macron hosted Volodymyr Zelensky in Paris on Monday.');
  const paris = r.locations.find((l) => l.name === 'Paris');
  assert.equal(paris?.country, 'FR');
  assert.ok(paris!.lat! > 48 && paris!.lat! < 49);
});

test('link: a new name after a two-word demonym and a title takes that country; titles are no names', () => {
  const r = extract('Talks\n\nSouth African President Thabo Mokoena said talks would continue. The Ukrainian Minister said nothing.');
  const p = actorNamed(r, 'Thabo Mokoena');
  assert.equal(p?.country, 'ZA');
  assert.equal(p?.role, 'South African President');
  assert.ok(!r.actors.some((a) => /minister/i.test(a.name)));
});

test('link: a title in apposition belongs to the name before it, not to the title\'s holder', () => {
  const r = extract('Talks\n\nIvan Petrov, Russia\'s envoy to the UN, disagreed.', '2025-06-01');
  assert.equal(actorNamed(r, 'Ivan Petrov')?.role, "Russia's envoy to the UN");
  assert.ok(!r.actors.some((a) => a.kind === 'person' && a.name !== 'Ivan Petrov'));
});

test('places: a country after "in" or "to" is also a place, with its coordinates', () => {
  const r = extract('Talks\n\nThe next round of talks will likely be held in the United States, Zelensky said.');
  const us = r.locations.find((l) => l.name === 'United States');
  assert.equal(us?.country, 'US');
  assert.ok(us!.lat! > 20 && us!.lon! < -60);
  assert.ok(actorNamed(r, 'United States'));
});

test('places: a world city is not sent to a small namesake in the article\'s countries, months are no places', () => {
  const r = extract('Talks\n\nMarco Rubio and Sergey Lavrov met in Geneva in March, and later in Brussels.', '2025-06-01');
  assert.equal(r.locations.find((l) => l.name === 'Geneva')?.country, 'CH');
  assert.equal(r.locations.find((l) => l.name === 'Brussels')?.country, 'BE');
  assert.ok(!r.locations.some((l) => l.name === 'March'));
});

test('places: a name the gazetteer lacks is a place by the noun around it, in the country of the place before it', () => {
  const r = extract('Title\n\nWitnesses in Gaza City said troops entered the eastern Ruwaisat neighbourhood on Friday. Drones hit the village of Zelenyi Hai.');
  const sabra = r.locations.find((l) => l.name === 'Ruwaisat');
  assert.equal(sabra?.country, 'PS');
  assert.equal(sabra?.lat, null);
  assert.ok(r.locations.some((l) => l.name === 'Zelenyi Hai'), JSON.stringify(r.locations));
  const none = extract('Title\n\nHer neighbourhood looks deserted. He was charged in the Southern District of New York.');
  assert.deepEqual(none.locations.filter((l) => l.lat === null).map((l) => l.name), []);
});

test('link: a person\'s one-word alias followed by another name is part of that other name ("Munir Tallawi")', () => {
  const r = extract('Title\n\nMunir Tallawi, a UNICEF representative in Ukraine, said children were at risk.');
  assert.ok(!r.actors.some((a) => a.id === 'asim-munir'), JSON.stringify(r.actors.map((a) => a.id)));
});
