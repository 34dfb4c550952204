// Issue 9: invented wire articles from other wars and outlets (test/fixtures/wild-articles),
// with what an annotator would list, and the general rules they showed missing. The whole
// expectations are scored by test/wild-expectations.ts; the tests assert the facts that matter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';
import { wildArticles, compare } from './wild-expectations.js';

const VERBAL = new Set(['REQUEST', 'REJECT', 'ACCUSE', 'THREATEN', 'SUPPORT']);

for (const [name, article, text] of wildArticles()) {
  test(`wild articles: ${name} has its events (type, status) and no more than ${article.maxEvents} deeds`, () => {
    const r = extract(text, article.published);
    const rep = compare(r, article);
    const missing = rep.problems.filter((p) => (p.startsWith('event missing') || p.startsWith('event status')) && !(KNOWN_MISSING[name] ?? []).some((q) => p.includes(q)));
    assert.deepEqual(missing, [], rep.problems.join('\n'));
    const deeds = r.events.filter((e) => !VERBAL.has(e.type)).length;
    assert.ok(deeds <= article.maxEvents + (WILD_SLACK[name] ?? 0), `${deeds} events\n${rep.problems.join('\n')}`);
  });
  test(`wild articles: ${name} attributes its claims with their hedges`, () => {
    const rep = compare(extract(text, article.published), article);
    assert.ok(rep.claims.fn <= (CLAIM_SLACK[name] ?? 0), rep.problems.filter((p) => p.startsWith('claim')).join('\n'));
  });
}

/**
 * Events over the annotator's count that the extractor still makes (known misses, each in
 * the report of issue 9): lower these as rules improve, never raise them.
 */
const WILD_SLACK: Record<string, number> = {
  // "A fighter jet dropped a bomb on the monastery" (dated by "on Sunday" where the first telling
  // took "said on Monday") and "The two sides agreed to meet again" (an agreement to meet).
  'myanmar-sagaing': 2,
  // "A missile hit a building" (its doer taken from "Ukrainian officials" before) and Zelensky's trip to the G7.
  'ukraine-kyiv': 2,
  // A "Read more" headline the boilerplate stage leaves in the text.
  'colombia-catatumbo': 1,
};
/** Events the extractor still misses: "Rubio spoke to X and Y by phone" (the cue's gap is too long). */
const KNOWN_MISSING: Record<string, string[]> = { 'kashmir-loc': ['Rubio spoke to'] };
/** Claims the extractor still misses in each article. */
const CLAIM_SLACK: Record<string, number> = {};

const deedsOf = (text: string, published = '2025-06-11') => extract('Title\n\n' + text, published).events.filter((e) => !VERBAL.has(e.type));

test('events: a cue ending a compound adjective ("Iran-backed", "Houthi-held") is no event', () => {
  const r = deedsOf('The Iran-backed militia patrolled the Houthi-held port of Hodeidah on Monday.');
  assert.deepEqual(r.map((e) => e.type), [], JSON.stringify(r));
});

test('events: "the besieged city" and "tensions exploded into fighting" tell no coercion or blast', () => {
  assert.equal(deedsOf('Aid reached the besieged city of Kadugli on Monday.').filter((e) => e.type === 'COERCE').length, 0);
  assert.equal(deedsOf('In Juba in 2013, tensions between the factions exploded into open fighting.').filter((e) => e.mode === 'explosion').length, 0);
});

test('events: a cue naming what a place is for ("a recruitment centre") is no event', () => {
  const r = deedsOf('A car bomb exploded outside an army recruitment centre in Baidoa on Monday, killing 9 people.');
  assert.deepEqual(r.map((e) => e.type), ['ASSAULT'], JSON.stringify(r));
});

test('events: a siege that "has lasted for more than a year" is a state, not one happening', () => {
  const r = deedsOf('The rebels, who have encircled Kadugli for more than a year, deny blocking aid.');
  assert.equal(r.length, 0, JSON.stringify(r));
});

test('events: "in coordination with" the government is the manner of a strike, not a second event', () => {
  const r = deedsOf('The U.S. military said it had conducted an air strike near Jilib in coordination with the Somali government on Sunday.');
  assert.deepEqual(r.map((e) => e.type), ['ASSAULT'], JSON.stringify(r));
});

test('events: "since March, when militants tried to kill the mayor" is a landmark, not a new attack', () => {
  const r = deedsOf('A suicide bomber killed 12 people in Baidoa on Monday. It was the deadliest attack in the town since March, when militants tried to assassinate the mayor with a roadside bomb.');
  assert.equal(r.filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(r));
});

test('events: "have fought two wars" counts wars over the years, not one war', () => {
  const r = deedsOf('Eritrea and Ethiopia have fought two wars over the border town of Badme.');
  assert.equal(r.length, 0, JSON.stringify(r));
});

test('events: "Tuesday\'s strike" names the strike told before', () => {
  const r = deedsOf('A drone strike on a market in Kadugli killed 14 people on Tuesday, the governor said. Tuesday\'s strike came as envoys arrived in Juba.');
  assert.equal(r.filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(r));
});

test('events: talks that "had been due to" take place, or a meeting "was postponed", did not happen', () => {
  const r = deedsOf('Government and rebel negotiators had been due to meet in Nairobi next week for a new round of talks. A meeting of the two delegations in Addis Ababa, planned for Friday, was postponed indefinitely.');
  assert.equal(r.filter((e) => e.type === 'CONSULT').length, 0, JSON.stringify(r));
  assert.equal(deedsOf('The two sides were supposed to sign a peace agreement by August 18.').filter((e) => e.type === 'AGREE').length, 0);
});

test('events: "met in Kunming on Thursday for a fifth round of talks" is a round held, not one to come', () => {
  const [talks] = deedsOf('The rebels and the junta met in Kunming on Thursday for a fifth round of talks brokered by China.', '2025-05-12');
  assert.equal(talks?.status, 'occurred', JSON.stringify(talks));
  assert.equal(talks?.date, '2025-05-08');
});

test('events: the dateline\'s date gives way to the day the sentence tells', () => {
  const r = extract('Title\n\nPORT SUDAN, June 11 (Reuters) - A drone strike on a market in Kadugli killed 14 people on Tuesday, the governor said.', '2025-06-11');
  const strike = r.events.find((e) => e.type === 'ASSAULT');
  assert.equal(strike?.date, '2025-06-10', JSON.stringify(r.events));
});

test('events: a strike told again by witnesses, with no side or day, is the strike told just before', () => {
  const r = deedsOf('A drone strike on a market in Kadugli killed 14 people on Tuesday, the governor said. Witnesses said two drones struck the market shortly after noon.');
  assert.equal(r.filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(r));
});

test('events: "the conflict has killed tens of thousands" and a toll "since the coup" are the war\'s, not one attack', () => {
  assert.equal(deedsOf('The conflict has killed at least 150,000 people, according to the United Nations.').length, 0);
  assert.equal(deedsOf('The UN said on Friday that at least 6,600 civilians had been killed by the army since the coup.').length, 0);
  assert.equal(deedsOf('At least 80 people were killed in the first week of that offensive.').length, 0);
});

test('events: an earthquake that struck a region is no attack', () => {
  assert.equal(deedsOf('The truce was declared after a 7.7-magnitude earthquake struck Mandalay on March 28.').filter((e) => e.type === 'ASSAULT').length, 0);
});

test('events: talks "due to resume" on Friday are scheduled for that Friday', () => {
  const talks = extract('Title\n\nIsraeli and Hamas negotiators were due to resume indirect talks in Doha on Friday.', '2025-07-03').events.find((e) => e.type === 'CONSULT');
  assert.equal(talks?.status, 'scheduled', JSON.stringify(talks));
  assert.equal(talks?.date, '2025-07-04');
});

test('events: military chiefs who "spoke over a hotline" held a call; forces that "fired small arms" attacked', () => {
  assert.equal(deedsOf('The two army chiefs spoke over a hotline on Thursday.').find((e) => e.type === 'CONSULT')?.mode, 'phone');
  assert.ok(deedsOf('The ministry said Armenian forces had fired small arms at Azerbaijani positions overnight.').some((e) => e.type === 'ASSAULT'));
});

const claimsOf = (text: string) => extract('Title\n\n' + text, '2025-06-17').claims;

test('claims: "he said" after a quote naming someone else is the speaker before, not the name quoted', () => {
  const c = claimsOf('Zelenskiy said the strike showed that Russia had no interest in peace. "Putin only wants war," he said.');
  assert.equal(c[1]?.source, 'volodymyr-zelensky', JSON.stringify(c));
});

test('claims: "X, director of the ambulance service, said" and "a local administrator, X, told AFP" name X', () => {
  const a = claimsOf('Abdi Warsame, director of the Aamin ambulance service, said his team had carried 21 wounded people.');
  assert.equal(a[0]?.source, 'abdi-warsame', JSON.stringify(a));
  const b = claimsOf('"The rebels entered at dawn," a local administrator, Jean-Paul Kasereka, told AFP by telephone.');
  assert.equal(b[0]?.source, 'jean-paul-kasereka', JSON.stringify(b));
  assert.equal(b[0]?.hedge, 'direct');
});

test('claims: "the al Qaeda-linked al Shabaab group" speaks as al Shabaab; "the group said" is the armed group named before', () => {
  assert.equal(claimsOf('The al Qaeda-linked al Shabaab group said it had carried out the attack.')[0]?.source, 'al-shabaab');
  const c = claimsOf('The TNLA met junta envoys in Kunming on Thursday. The two sides agreed to meet again in June, the group said.');
  assert.equal(c.at(-1)?.source, 'tnla', JSON.stringify(c));
});

test('claims: "according to Ukraine\'s commander-in-chief Oleksandr Syrskyi" is Syrskyi\'s', () => {
  const c = claimsOf('Russia has reportedly amassed 50,000 troops near Sumy, according to Ukraine\'s commander-in-chief Oleksandr Syrskyi.');
  assert.equal(c[0]?.source, 'oleksandr-syrskyi', JSON.stringify(c));
});

test('events: acts summed over "this year" are no one happening', () => {
  assert.equal(deedsOf('The Rwanda-backed rebels have seized swathes of the east this year, including Goma.').filter((e) => e.type === 'COERCE').length, 0);
});

test('events: strikes on the place told again by the army that made them are one attack', () => {
  const r = deedsOf('Israeli air strikes killed at least 30 Palestinians across the Gaza Strip overnight, the health ministry said. The Israeli military said it had struck Hamas militants operating from a school compound.', '2025-07-03');
  assert.equal(r.filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(r));
});

test('events: the day a deed is told happening beats the day it was said', () => {
  const r = deedsOf('The government said on Tuesday that army commandos had killed 30 militants near Jilib on Monday night.', '2025-09-16');
  assert.equal(r.find((e) => e.type === 'ASSAULT')?.date, '2025-09-15', JSON.stringify(r));
});

test('events: a commander "killed at a meeting" tells a killing, not a meeting', () => {
  assert.equal(deedsOf('The militia leader was reportedly killed at a meeting in a military camp on Monday.').filter((e) => e.type === 'CONSULT').length, 0);
});

test('claims: a subject followed by its short name in brackets ("... in Libya (UNSMIL) called on") speaks', () => {
  const c = claimsOf('The United Nations Support Mission in Libya (UNSMIL) called on all parties to halt fighting immediately.');
  assert.equal(c[0]?.source, 'unsmil', JSON.stringify(c));
});

test('claims: "the country\'s health ministry said" is an office on record (direct); "ministry officials said" are unnamed (reported)', () => {
  assert.equal(claimsOf('A strike killed 27 people on Tuesday, the country\'s health ministry said.')[0]?.hedge, 'direct');
  assert.equal(claimsOf('Ministry officials said seven soldiers were killed.')[0]?.hedge, 'reported');
});
