// Inputs built to hurt finish in time linear in their size, without overflowing the stack: a
// page nested 50,000 deep, a feed of 100,000 items. No wall-clock limit (machines differ):
// the CPU time for an input four times as large must stay under ten times the time for the
// small one. Linear time gives about 4-5 (5x measured for 50,000 unclosed <b>s against 12,500:
// the larger page's tree is collected in the old generation), quadratic 16; the margin is for a
// busy machine (a CI run once measured 9.9x for that page at 8x allowed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../src/clean/html/extract-article.js';
import { toArticles } from '../src/ingest/to-articles.js';

/** CPU milliseconds of one run of f, and what it returned. */
function timed<T>(f: () => T): { ms: number; value: T } {
  const start = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, value };
}

/**
 * Runs f on size n (a warm-up run, then the least of two) and on 4n, checks the ratio of
 * CPU times, and returns what the large run gave, for the test to check its output.
 */
function assertLinear<T>(what: string, n: number, f: (size: number) => T): T {
  f(n); // warm-up: the first run compiles
  let small = Infinity;
  let large = timed(() => f(4 * n));
  // Other work on the machine only ever adds time: a round over the ratio is measured again
  // (up to four rounds, each size keeping its least), which quadratic work fails every time.
  for (let round = 0; round < 4; round++) {
    small = Math.min(small, timed(() => f(n)).ms, timed(() => f(n)).ms);
    if (round > 0) {
      const again = timed(() => f(4 * n));
      if (again.ms < large.ms) large = again;
    }
    // Below a few milliseconds the ratio is noise: the small run is floored at 5 ms.
    if (large.ms / Math.max(small, 5) < 10) break;
  }
  const ratio = large.ms / Math.max(small, 5);
  assert.ok(ratio < 10, `${what}: ${n} -> ${4 * n} took ${small.toFixed(0)} -> ${large.ms.toFixed(0)} ms CPU, ${ratio.toFixed(1)}x (linear is 4x)`);
  return large.value;
}

const nested = (open: string, close: string, depth: number, text: string) => `<html><body>${open.repeat(depth)}${text}${close.repeat(depth)}</body></html>`;

const SHAPES: [string, string, string][] = [
  ['closed <div>s', '<div>', '</div>'],
  ['closed <ul><li>s', '<ul><li>', '</li></ul>'],
  ['unclosed <b>s (formatting elements the parser reopens)', '<b>', ''],
  ['unclosed <table><tr><td>s', '<table><tr><td>', ''],
  ['mixed unclosed tags', '<div><span><em><blockquote><a href="#">', ''],
];

for (const [name, open, close] of SHAPES) {
  test(`linear: a page nested 50,000 deep with ${name} is read in linear time, its text kept`, () => {
    const text = 'Negotiators met again in Geneva on Tuesday and agreed on an exchange of prisoners. '.repeat(5);
    const result = assertLinear(`nesting, ${name}`, 12_500, (depth) => extractArticle(nested(open, close, depth, text), null));
    if ('error' in result) assert.fail(result.error);
    assert.match(result.text, /Negotiators met again in Geneva/);
  });
}

const rssItem = (i: number, html: boolean) =>
  `<item><title>Item ${i}</title><link>https://news.example/${i}</link><pubDate>Tue, 19 Nov 2019 23:30:00 -0500</pubDate>` +
  `<description>${html ? `&lt;p&gt;Talks ${i} resumed in &lt;b&gt;Geneva&lt;/b&gt;.&lt;/p&gt;` : `Talks ${i} resumed in Geneva.`}</description></item>`;
const rss = (items: number, html: boolean) =>
  new TextEncoder().encode(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${Array.from({ length: items }, (_, i) => rssItem(i, html)).join('')}</channel></rss>`);
const atom = (items: number) =>
  new TextEncoder().encode(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>${Array.from({ length: items }, (_, i) =>
    `<entry><title>Entry ${i}</title><link href="https://news.example/${i}"/><updated>2025-03-11T10:00:00Z</updated><summary>Talks ${i} resumed in Geneva.</summary></entry>`).join('')}</feed>`);

test('linear: an RSS feed of 100,000 items gives 100,000 articles in linear time', () => {
  const articles = assertLinear('RSS items', 25_000, (n) => toArticles({ source: 'wire.xml', bytes: rss(n, false), hint: 'feed' }));
  assert.equal(articles.length, 100_000);
  assert.equal(articles[99_999].text, 'Talks 99999 resumed in Geneva.');
});

test('linear: an Atom feed of 100,000 entries gives 100,000 articles in linear time', () => {
  const articles = assertLinear('Atom entries', 25_000, (n) => toArticles({ source: 'wire.atom', bytes: atom(n), hint: 'feed' }));
  assert.equal(articles.length, 100_000);
  assert.equal(articles[99_999].meta.published, '2025-03-11');
});

test('linear: feed items holding HTML are each parsed as HTML, in linear time', () => {
  const articles = assertLinear('RSS items with HTML', 2_500, (n) => toArticles({ source: 'wire.xml', bytes: rss(n, true), hint: 'feed' }));
  assert.equal(articles[9_999].text, 'Talks 9999 resumed in Geneva.');
});

test('linear: a feed nested 50,000 deep is refused with a clear error, not a stack overflow', () => {
  const deep = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Deep</title><description>${'<x>'.repeat(50_000)}Talks.${'</x>'.repeat(50_000)}</description></item></channel></rss>`;
  assert.throws(() => toArticles({ source: 'deep.xml', bytes: new TextEncoder().encode(deep), hint: 'feed' }), /is a feed nested deeper than 100 elements: not read/);
  // Atom XHTML content is kept as written and read by the HTML parser, which flattens what is too deep.
  const atomDeep = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><title>Deep</title><link href="https://news.example/1"/><content type="xhtml">${'<div>'.repeat(50_000)}Talks resumed in Geneva.${'</div>'.repeat(50_000)}</content></entry></feed>`;
  assert.equal(toArticles({ source: 'deep.atom', bytes: new TextEncoder().encode(atomDeep), hint: 'feed' })[0].text, 'Talks resumed in Geneva.');
});
