// A speaker after the sentence's last comma, closing it with "said", reports the whole sentence:
// the verbs of what it reports ("spoke to", "urged") are not the claim's cue. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './helpers.js';

const claimsOf = (body: string) => extract(`Title\n\n${body}`, '2025-07-02').claims.map((c) => `${c.source} ${c.hedge} ${c.cue}`);

test('"X spoke to Y and urged ..., the Kremlin said": the Kremlin speaks, not X', () => {
  assert.deepEqual(claimsOf('Russian President Vladimir Putin spoke to Turkish President Recep Tayyip Erdogan by phone on Monday and urged restraint, the Kremlin said.'), ['russia direct said']);
  assert.deepEqual(claimsOf('African Union envoys met the president in Nairobi on Friday and urged him to free the detainees, an AU statement said on Saturday.'), ['african-union direct said']);
});

test('the trailing speaker is only a channel when the sentence has its own speaker, or is a pronoun\'s office', () => {
  // "said" before it: the minister speaks, the agency passes it on.
  const [first] = extract('Title\n\nForeign Minister Andrii Sybiha said Kyiv backed the plan, the Ukrinform news agency reported.', '2025-07-02').claims;
  assert.equal(first.source, 'andrii-sybiha');
  // "his office": the pronoun's person, as before.
  assert.deepEqual(claimsOf('Erdogan spoke to Putin by phone on Monday and urged restraint, his office said.').map((c) => c.split(' ')[0]), ['recep-tayyip-erdogan']);
});
