// Eleventh session: seven invented wire articles from other outlets and wars
// (test/fixtures/wild-articles-5: Kordofan, Zaporizhzhia, the Ruzizi plain, Gaza after the October
// truce, Rakhine, Western Sahara, the eastern Pacific boat strikes), whose expectations were written
// before the extractor was run on them, and the general rules they showed missing.
// `npx tsx scripts/score-wild.ts wild-articles-5 -v` prints how far the extractor is from them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import { wildArticles, compare } from './wild-expectations.js';

const VERBAL = new Set(['REQUEST', 'REJECT', 'ACCUSE', 'THREATEN', 'SUPPORT']);

/** Events the extractor still misses (somalia-shabelle was written after this session's fixes and scored once). */
const KNOWN_MISSING: Record<string, string[]> = {
  // "were airlifted to Jowhar": no MOBILIZE cue for troops flown in.
  'somalia-shabelle': ['were airlifted to Jowhar'],
};

for (const [name, article, text] of wildArticles('wild-articles-5')) {
  test(`wild articles 5: ${name} has its events (type, status) and no more than ${article.maxEvents} deeds`, () => {
    const r = extract(text, article.published);
    const rep = compare(r, article);
    const missing = rep.problems.filter((p) => (p.startsWith('event missing:') || p.startsWith('event status')) && !(KNOWN_MISSING[name] ?? []).some((q) => p.includes(q)));
    assert.deepEqual(missing, [], rep.problems.join('\n'));
    const deeds = r.events.filter((e) => !VERBAL.has(e.type)).length;
    assert.ok(deeds <= article.maxEvents, `${deeds} events\n${rep.problems.join('\n')}`);
  });
}

const deedsOf = (text: string, published = '2025-11-20') => extract('Title\n\n' + text, published).events.filter((e) => !VERBAL.has(e.type));

test('events: a deed told as the landmark of another of its kind ("on Tuesday night after gunmen opened fire", "days after delegations held talks") is its own event', () => {
  const a = deedsOf('The army carried out air strikes on the town of Kadugli on Tuesday night after gunmen opened fire on a patrol in El Obeid.');
  assert.equal(a.filter((e) => e.type === 'ASSAULT').length, 2);
  assert.equal(a.find((e) => e.mode === 'aerial')?.date, '2025-11-18');
  const b = deedsOf('The envoy is expected to meet the president in Nairobi on Friday, days after the two delegations held talks in Addis Ababa on Nov. 16.');
  const talks = b.filter((e) => e.type === 'CONSULT');
  assert.equal(talks.length, 2);
  assert.ok(talks.some((e) => e.status === 'occurred' && e.date === '2025-11-16'));
  assert.ok(talks.some((e) => e.status === 'scheduled'));
});

test('events: a place that hosts a port, a base or refugees holds no meeting', () => {
  assert.equal(deedsOf('The town hosts a naval base and a fuel terminal.').length, 0);
  assert.equal(deedsOf('Chad hosts more than 1,000,000 refugees from Darfur.').length, 0);
  assert.equal(deedsOf('Qatar hosted talks between the two sides on Monday.').filter((e) => e.type === 'CONSULT').length, 1);
});

test('events: shells and projectiles that land are an attack, not a visit', () => {
  const a = deedsOf('Two mortar shells fired from across the border had landed in the town of Rugari, wounding three people, the army said on Tuesday.');
  assert.equal(a.filter((e) => e.type === 'CONSULT').length, 0);
  assert.equal(a.filter((e) => e.type === 'ASSAULT').length, 1);
  assert.equal(deedsOf('Three projectiles fired by the rebels landed near the airport on Sunday.').filter((e) => e.type === 'ASSAULT').length, 1);
  assert.equal(deedsOf('The minister landed in Kigali on Monday.').filter((e) => e.type === 'CONSULT').length, 1);
});

test('events: a strike told again by its munitions ("The shells struck ...") or its name ("the Kadugli shooting"), or denied, is the strike before', () => {
  assert.equal(deedsOf('Rebels shelled the city of Dilling on Monday, killing five people. The shells struck a residential district near the market.').filter((e) => e.type === 'ASSAULT').length, 1);
  assert.equal(deedsOf('Gunmen opened fire on a police post in Dilling on Monday. The army said no soldiers were hurt in the Dilling shooting.').filter((e) => e.type === 'ASSAULT').length, 1);
  assert.equal(deedsOf('Gunmen opened fire on troops in Dilling on Monday. The rebels denied their fighters had fired on the troops.').filter((e) => e.type === 'ASSAULT').length, 1);
});

test('events: strikes summed over a span or stepped up are no one happening', () => {
  assert.equal(deedsOf('The army has stepped up airstrikes on rebel-held areas ahead of the vote.').length, 0);
  assert.equal(deedsOf('Army airstrikes killed more than 1,000 civilians across the country this year, monitors said.').length, 0);
  assert.equal(deedsOf('Russia has launched more than 5,000 drones at Ukraine in November alone.').length, 0);
  // A day named keeps it one.
  assert.equal(deedsOf('Russia launched 500 drones at Ukraine on Monday night.').filter((e) => e.type === 'ASSAULT').length, 1);
});

test('events: a town seized is an assault; the place after a region\'s possessive and a place naming a facility place the event', () => {
  const a = deedsOf('The rebels seized Kadugli on Monday, residents said.');
  assert.equal(a[0]?.type, 'ASSAULT');
  assert.equal(a[0]?.mode, 'ground');
  assert.equal(deedsOf('An air strike on a clinic in Rakhine State\'s Mrauk-U Township killed 18 people on Sunday.')[0]?.location, 'Mrauk-U');
  assert.equal(deedsOf('Drones hit the Saratov oil refinery in Russia on Monday, officials said.')[0]?.location, 'Saratov');
});

test('locations: a dateline in capitals names its place in the usual case', () => {
  const r = extract('Title\n\nRABAT - The foreign minister met the UN envoy in Rabat on Monday.', '2025-11-04');
  assert.ok(r.locations.some((l) => l.name === 'Rabat'));
  assert.ok(!r.locations.some((l) => l.name === 'RABAT'));
});

test('events: a deed "hours before the meeting" takes the day of the talks the article tells', () => {
  const a = deedsOf('Delegations of the two sides met in Geneva on Thursday. Hours before the meeting, rebel forces launched some 40 drones at the capital, wounding 12 people.', '2026-02-27');
  const strike = a.find((e) => e.type === 'ASSAULT');
  assert.equal(strike?.date, '2026-02-26');
});

test('events: people named again by their deed ("the infiltrators"), arrests made in raids, fighting under a modal and recent attacks as a topic tell no new attack', () => {
  assert.equal(deedsOf('Two militants were killed in a gunfight with troops near Kupwara on Saturday. A police officer said the infiltrators were members of a banned group.').filter((e) => e.type === 'ASSAULT').length, 1);
  const raids = deedsOf('Troops detained at least 25 people, including a child and two former prisoners, in overnight raids across the West Bank, a rights group said.');
  assert.equal(raids.filter((e) => e.type === 'ASSAULT').length, 0);
  assert.equal(raids.filter((e) => e.type === 'COERCE').length, 1);
  assert.equal(deedsOf('Analysts warn that renewed fighting could draw in neighbouring Eritrea.').length, 0);
  assert.equal(deedsOf('The spokesperson was asked about recent drone attacks on energy facilities.').length, 0);
});

test('events: the day a deed was told of gives way to its own day in the next sentence that tells the same kind of act', () => {
  const a = deedsOf('An army air strike on a school in the village of Kani killed 12 people, residents said on Monday. A jet dropped a bomb on the school at about 2 a.m. on Sunday, a teacher told reporters.', '2025-05-13');
  const strike = a.filter((e) => e.type === 'ASSAULT');
  assert.equal(strike.length, 1);
  assert.equal(strike[0].date, '2025-05-11');
});

test('dates: "the night of Nov. 2" dates a deed to the day named after "of"', () => {
  assert.equal(deedsOf('Russian drones struck Odesa on the night of Nov. 2, killing two people.', '2025-11-04')[0]?.date, '2025-11-02');
  assert.equal(deedsOf('Militants attacked a police post in Bannu on the morning of 3 November.', '2025-11-04')[0]?.date, '2025-11-03');
});

test('events: the place a side seized or shelled places the act; who reported the act before is not the doer of the next', () => {
  const a = deedsOf('The attack came a week after the rebels seized El Fasher, the army\'s last stronghold in Darfur.');
  assert.equal(a.find((e) => e.type === 'ASSAULT')?.location, 'El Fasher');
  const b = deedsOf('An air strike on a hospital in Mrauk-U killed at least 18 people on Sunday night, according to residents and the Arakan Army. A jet dropped two bombs on the hospital at around 9 pm, a resident said.', '2025-11-25');
  const strikes = b.filter((e) => e.type === 'ASSAULT');
  assert.equal(strikes.length, 1);
  assert.ok(!strikes[0].actors.includes('arakan-army'));
});

test('events: the attackers named again ("The militants detonated a car bomb ... before storming it") tell how their attack went', () => {
  const a = deedsOf('Militants overran an army base in Moqokori early on Monday, killing nine soldiers, officials said. The militants detonated a car bomb at the gate of the base before storming it, a captain said.', '2025-12-02');
  assert.equal(a.filter((e) => e.type === 'ASSAULT').length, 1);
});
