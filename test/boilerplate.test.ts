import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, covered } from './helpers.js';

const ARTICLE = `Leaders meet in Rome

Giorgia Meloni

Italy's prime minister arrives at the summit (Image: Getty Images)

Italian Prime Minister Giorgia Meloni met European leaders in Rome on Tuesday to discuss support for Ukraine.

READ MORE: Five things to know about the summit

Sign up for our free daily newsletter now

This will close in 10 seconds

Reporting by Anna Rossi; Editing by John Smith
`;

test('boilerplate: a photo credit is reported as credit and its caption line as caption', () => {
  const r = extract(ARTICLE);
  const reasons = r.removed.map((s) => [s.reason, covered(r, s)]);
  assert.deepEqual(reasons.find(([reason]) => reason === 'credit'), ['credit', '(Image: Getty Images)']);
  assert.ok(reasons.some(([reason, text]) => reason === 'caption' && text === "Italy's prime minister arrives at the summit"));
});

test('boilerplate: the lone name line above a caption is part of the caption', () => {
  const r = extract(ARTICLE);
  assert.ok(r.removed.some((s) => s.reason === 'caption' && covered(r, s) === 'Giorgia Meloni'));
});

test('boilerplate: read-more plugs, newsletters, pop-ups and desk credits are removed, prose is not', () => {
  const r = extract(ARTICLE);
  const texts = r.removed.map((s) => covered(r, s));
  assert.ok(texts.includes('READ MORE: Five things to know about the summit'));
  assert.ok(texts.includes('Sign up for our free daily newsletter now'));
  assert.ok(texts.includes('This will close in 10 seconds'));
  assert.ok(texts.includes('Reporting by Anna Rossi; Editing by John Smith'));
  assert.ok(!texts.some((t) => t.includes('met European leaders')));
});

test('boilerplate: removed spans never change document.text and the title is not removed', () => {
  const r = extract(ARTICLE);
  assert.equal(r.document.text, ARTICLE);
  assert.equal(r.document.title, 'Leaders meet in Rome');
  assert.ok(r.removed.every((s) => s.start >= 'Leaders meet in Rome'.length));
});

test('boilerplate: a wire dateline is removed but the paragraph it opens is kept', () => {
  const r = extract('Title\n\nMOSCOW, Feb 10 (Reuters) - Russia said on Monday that talks would resume.\n');
  assert.deepEqual(r.removed.map((s) => [s.reason, covered(r, s)]), [['byline', 'MOSCOW, Feb 10 (Reuters) - ']]);
});

test('boilerplate: a line that is only a photo credit is a credit, a sentence naming an agency is not', () => {
  const r = extract('Title\n\nAFP via Getty Images\n\nSergei Supinsky/AFP\n\nReuters reported that talks resumed in Geneva.\n');
  assert.deepEqual(r.removed.map((s) => [s.reason, covered(r, s)]), [['credit', 'AFP via Getty Images'], ['credit', 'Sergei Supinsky/AFP']]);
});

test('boilerplate: a wire dateline without a city is removed too, its paragraph kept', () => {
  const r = extract('Title\n\nMar 3 (Reuters) - Kyiv has not yet seen a written draft of the new plan.');
  assert.equal(r.removed.length, 1);
  assert.equal(covered(r, r.removed[0]), 'Mar 3 (Reuters) - ');
});

test('boilerplate: a paragraph of prose that ends in "(AFP)" keeps its prose, only the credit goes', () => {
  const text = 'Title\n\nThe army said it had retaken the town. Residents began to return on Sunday. Aid groups said roads were still mined. (AFP)\n';
  const r = extract(text);
  assert.deepEqual(r.removed.map((s) => [s.reason, covered(r, s)]), [['credit', '(AFP)']]);
});

test('boilerplate: "contributed" in prose is no byline, "contributed to this report" is', () => {
  const r = extract('Title\n\nNorway contributed troops to the mission in 2019, officials recalled.\n\nSara Ali in Cairo contributed to this report.\n');
  assert.deepEqual(r.removed.map((s) => covered(r, s)), ['Sara Ali in Cairo contributed to this report.']);
});

test('boilerplate: a wire caption with its place and full date is a caption, a dated sentence of prose is not', () => {
  const r = extract('Title\n\nDisplaced families queue for bread in Omdurman, Sudan, Tuesday, May 6, 2025.\n\nThe truce took effect on May 6, 2025, after weeks of talks.\n');
  assert.deepEqual(r.removed.map((s) => [s.reason, covered(r, s)]), [['caption', 'Displaced families queue for bread in Omdurman, Sudan, Tuesday, May 6, 2025.']]);
});

test('boilerplate: stamps, section labels and related headlines of a scraped page are removed', () => {
  const text = [
    'Truce talks open in Doha', '', 'Middle East', 'By Lina Haddad', 'Published On 4 Apr 2025', '4 min read',
    'Negotiators from both sides met in Doha on Friday for a new round of truce talks, mediators said.',
    'The talks are expected to last several days.',
    'Related News', 'Aid convoy reaches northern town after weeks of delay', 'Fresh clashes reported on the eastern front',
  ].join('\n');
  const r = extract(text);
  const texts = r.removed.map((s) => covered(r, s));
  for (const debris of ['Middle East', 'By Lina Haddad', 'Published On 4 Apr 2025', '4 min read', 'Related News', 'Aid convoy reaches northern town after weeks of delay', 'Fresh clashes reported on the eastern front']) {
    assert.ok(texts.includes(debris), debris);
  }
  assert.ok(!texts.some((t) => t.includes('Negotiators') || t.includes('several days')));
});

test('boilerplate: a headline of another story gives no event, claim or position', () => {
  const text = 'Truce talks open in Doha\n\nNegotiators met in Doha on Friday, mediators said.\n\nRelated Stories\nRebels seize airport after heavy shelling of the city\nArmy rejects calls for a ceasefire, spokesman says\n';
  const r = extract(text);
  const start = text.indexOf('Related Stories');
  const inRelated = (e: { start: number }) => e.start >= start;
  assert.ok(!r.events.some((e) => inRelated(e.evidence)), JSON.stringify(r.events.map((e) => e.evidence)));
  assert.ok(!r.claims.some((c) => inRelated(c.evidence)));
  assert.ok(!r.positions.some((p) => inRelated(p.evidence)));
});

test('boilerplate: a caption names actors and places but tells no event of its own', () => {
  const text = 'Strikes hit Kharkiv\n\nRussian drones hit Kharkiv overnight, killing two people, the governor said on Friday.\n\nRussian drones hit a building in Kharkiv, Ukraine, Friday, May 2, 2025. (AP Photo/Jo Lee)\n';
  const r = extract(text);
  const caption = text.indexOf('Russian drones hit a building');
  assert.ok(r.events.length > 0);
  assert.ok(!r.events.some((e) => e.evidence.start >= caption), JSON.stringify(r.events.map((e) => e.evidence)));
  assert.ok(r.locations.some((l) => l.name === 'Kharkiv'));
});

const BARE_CAPTION = `Aid convoy reaches the besieged town

The first trucks of flour and medicine crossed into the town on Thursday after weeks of delay.
Families waiting by the road near the checkpoint in early March
Local officials said the convoy carried enough food for about ten days.
The talks on a wider truce are expected to resume next week in the capital, diplomats said.
Both sides have accused each other of blocking earlier deliveries
and of firing on the trucks near the river crossing.
`;

test('boilerplate: a caption without credit between two paragraphs is removed; a broken paragraph is not', () => {
  const r = extract(BARE_CAPTION);
  const texts = r.removed.map((s) => covered(r, s));
  assert.ok(r.removed.some((s) => s.reason === 'caption' && covered(r, s) === 'Families waiting by the road near the checkpoint in early March'));
  assert.ok(!texts.some((t) => t.includes('Both sides have accused')));
  assert.ok(!texts.some((t) => t.includes('Local officials said')));
});

test('boilerplate: a sentence a line wrap cut after "Prime" is prose, not a bare caption', () => {
  const text = 'Grid under fire\n\nRussia\'s army said on Monday it had taken two villages in the east, state media reported.\nRussia struck the power grid 140 times since January, Ukrainian Prime\nMinister Yulia Svyrydenko said on Monday.\nEngineers worked through the night to restore heating in the capital.\n';
  const r = extract(text, '2026-02-05');
  assert.deepEqual(r.removed.filter((x) => x.reason === 'caption'), []);
  const captioned = 'Grid under fire\n\nRussia\'s army said on Monday it had taken two villages in the east, state media reported.\nEngineers repair a damaged substation outside the capital after the strikes\nEngineers worked through the night to restore heating in the capital.\n';
  assert.equal(extract(captioned, '2026-02-05').removed.filter((x) => x.reason === 'caption').length, 1);
});

test('boilerplate: a wire dateline of two cities, or in title case as AFP writes it, is removed, its paragraph kept', () => {
  const a = extract('Title\n\nNAIROBI/ADDIS ABABA, June 3 (Reuters) - Mediators said talks would resume.\n');
  assert.deepEqual(a.removed.map((s) => covered(a, s)), ['NAIROBI/ADDIS ABABA, June 3 (Reuters) - ']);
  const b = extract('Title\n\nTripoli (AFP) – Rival governments agreed on Sunday to reopen the airport.\n');
  assert.deepEqual(b.removed.map((s) => covered(b, s)), ['Tripoli (AFP) – ']);
  // A title-case phrase before a bracket that is no agency is left alone.
  const c = extract('Title\n\nThe Council (UNSC) - a body of fifteen members - met on Monday.\n');
  assert.deepEqual(c.removed, []);
});
