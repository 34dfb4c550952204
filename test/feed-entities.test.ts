// Hostile feeds: a DOCTYPE's entities neither read files (XXE) nor blow up (billion laughs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../src/ingest/feed.js';

const item = (title: string, description = 'Talks resumed.') =>
  `<rss version="2.0"><channel><item><title>${title}</title><description>${description}</description><link>http://news.example/a</link></item></channel></rss>`;

test('feed entities: an external entity is never read; the feed is refused as unreadable', () => {
  const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${item('Talks', 'x &xxe; y')}`;
  const items = parseFeed(xml);
  assert.ok(items === null || !JSON.stringify(items).includes('root:'), 'no file content');
});

test('feed entities: nested entities are not expanded (a billion laughs stays one word)', () => {
  let entities = '<!ENTITY a0 "lollollollollol">';
  for (let i = 1; i < 10; i++) entities += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
  const started = Date.now();
  const items = parseFeed(`<?xml version="1.0"?><!DOCTYPE rss [${entities}]>${item('&a9;')}`);
  assert.ok(Date.now() - started < 1000);
  assert.ok(items === null || JSON.stringify(items).length < 10000, 'no expansion');
});
