// "Join ..." with a messenger's name is a follow plug unless the line tells a speaker: then it is a
// sentence of the story ("..., the envoy warned the rebels in a Telegram channel post"). Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const removedOf = (body: string) => {
  const r = extract(`Title\n\n${body}`, '2025-07-02');
  return r.removed.map((x) => r.document.text.slice(x.start, x.end));
};

test('a story sentence opening on "Join" with a Telegram post in it stays', () => {
  const line = 'Join the talks in Doha or face a new offensive, the army spokesman warned the rebels on Monday in a post on Telegram.';
  assert.deepEqual(removedOf(`Fighting continued near the border town on Sunday, residents said.\n\n${line}\n\nThe rebels did not respond.`), []);
});

test('"Join us on Telegram" is still a plug', () => {
  const got = removedOf('Fighting continued near the border town on Sunday, residents said.\n\nJoin us on Telegram for the latest updates\n\nThe rebels did not respond.');
  assert.ok(got.some((x) => x.startsWith('Join us on Telegram')), got.join(' | '));
});
