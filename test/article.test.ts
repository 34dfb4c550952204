import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toArticles } from '../src/ingest/to-articles.js';
import { InputError } from '../src/ingest/read-input.js';

const bytes = (s: string) => new TextEncoder().encode(s);

test('article: a feed item with a short HTML summary becomes its paragraphs, no tags', () => {
  const feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>Short</title><link>https://example.invalid/a</link><description><![CDATA[<p>Hamas <b>rejected</b> the plan.</p><p>Israel said talks go on.</p>]]></description></item></channel></rss>';
  const [a] = toArticles({ source: 'feed.xml', bytes: bytes(feed), hint: 'feed' });
  assert.equal(a.text, 'Hamas rejected the plan.\n\nIsrael said talks go on.');
  assert.equal(a.meta.url, 'https://example.invalid/a');
  assert.equal(a.meta.source, 'feed.xml');
  assert.equal(a.meta.title, 'Short');
});

test('article: a text file keeps its text as read, CRLF turned into LF and the BOM dropped', () => {
  const [a] = toArticles({ source: 'a.txt', bytes: bytes('\ufeffTitle\r\n\r\nBody line.\r\n'), hint: 'text' });
  assert.equal(a.text, 'Title\n\nBody line.\n');
  assert.equal(a.titleLine, true);
});

test('article: a file named .xml that is no feed is refused with a clear message', () => {
  assert.throws(() => toArticles({ source: 'notes.xml', bytes: bytes('<notes><n>hi</n></notes>'), hint: 'feed' }),
    (e: unknown) => e instanceof InputError && /not an RSS or Atom feed/.test(e.message));
});
