// Who tells an event after it, in a long attribution of names and a title ("..., Swiss foreign
// ministry spokesman Pierre Dubois said"), is none of its actors. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

test('a speaker named with a long title after the event is not one of its parties', () => {
  const r = extract('Title\n\nDelegates of the two armies met in Geneva on Wednesday and agreed to a truce, Maltese foreign ministry spokesman Karl Vella said on Thursday.', '2025-07-04');
  const meeting = r.events.find((e) => e.type === 'CONSULT');
  assert.ok(meeting, JSON.stringify(r.events));
  assert.ok(!meeting!.actors.includes('karl-vella') && !meeting!.actors.includes('malta'), meeting!.actors.join(','));
});

test('a party named in the clause of the event stays one', () => {
  const r = extract('Title\n\nRussian drones struck Kharkiv overnight, killing two people, Ukrainian President Volodymyr Zelensky said.', '2025-07-04');
  assert.deepEqual(r.events.find((e) => e.type === 'ASSAULT')?.actors, ['russia']);
});

test('an act in the perfect progressive counted from a landmark later in its clause is background', () => {
  const r = extract('Title\n\nThe junta, which seized power in 2021, has been battling rebels who want to end its rule over their valleys since late October.', '2025-07-04');
  assert.deepEqual(r.events.map((e) => e.type), []);
  const day = extract('Title\n\nRebel forces have been shelling the port since dawn on Monday, killing three people.', '2025-07-04');
  assert.deepEqual(day.events.map((e) => e.type), ['ASSAULT']);
});

test('an assault made "with 37 drones" is from the air; a ground assault with tanks stays on the ground', () => {
  const air = extract('Title\n\nThe rebels launched assaults on two navy frigates in the strait with 37 drones on Tuesday.', '2025-07-04');
  assert.deepEqual(air.events.map((e) => `${e.type}/${e.mode}`), ['ASSAULT/aerial']);
  const ground = extract('Title\n\nGovernment troops launched a ground assault on the town with tanks and infantry on Tuesday.', '2025-07-04');
  assert.deepEqual(ground.events.map((e) => `${e.type}/${e.mode}`), ['ASSAULT/ground']);
});

test('the doer of an act named after "by" is its source, not its target', () => {
  const r = extract('Title\n\nA drone strike by the Valdorian Liberation Front hit a crowded market in Tesmar on Tuesday, killing nine people.', '2025-07-04');
  const e = r.events.find((x) => x.type === 'ASSAULT');
  assert.ok(e, JSON.stringify(r.events));
  assert.equal(e!.source_actor, 'valdorian-liberation-front');
  assert.notEqual(e!.target_actor, 'valdorian-liberation-front');
});
