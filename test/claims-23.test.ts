// Claim sources of session 23 (claims23): a person "of" a party or body ("Dana Levi of the Meretz party
// said"), "staff said", "his spokesman said", "the Civil Defence spokesman", a body of the place the
// story is about ("the territory's civil defence agency", "the enclave's health ministry"), "a member
// of the presidential council". Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const claimsOf = (body: string, date = '2025-07-02') => extract(`Title\n\n${body}`, date).claims.filter((c) => c.hedge !== 'asserted');

test('"X of the Y party said": the person speaks, not the party', () => {
  const a = claimsOf('Dorit Sela of the Noam Hadash party said the offensive had to stop.');
  assert.equal(a.length, 1);
  assert.equal(a[0].source, 'dorit-sela');
  assert.equal(a[0].hedge, 'direct');
  const b = claimsOf('Yigal Aran of the Labour Party told the Knesset that the hostages had to come first.');
  assert.equal(b.length, 1);
  assert.equal(b[0].source, 'yigal-aran');
  const c = claimsOf('Omer Dahan of Hamas told reporters that the talks had stalled.');
  assert.equal(c[0]?.source, 'omer-dahan');
  // (A known person of a body is that person; a body of a body stays a body.)
  const d = claimsOf('The Ministry of Energy of Ukraine said power was back in Odesa.');
  assert.notEqual(d[0]?.source_text, 'Ministry');
});

test('"staff said", "hospital staff said", "Staff at X Hospital said": the staff, an unnamed source', () => {
  const a = claimsOf('Hospital staff said the generators had stopped overnight.');
  assert.equal(a.length, 1);
  assert.equal(a[0].hedge, 'reported');
  const b = claimsOf('Staff at the Kadugli Teaching Hospital said most of the wounded were children.');
  assert.equal(b.length, 1);
  assert.equal(b[0].hedge, 'reported');
  assert.match(b[0].source_text ?? '', /^staff$/i);
});

test('"his spokesman said": the person "his" stands for speaks, on record', () => {
  const a = claimsOf('General Omar Tahir has not appeared in public for weeks. His spokesman said the general was in good health.');
  assert.equal(a.length, 1);
  assert.equal(a[0].source, 'omar-tahir');
  assert.equal(a[0].hedge, 'direct');
  const b = claimsOf('Eastern commander Khalifa Haftar\'s forces moved towards Sirte on Monday, but his spokesman denied any mobilisation.');
  assert.ok(b.some((c) => c.source === 'khalifa-haftar' && c.hedge === 'direct'), JSON.stringify(b));
});

test('"The Civil Defence spokesman said": the body named in the role speaks', () => {
  const a = claimsOf('Israeli strikes hit Deir al-Balah, the Gaza civil defence agency said. The Civil Defence spokesman also said four people were missing.');
  assert.equal(a.length, 2);
  assert.equal(a[1].source, 'gaza-civil-defence');
  assert.equal(a[1].hedge, 'direct');
  const b = claimsOf('Floods cut the road to Marsa. The Coast Rescue spokesman said 40 people were still missing.');
  assert.equal(b.length, 1);
  assert.equal(b[0].hedge, 'direct');
  assert.match(b[0].source_text ?? '', /Coast Rescue/);
});

test('"the territory\'s civil defence agency said": the body of the place the story is about, known by that place\'s name', () => {
  const a = claimsOf('GAZA CITY (AFP) - Israeli strikes killed nine people in Gaza on Sunday, the territory\'s civil defence agency said.');
  assert.equal(a.length, 1);
  assert.equal(a[0].source, 'gaza-civil-defence');
  assert.equal(a[0].hedge, 'direct');
});

test('"the city\'s emergency medicine centre said", "the airport\'s management said": a local body speaks (unnamed)', () => {
  const a = claimsOf('Clashes in Misrata killed three people, the city\'s emergency medicine centre said.');
  assert.equal(a.length, 1);
  assert.match(a[0].source_text ?? '', /emergency medicine centre/);
  const b = claimsOf('Flights at Benina were suspended on Friday, the airport\'s management said.');
  assert.equal(b.length, 1);
  assert.match(b[0].source_text ?? '', /management/);
});

test('"A member of the presidential council said": one unnamed member speaks, not the council', () => {
  const a = claimsOf('A member of the presidential council, speaking on condition of anonymity, said the talks were under way.');
  assert.equal(a.length, 1);
  assert.equal(a[0].hedge, 'reported');
  assert.match(a[0].source_text ?? '', /^A member of the presidential council$/i);
  const b = claimsOf('A member of Hamas\'s political bureau told AFP the group would reply within days.');
  assert.equal(b.length, 1);
  assert.equal(b[0].hedge, 'reported');
  assert.notEqual(b[0].source, 'hamas');
});

test('"The report found", "a document reviewed by Reuters showed", "the statement said": a document speaks for who issued it', () => {
  const a = claimsOf('Amnesty International published a report on Monday. The report found that both sides had shelled homes in Kadugli.');
  assert.ok(a.some((c) => c.source === 'amnesty-international' && c.cue === 'found'), JSON.stringify(a));
  const b = claimsOf('A UN document reviewed by Reuters showed that the force would be led by Kenya.');
  assert.equal(b.length, 1);
  assert.equal(b[0].cue, 'showed');
  const c = claimsOf('Open-source data on the front line shows Russian troops advancing near Siversk.');
  assert.equal(c.length, 1);
  assert.equal(c[0].hedge, 'reported');
  const d = claimsOf('The African Court on Human and Peoples\' Rights ruled on the case in May. The lengthy, albeit provisional, ruling found that the detentions broke the charter.');
  assert.ok(d.some((x) => x.cue === 'found' && x.hedge === 'direct'), JSON.stringify(d));
  // (A statement with no one who issued it before names no one.)
  assert.equal(claimsOf('The statement read: "We will not surrender our weapons."').length, 0);
});

test('"The U.N. mission in Libya said": a UN mission named by its country is the mission the knowledge base knows', () => {
  const r = extract('Title\n\nThe U.N. mission in Libya called for calm after clashes near Zawiya.', '2025-07-02');
  assert.ok(r.actors.some((a) => a.id === 'unsmil'), r.actors.map((a) => a.id).join(' '));
  const c = extract('Title\n\nThe UN mission in South Sudan said peacekeepers had been sent to Nasir.', '2025-07-02');
  assert.equal(c.claims[0]?.source, 'unmiss');
});

test('"The transport union said"; "according to the conflict monitor ACLED": a union speaks; a body named after what it is speaks by its name', () => {
  const a = claimsOf('The drivers\' union said its members would stop work on Monday.');
  assert.equal(a.length, 1);
  const b = claimsOf('Clashes killed 25 people last week, according to the conflict monitor ACLED.');
  assert.equal(b[0]?.source, 'acled');
});

test('"An Israeli military official, briefing reporters, said"; "The rebels, for their part, insist": the speaker before the aside', () => {
  const a = claimsOf('A Sudanese military official, briefing reporters, said the drones had come from the west.');
  assert.equal(a.length, 1);
  assert.equal(a[0].hedge, 'reported');
  assert.match(a[0].source_text ?? '', /military official/);
  const b = claimsOf('The insurgents, for their part, insist they will not hand over their weapons.');
  assert.equal(b.length, 1);
  assert.match(b[0].source_text ?? '', /insurgents/);
});
