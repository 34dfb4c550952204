// What must hold for any input: no crash, a schema-valid record, offsets in bounds, and the
// same bytes twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract } from './helpers.js';

const WORDS = ['Putin', 'Zelensky', 'said', 'Kyiv', 'Moscow', '‘s', 'from', '.', ',', 'the', 'ceasefire', 'talks', 'on', 'Monday',
  'killed', 'three', 'drones', 'struck', '“', '”', 'NATO', 'demands', '\n', '\n\n', '(Image: Getty Images)', 'according', 'to', 'officials', 'Ü', '😀'];

test('property: any mix of news words gives a valid record with offsets in bounds, twice the same', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 60 }), fc.boolean(), (words, title) => {
      const text = (title ? 'Title\n\n' : '') + words.join(' ');
      const a = extract(text);
      const b = extract(text);
      assert.equal(JSON.stringify(a), JSON.stringify(b));
    }),
    { numRuns: 60 },
  );
});

test('property: arbitrary unicode strings never crash the pipeline', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => { extract(s || 'x', null, false); }), { numRuns: 60 });
});
