// "a spokesman for <body> said" speaks as the body, and "he added" after it is the same voice; a
// sentence that opens on "On Wednesday," names no speaker called "On Wednesday". Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const claimsOf = (body: string) => extract(`Title\n\n${body}`, '2025-07-02').claims.map((c) => `${c.source} ${c.hedge}`);

test('a spokesman for a body speaks as the body, and "he added" goes on in that voice', () => {
  const got = claimsOf('On Tuesday, a spokesman for the UN refugee agency UNHCR said two convoys had been stopped. Four trucks were turned back at the border, he added.');
  assert.deepEqual(got, ['unhcr direct', 'unhcr direct']);
});

test('a sentence-opening time phrase is no speaker', () => {
  const record = extract('Title\n\nOn Friday, a spokeswoman for NATO said the alliance would not send troops.', '2025-07-02');
  assert.ok(!record.actors.some((a) => /^on-/.test(a.id)), record.actors.map((a) => a.id).join(','));
  assert.equal(record.claims[0]?.source, 'nato');
});
