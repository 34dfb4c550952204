// leadThenWords (src/extract/lead-then-words.ts) against the end-anchored expressions it
// replaced: the same answer on any text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { leadThenWords } from '../src/extract/lead-then-words.js';

const CLAUSE_WORD = /^[^\s.,;]+$/;
const deontic = /\b(?:must|should|has to|have to|needs to|need to|ought to)\s+(?:\w+ly\s+)?(?:be\s+(?:ready|willing|prepared)\s+to\s+)?(?:[^\s.,;]+\s+){0,8}$/i;
const cases: [string, RegExp, RegExp, number, RegExp | undefined][] = [
  ['modal', /\b(?:would|could|should|must|might|may|can|cannot|will)\s+(?:\S+\s+){0,3}$/i, /\b(?:would|could|should|must|might|may|can|cannot|will)$/i, 3, undefined],
  ['negated', /\b(?:would not|will not|won't|wouldn't|refuse[sd]? to|refusing to|not be|never)\s+(?:[^\s.,;]+\s+){0,4}$/i, /\b(?:would not|will not|won't|wouldn't|refuse[sd]? to|refusing to|not be|never)$/i, 4, CLAUSE_WORD],
  ['conciliatory', /\b(?:willing|ready|prepared|offer(?:s|ed)?|agree(?:s|d)?|promise(?:s|d)?|pledge(?:s|d)?)\s+to\s+(?:[^\s.,;]+\s+){0,6}$/i, /\b(?:willing|ready|prepared|offer(?:s|ed)?|agree(?:s|d)?|promise(?:s|d)?|pledge(?:s|d)?)\s+to$/i, 6, CLAUSE_WORD],
  ['prediction', /\b(?:expects?|expected|may|might|likely|unlikely)\b(?:\s+[\p{L}'’-]+){0,4}\s+$/iu, /\b(?:expects?|expected|may|might|likely|unlikely)$/iu, 4, /^[\p{L}'’-]+$/iu],
  ['intent', /\b(?:will|would|shall|'ll|is willing to|ready to|offered to|vowed to)\s+(?:[^\s.,;]+\s+){0,6}$/i, /\b(?:will|would|shall|'ll|is willing to|ready to|offered to|vowed to)$/i, 6, CLAUSE_WORD],
];
const bits = ['must', 'has', 'need', 'be', 'prepared', 'quickly', 'ly', 'x_ly', 'expect', 'Expects', 'may', 'unlikely', 'ſ', 'é', '’s', 'Kyiv’s', 'would', 'WILL', 'cannot', 'can', 'not', 'never', "won't", "they'll", 'refused', 'to', 'is', 'willing', 'ready', 'offered', 'x-will', 'swill', 'the', 'talks', 'a.b', 'x,', ';', '.', ' ', ' ', '  ', '\n', '\u00a0', '-'];

for (const [name, expression, lead, most, word] of cases) {
  test(`lead then words: ${name} as its end-anchored expression`, () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...bits), { maxLength: 20 }), (parts) => {
      const text = parts.join('');
      assert.equal(leadThenWords(text, lead, most, word), expression.test(text), JSON.stringify(text));
    }), { numRuns: 5000 });
  });
}

test('lead then words: "would not meet the " ends in a refusal; too many words or a comma do not', () => {
  const lead = /\b(?:would not|never)$/i;
  assert.equal(leadThenWords('they would not meet the ', lead, 4, CLAUSE_WORD), true);
  assert.equal(leadThenWords('they would not meet all of the ', lead, 2, CLAUSE_WORD), false);
  assert.equal(leadThenWords('they would not, meet ', lead, 4, CLAUSE_WORD), false);
});

test('lead then words: an obligation ("must urgently be ready to ...") as its end-anchored expression', async () => {
  const { DEONTIC } = await import('../src/extract/events/code-sentence.js');
  const words = ['must', 'MUST', 'has', 'to', 'need', 'needs', 'ought', 'be', 'ready', 'prepared', 'quickly', 'ly', 'x_ly', 'the', 'a', 'b', 'c', 'd', 'e', ',', '.', 'a.b'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 18 }), fc.constantFrom(' ', '  ', '\n'), (parts, space) => {
    const text = parts.join(space) + space;
    assert.equal(DEONTIC.test(text), deontic.test(text), JSON.stringify(text));
  }), { numRuns: 5000 });
});
