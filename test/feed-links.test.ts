// Feeds read from the web: each item's page is fetched for the whole story; an item whose page
// can't be read keeps its own content. A real HTTP server on loopback, no mock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { extractSource } from '../src/pipeline/extract-source.js';
import { context } from './helpers.js';

let server: Server;
let base = '';

const STORY = `<!doctype html><html><head><title>Envoys meet in Geneva | Example</title>
<meta property="og:site_name" content="Example"><meta property="article:published_time" content="2025-06-02T10:00:00Z"></head>
<body><article><h1>Envoys meet in Geneva</h1>
<p>Russian and Ukrainian envoys met in Geneva on Monday for a new round of talks, officials said.</p>
<p>Rustem Umerov said Ukraine was ready to discuss a full exchange of prisoners of war.</p>
<p>Vladimir Medinsky said Russia would present its own proposal on Tuesday.</p></article></body></html>`;

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Envoys meet</title><link>${base}/story</link><pubDate>Mon, 02 Jun 2025 09:00:00 GMT</pubDate><description>Envoys met in Geneva.</description></item>
<item><title>Gone</title><link>${base}/missing</link><pubDate>Mon, 02 Jun 2025 08:00:00 GMT</pubDate><description>Kyiv said drones struck Kharkiv overnight.</description></item>
</channel></rss>`);
    } else if (req.url === '/story') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(STORY);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

test('feed links: an item\'s page gives the whole story; an unreadable page leaves the item\'s own content', async () => {
  const { records } = await extractSource(`${base}/feed.xml`, { maxBytes: 1 << 20, timeoutMs: 3000, published: null, fetchLinks: true, allowPrivate: true }, context());
  assert.equal(records.length, 2);
  assert.match(records[0].document.text, /Rustem Umerov said Ukraine was ready/);
  assert.equal(records[0].document.source, `${base}/feed.xml`);
  assert.equal(records[0].document.published, '2025-06-02');
  assert.ok(records[0].actors.some((a) => a.name === 'Rustem Umerov'));
  assert.equal(records[1].document.text, 'Kyiv said drones struck Kharkiv overnight.');
  assert.equal(records[1].document.url, `${base}/missing`);
});

test('feed links: without fetching, each item is its own content', async () => {
  const { records } = await extractSource(`${base}/feed.xml`, { maxBytes: 1 << 20, timeoutMs: 3000, published: null, fetchLinks: false, allowPrivate: true }, context());
  assert.equal(records[0].document.text, 'Envoys met in Geneva.');
});
