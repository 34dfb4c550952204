// Attribution forms of wire copy of other outlets and wars (Sudan, Lebanon, Myanmar, Yemen):
// a statement named by its body, a request for comment, "It said" after a body or an agency.
// Invented sentences in the style of that copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const claimsOf = (body: string) => extract(`Title\n\n${body}`, '2025-07-02').claims;

test('"a health ministry statement said": the body the statement is of speaks, on record', () => {
  const [c, ...rest] = claimsOf('Eleven people were wounded in the shelling of Dilling on Tuesday, a health ministry statement said.');
  assert.equal(rest.length, 0);
  assert.equal(c?.hedge, 'direct');
  assert.match(c?.source_text ?? '', /health ministry/i);
  const [d] = claimsOf('An army statement said the attackers had been pushed back towards the river.');
  assert.equal(d?.hedge, 'direct');
  assert.match(d?.source_text ?? '', /army/i);
});

test('"did not respond to a Reuters request for comment": no statement made', () => {
  assert.deepEqual(claimsOf('A spokesman for the navy did not respond to a Reuters request for comment.'), []);
  assert.deepEqual(claimsOf('The ministry did not immediately respond to an AFP request for comment on Sunday.'), []);
});

test('"It said" right after an agency\'s or a body\'s statement goes on in its voice', () => {
  const a = claimsOf("Lebanon's National News Agency reported that a drone struck a car near Tyre on Friday. It said two people were killed.");
  assert.equal(a.length, 2);
  assert.equal(a[1].source, a[0].source);
  assert.equal(a[1].hedge, a[0].hedge);
  const b = claimsOf('The Lebanese health ministry said 12 people were killed in the strikes on Qana. It added that 30 others were wounded.');
  assert.equal(b.length, 2);
  assert.equal(b[1].source, b[0].source);
  assert.equal(b[1].hedge, b[0].hedge);
});

test('"It said" keeps the body named before when the claim before it is a person\'s or far away', () => {
  const c = claimsOf('Hezbollah fired rockets at a base near Safed. Its deputy leader Naim Qassem said the group would keep up the pressure. It said the barrage answered the strikes on Qana.');
  assert.equal(c.length, 2);
  assert.equal(c[1].source, 'hezbollah');
});

test('", but Armenia claimed ...": a contrasting clause with a speaker of its own is a claim of its own', () => {
  const c = claimsOf('Azerbaijan\'s military said the men were part of a "sabotage group," but Armenia claimed its soldiers were repairing a road near the border.');
  assert.equal(c.length, 2);
  assert.equal(c[1].source, 'armenia');
});

test('"denied Azerbaijan\'s claims that ...": the claim denied frames nothing; the denial is on record', () => {
  const [c] = claimsOf("Earlier, Armenia denied Azerbaijan's claims that its troops fired at positions near the village of Sotk.");
  assert.equal(c?.source, 'armenia');
  assert.equal(c?.hedge, 'direct');
});

test('"the ministry said" after a quote naming another ministry: the ministry that spoke before, not the one quoted', () => {
  const c = claimsOf('The Ministry of Defence of Armenia denies the accusations. "The report of the Azerbaijani defence ministry about shots fired at its positions is false," the ministry said in a statement.');
  assert.equal(c.length, 2);
  assert.equal(c[1].source, c[0].source);
});

test('"he said" with no person the linker knows: the unknown name told before speaks', () => {
  const c = claimsOf('A drone hit Oksana Melnychuk’s house in the village of Dubove overnight. “The windows flew into the room,” she told reporters on Tuesday.');
  assert.equal(c.length, 1);
  assert.equal(c[0].hedge, 'direct');
  assert.equal(c[0].source_text, 'Oksana Melnychuk');
});

test('"she said" with no name before it but a place or a people: no speaker made up', () => {
  const c = claimsOf('Shelling hit Kramatorsk and Sloviansk overnight. “The windows flew into the room,” she said.');
  assert.ok(c.every((x) => !/Kramatorsk|Sloviansk/.test(x.source_text ?? '')));
});

test('"..., the armed forces said": a state\'s armed forces speak on record', () => {
  const [c] = claimsOf('Soldiers retook the prison in Machala early on Tuesday after an operation lasting several hours, the armed forces said.');
  assert.equal(c?.hedge, 'direct');
  assert.match(c?.source_text ?? '', /armed forces/);
});

test('"Baloch separatists accuse ...": insurgents named by what they are speak as an unnamed collective', () => {
  const [c] = claimsOf("Baloch separatists accuse the federal government of exploiting the province's gas and minerals.");
  assert.equal(c?.hedge, 'reported');
  assert.match(c?.source_text ?? '', /separatists/);
});
