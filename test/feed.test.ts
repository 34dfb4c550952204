import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { looksLikeFeed, parseFeed, type FeedItem } from '../src/ingest/feed.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function items(name: string): FeedItem[] {
  const parsed = parseFeed(fixture(`feeds/${name}`));
  assert.ok(parsed, `${name} should parse as a feed`);
  return parsed;
}

test('feed: RSS 2.0 items keep the order of the feed', () => {
  assert.deepEqual(items('rss2.xml').map((i) => i.title), ['Ceasefire talks resume in Geneva', 'Envoys meet in Doha & agree to talk again', 'Shelling hits power station']);
});

test('feed: content:encoded is preferred over description', () => {
  const [first, second, third] = items('rss2.xml');
  assert.equal(first.content, '<p>Delegations returned to Geneva on Monday.</p><p>The talks are meant to settle the exchange of prisoners.</p>');
  assert.equal(second.content, '<p>Envoys met in Doha on Thursday.</p>');
  assert.equal(third.content, null);
});

test('feed: an RSS pubDate gives the UTC date of the instant it states; dc:date the date as written', () => {
  // Mon, 11 Mar 2024 23:30:00 -0500 is 2024-03-12 04:30 UTC.
  assert.deepEqual(items('rss2.xml').map((i) => i.published), ['2024-03-12', '2024-05-02', '2023-12-31']);
});

test('feed: a permalink guid is the link of an item without <link>; a guid that is not one is never used', () => {
  assert.deepEqual(items('rss2.xml').map((i) => i.link), [
    'https://herald.example/world/ceasefire-talks',
    'https://herald.example/world/envoys-meet',
    'https://herald.example/world/power-station',
  ]);
});

test('feed: Atom entries take the alternate link and the published date as written, else updated', () => {
  const entries = items('atom.xml');
  assert.deepEqual(entries.map((e) => e.link), ['https://gulf.example/news/envoys-meet', 'https://gulf.example/news/truce', 'https://gulf.example/news/observers']);
  assert.deepEqual(entries.map((e) => e.published), ['2024-05-02', '2024-06-01', '2024-06-02']);
});

test('feed: an HTML Atom title becomes plain text', () => {
  assert.equal(items('atom.xml')[0].title, 'Envoys meet in Doha');
});

test('feed: Atom XHTML content is kept as markup, escaped HTML content is unescaped once, summary is the last resort', () => {
  const [first, second, third] = items('atom.xml');
  assert.equal(first.content, '<div xmlns="http://www.w3.org/1999/xhtml"><p>Envoys met in Doha on <b>Thursday</b> &amp; talked for three hours.</p></div>');
  assert.equal(second.content, '<p>Mediators proposed a thirty-day truce &amp; a prisoner exchange.</p>');
  assert.equal(third.content, 'Three neutral states will send observers.');
});

test('feed: RSS 1.0 (RDF) items with dc:date and rdf:about', () => {
  assert.deepEqual(items('rdf.xml'), [
    { link: 'https://wire.example/1', title: 'Talks adjourned', published: '2024-01-02', content: 'The talks were adjourned until Monday.' },
    { link: 'https://wire.example/2', title: 'Border reopened', published: '2024-01-03', content: 'The border crossing reopened on Tuesday.' },
  ]);
});

test('feed: a feed without items gives an empty list', () => {
  assert.deepEqual(items('empty.xml'), []);
});

test('feed: an HTML page is not a feed', () => {
  const html = fixture('html/ceasefire-jsonld.html');
  assert.equal(parseFeed(html), null);
  assert.equal(looksLikeFeed(html), false);
});

test('feed: XML that is not a feed, and text that is not XML, give null', () => {
  assert.equal(parseFeed(fixture('feeds/not-a-feed.xml')), null);
  assert.equal(looksLikeFeed(fixture('feeds/not-a-feed.xml')), false);
  assert.equal(parseFeed('Talks resumed on Monday.'), null);
});

test('feed: looksLikeFeed sees through a BOM, the XML declaration, comments and a stylesheet', () => {
  assert.equal(looksLikeFeed(fixture('feeds/rss2.xml')), true);
  assert.equal(looksLikeFeed(fixture('feeds/atom.xml')), true);
  assert.equal(looksLikeFeed(fixture('feeds/rdf.xml')), true);
  assert.equal(looksLikeFeed('\uFEFF<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<!-- x -->\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), true);
});
