import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../src/nlp/dates.js';
import { findNumbers, parseNumber } from '../src/nlp/numbers.js';
import { tokenise, isSpaceCode, isSeparatorCode } from '../src/nlp/tokens.js';

test('dates: a weekday alone keeps both readings around the publication date', () => {
  const [d] = findDates('The two leaders spoke on Monday.', '2025-03-11');
  assert.equal(d.text, 'on Monday');
  assert.equal(d.past, '2025-03-10');
  assert.equal(d.future, '2025-03-17');
});

test('dates: "March 11" resolves in the publication year with the default parser (not 2011)', () => {
  const [d] = findDates('Talks resumed on March 11.', '2025-06-01');
  assert.equal(d.date, '2025-03-11');
});

test('dates: without a publication date a relative day resolves to nothing', () => {
  const [d] = findDates('They met on Wednesday.', null);
  assert.equal(d.date, null);
});

test('numbers: words and digits with approximations give the number as said', () => {
  const found = findNumbers('one casualty and three injuries, nearly 30 nations and over 10 regions, 62,004 people');
  assert.deepEqual(found.map((n) => [n.value, n.approx]), [[1, null], [3, null], [30, 'nearly'], [10, 'over'], [62004, null]]);
});

test('numbers: compound and scaled words', () => {
  assert.equal(parseNumber('twenty-five'), 25);
  assert.equal(parseNumber('hundreds of thousands'), 100000);
  assert.equal(parseNumber('2.5 million'), 2500000);
});

test('sentences: a line break ends a sentence without final punctuation; offsets cover the text', () => {
  const text = 'Related Posts\n\nThis will close in 0 seconds\nMr. Smith said "I am here." Then he left.';
  const { sentences } = tokenise(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), ['Related Posts', 'This will close in 0 seconds', 'Mr. Smith said "I am here."', 'Then he left.']);
});

test('numbers: "dozens" and "hundreds of thousands" are sizes, marked vague, not counts', () => {
  const found = findNumbers('wounded dozens; hundreds of thousands of Israelis; three injuries');
  assert.deepEqual(found.map((n) => n.approx), ['vague', 'vague', null]);
});

test('dates: durations, weeks and months, and days counted from another event resolve to no day', () => {
  const day = (text: string, published: string | null) => findDates(text, published).map((d) => d.date ?? d.past ?? null);
  assert.deepEqual(findDates('They agreed to halt strikes for a week.', '2026-02-05'), []);
  assert.deepEqual(day('The next round is due next week.', '2026-02-05').filter((d) => d !== null), []);
  assert.deepEqual(day('Three days later the talks resumed.', '2026-02-05').filter((d) => d !== null), []);
  assert.deepEqual(day('The first round was held a week ago.', '2026-02-05'), ['2026-01-29']);
});

test('dates: without a publication date only a date written in full is known', () => {
  const day = (text: string) => findDates(text, null).map((d) => d.date);
  assert.deepEqual(day('The first round was held a week ago.').filter((d) => d !== null), []);
  assert.deepEqual(day('On January 29, Trump said so.'), [null]);
  assert.deepEqual(day('On 29 January 2026, Trump said so.'), ['2026-01-29']);
});

test('tokens: a text of spaces alone has no tokens and no sentences', () => {
  for (const t of [' ', '  \n ', '\t']) assert.deepEqual(tokenise(t), { tokens: [], sentences: [] });
});

test('numbers: "a dozen" is 12 and "two dozen" 24, not 13 and 14', () => {
  assert.equal(parseNumber('a dozen'), 12);
  assert.equal(parseNumber('two dozen'), 24);
  assert.deepEqual(findNumbers('a dozen drones were shot down').map((n) => n.value), [12]);
});

test('tokens: the character tests read every UTF-16 unit as /\\s/ and wink-nlp\'s separator class do', () => {
  const separator = /[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f\n\r\t]/;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(isSpaceCode(c), /\s/.test(ch), `space test at U+${c.toString(16)}`);
    assert.equal(isSeparatorCode(c), separator.test(ch), `separator test at U+${c.toString(16)}`);
  }
});

test('a short rank or title before a name does not end the sentence', () => {
  const text = 'The army spokesman, Maj. Gen. Nuru Abdi, said the talks had failed. Adm. Lena Berg and Amb. Tomas Riel left on Monday.';
  const { sentences } = tokenise(text);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), [
    'The army spokesman, Maj. Gen. Nuru Abdi, said the talks had failed.',
    'Adm. Lena Berg and Amb. Tomas Riel left on Monday.',
  ]);
});
