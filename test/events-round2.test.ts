import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

test('events: "the two sides" met in a host country are the parties of the earlier talks, not the host', () => {
  const r = extract('Title\n\nEthiopia and Eritrea held talks in Nairobi on Monday. A week later the two sides met again in Djibouti for a second session.', '2025-05-20');
  const second = r.events.filter((e) => e.type === 'CONSULT').find((e) => e.location === 'Djibouti');
  assert.ok(second, JSON.stringify(r.events));
  assert.ok(second.actors.includes('ethiopia') && second.actors.includes('eritrea'), JSON.stringify(second.actors));
});

test('events: an agreement reached at talks told in the same sentence is the talks\' parties\'', () => {
  const r = extract('Title\n\nColombia and the ELN held talks in Caracas on Friday. Another round was held in Havana on Sunday, reaching an agreement on a local truce.', '2025-03-10');
  const agree = r.events.find((e) => e.type === 'AGREE');
  assert.ok(agree, JSON.stringify(r.events));
  assert.ok(agree.actors.includes('colombia'), JSON.stringify(agree.actors));
});

test('events: "a new round of aggression" and "after Monday\'s talks" are no new meetings', () => {
  const r = extract('Title\n\nKinshasa fears Rwanda will prepare a new round of aggression in the east. A Congolese minister spoke to reporters after Monday\'s talks.', '2025-03-12');
  assert.equal(r.events.filter((e) => e.type === 'CONSULT').length, 0, JSON.stringify(r.events));
});
