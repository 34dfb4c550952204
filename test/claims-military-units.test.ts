// A military unit that speaks: named with its number ("the 52nd Brigade", "the 118th Mechanised
// Brigade"), then by its head noun alone ("the brigade added"); a unit named in lower case ("the
// ninth infantry brigade said") is an unnamed source, never its state's voice. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const record = (body: string) => extract(`Title\n\n${body}`, '2025-07-02');

test('a unit named by its number is one organisation, with the number in its name', () => {
  const r = record('The 52nd Brigade said on Monday it had pushed the rebels out of the market town. The 118th Mechanised Brigade said its positions near the river were shelled overnight.');
  const units = r.actors.filter((a) => /brigade/i.test(a.name)).map((a) => `${a.name}:${a.kind}`);
  assert.deepEqual(units, ['52nd Brigade:organisation', '118th Mechanised Brigade:organisation']);
  assert.deepEqual(r.claims.map((c) => c.source), ['52nd-brigade', '118th-mechanised-brigade']);
});

test('"the brigade added" is the brigade the article named last', () => {
  const r = record('The 52nd Brigade said on Monday it had pushed the rebels out of the market town. The brigade added that three of its soldiers were wounded.');
  assert.deepEqual(r.claims.map((c) => c.source), ['52nd-brigade', '52nd-brigade']);
});

test('a unit in lower case is an unnamed source, not the state', () => {
  const r = record('Valdorian forces shelled the port overnight. The ninth infantry brigade said the shelling had stopped by dawn.');
  const claim = r.claims.find((c) => c.cue === 'said');
  assert.ok(claim, JSON.stringify(r.claims));
  assert.notEqual(claim!.source, null);
  assert.ok(!/valdor/.test(claim!.source ?? ''), claim!.source ?? '');
  assert.match(r.actors.find((a) => a.id === claim!.source)?.name ?? '', /brigade/i);
});

test('"the spokesman" is the spokesman the article last named, unless an unnamed one came in since', () => {
  const r = record('Army spokesman Tomas Halloran said the bridge had been retaken. The spokesman said the rebels had fled north.');
  assert.deepEqual(r.claims.map((c) => c.source), ['tomas-halloran', 'tomas-halloran']);
  const s = record('Army spokesman Tomas Halloran said the bridge had been retaken. In the hills, a rebel spokesman said the fighters had withdrawn in good order. The spokesman added that no one was captured.');
  assert.notEqual(s.claims[2]?.source, 'tomas-halloran');
});
