// Fifteenth session: ten invented wire articles (test/fixtures/wild-articles-9: Chad (Lake Chad),
// Niger (Tillaberi, ECOWAS), Somalia-Ethiopia-Somaliland (the Ankara talks), Georgia-Abkhazia (the
// Geneva International Discussions), Moldova-Transnistria (Bender), the Philippines-China (Scarborough
// Shoal), Guyana-Venezuela (the Essequibo), Cyprus (an informal U.N. meeting in Geneva), Senegal
// (Casamance) and Indonesia (Papua)), written with their events, claims and positions before the
// extractor was run on them. `npx tsx scripts/score-wild.ts wild-articles-9 -v` prints every miss. The
// floors below are a little under the level after this session's general rules (docs/accuracy.md,
// "Fifteenth session: wild-articles-9"); the misses left are listed there, not hidden here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import { folderTotals, f1, VERBAL } from './wild-expectations.js';

/** After-fix level (floored): see docs/accuracy.md. */
const EVENTS = 59, DETAILS = 51, CLAIMS = 88, POSITIONS = 55;

test('wild articles 9: events, claims and positions stay at the level after the fifteenth session', () => {
  const sum = folderTotals('wild-articles-9', extract);
  const line = JSON.stringify(sum);
  assert.ok(f1(sum.events) >= EVENTS, `events ${f1(sum.events).toFixed(1)} ${line}`);
  assert.ok(sum.details.ok >= DETAILS, `event details ${sum.details.ok}/${sum.details.n}`);
  assert.ok(f1(sum.claims) >= CLAIMS, `claims ${f1(sum.claims).toFixed(1)} ${line}`);
  assert.ok(f1(sum.positions) >= POSITIONS, `positions ${f1(sum.positions).toFixed(1)} ${line}`);
});

const record = (text: string, published = '2025-05-18') => extract('Title\n\n' + text, published);
const deeds = (text: string, published?: string) => record(text, published).events.filter((e) => !VERBAL.has(e.type)).map((e) => e.type);

test('a deed placed five or more years before the article, before the cue or after it, is background', () => {
  assert.deepEqual(deeds('The island was divided in 1974 when Turkish troops invaded the north.'), []);
  assert.deepEqual(deeds('Russia fought a short war with Georgia in August 2008 and stationed troops in both regions.'), []);
  // (A year or two back stays an event: the gold lists "the 2022 invasion" in articles of 2025.)
  assert.ok(deeds('Russian troops invaded Ukraine in February 2022.').length >= 1);
});

test('a relative clause placed in a past year tells background; the sentence around it still tells its deed', () => {
  assert.deepEqual(deeds('General Omar, who seized power in a July 2023 coup, met a delegation of the regional bloc in Niamey on Saturday.'), ['CONSULT']);
});

test('"Under the 2019 agreement, the rebels agreed to ...": a deal\'s terms are no happening', () => {
  assert.deepEqual(deeds('Under the 2019 agreement, the rebels agreed to hand over their weapons in exchange for an amnesty.'), []);
});

test('"such attacks", arrests "since January", violence "linked to" a group over the year: no one deed', () => {
  assert.deepEqual(deeds('The government has blamed such attacks on criminal gangs.'), []);
  assert.deepEqual(deeds('Rights groups said at least seven reporters had been arrested since January.'), []);
  assert.deepEqual(deeds('Violence linked to armed groups has killed more than 900 people in the region since the start of the year, the monitor said.'), []);
});

test('arms laid down are no attack; talks told possible are held by no one; armed men who arrive pay no visit', () => {
  assert.ok(!deeds('About 300 fighters laid down rifles, machine guns and rocket launchers at a ceremony in Ziguinchor on Saturday.').includes('ASSAULT'));
  assert.deepEqual(deeds('The prime minister said talks with the other faction, including its exiled leaders, were possible.'), []);
  assert.ok(!deeds('Dozens of gunmen arrived in pickup trucks and opened fire on the market in Tillaberi on Sunday, killing 12 people.').includes('CONSULT'));
});

test('"The informal meeting" named again is the meeting told before; "firing from the bank" is an attack', () => {
  assert.deepEqual(deeds('The two leaders met in Geneva on Tuesday. The informal meeting, the second this year, also brought together Greece and Turkey.'), ['CONSULT']);
  assert.deepEqual(deeds('Gunmen firing from the far bank of the river wounded two soldiers near Kaikan on Sunday.'), ['ASSAULT']);
});

test('a deed in a "since" clause is a landmark; "the deal signed in May" names the deal, no signing', () => {
  assert.deepEqual(deeds('The talks are the third round since the two neighbours signed a declaration to end the row.'), []);
  assert.deepEqual(deeds('The commander said his men had kept their side of the deal signed in Bissau in May.'), []);
});

test('"X, who took over from Y, said he was willing": the speaker holds the position, not the person in the relative clause', () => {
  const r = record('Erhurman, who took over from his predecessor Ersin Tatar in October, said he was willing to resume formal negotiations.', '2025-12-10');
  assert.deepEqual(r.positions.map((p) => p.holder), ['tufan-erhurman']);
});

test('"came a day after General X, who ..., received": over the relative clause, counted from the deed told, not the day a statement was read', () => {
  const es = record('Gunmen killed 22 people in a village on Sunday, the ministry said. Six people were wounded, the ministry said in a statement read on public television on Tuesday. The killings came a day after General Omar Tchiani, who seized power in a July 2023 coup, received a delegation of the regional bloc in Niamey.', '2025-10-08').events;
  assert.equal(es.find((e) => e.type === 'CONSULT')?.date, '2025-10-04');
});
