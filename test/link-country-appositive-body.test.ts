// A person the knowledge base lacks takes the country of the known body its appositive names
// (", the SPLM-IO spokesperson"), not the article's main country. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

test('an unknown spokesperson of a known body is of that body\'s country', () => {
  const record = extract('Title\n\nWashington renewed its sanctions on Monday. Gatdet Lual Kuol, the SPLM-IO spokesperson, said the group would not return to Juba talks.', '2025-04-01');
  const person = record.actors.find((a) => a.name === 'Gatdet Lual Kuol');
  assert.ok(person, record.actors.map((a) => a.name).join(', '));
  assert.equal(person.country, 'SS');
});
