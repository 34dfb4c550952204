// A state's name that is also a first name ("Jordan Bardella", "Chad Holloway") is the person's,
// when the article writes the surname alone elsewhere; otherwise the state stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const actorsOf = (text: string) => extract(text, '2026-03-03').actors.map((a) => `${a.kind}:${a.name}`);

test('a state\'s name before a surname the article repeats alone is a first name', () => {
  const text = 'Opposition leader rejects troop plan\n\nJordan Bardella, the head of France\'s National Rally, said on Tuesday that France should not send troops to Ukraine. Bardella said any ceasefire had to be negotiated by Europeans.';
  const actors = actorsOf(text);
  assert.ok(actors.includes('person:Jordan Bardella'), actors.join(', '));
  assert.ok(!actors.includes('state:Jordan'), actors.join(', '));
  assert.ok(actors.includes('state:France'));
});

test('the state stays when the next word is an English word the article also writes in lower case, or is not repeated', () => {
  const today = actorsOf('Talks in Amman\n\nJordan Today reported that talks would open in Amman. The foreign minister said today that Jordan would host them.');
  assert.ok(today.includes('state:Jordan'), today.join(', '));
  const once = actorsOf('Aid crosses into Syria\n\nJordan Valley farmers said on Monday that trucks crossed the border. Officials said 40 trucks had entered Syria.');
  assert.ok(once.includes('state:Jordan') || !once.some((a) => a.startsWith('person:Jordan')), once.join(', '));
});
