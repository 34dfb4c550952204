// "expects ... to" asks another side to act only when that side stands between: "Hamas expects to release
// the hostages" foresees its own act, no demand. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const positionsOf = (body: string) => extract(`Title\n\n${body}`, '2025-07-02').positions.map((p) => `${p.holder} ${p.stance} ${p.issue}`);

test('"expects to release the hostages": the subject\'s own act foreseen is no demand', () => {
  assert.deepEqual(positionsOf('Hamas expects to release the remaining hostages next week.').filter((p) => p.includes(' demand ')), []);
});

test('"expects Israel to withdraw": the side between is asked, a demand', () => {
  assert.ok(positionsOf('Hamas expects Israel to withdraw its troops from Gaza.').includes('hamas demand withdrawal'));
});
