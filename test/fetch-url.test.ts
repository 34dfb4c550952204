// URL fetching against hostile addresses (issue 13): a real HTTP server on 127.0.0.1, no mock.
// Host names are resolved through the resolver hook, so nothing here needs the internet; the
// allowAddress hook lets one loopback address stand in for "a public server" while every other
// private address stays refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fetchUrl, MAX_REDIRECTS, type Resolver } from '../src/ingest/fetch-url.js';
import { refusedBecause } from '../src/ingest/address.js';
import { InputError, type ReadOptions } from '../src/ingest/read-input.js';
import { extractSource } from '../src/pipeline/extract-source.js';
import { context } from './helpers.js';

let server: Server;
let port = 0;
let base = '';
let dir = '';

const PAGE = 'Talks resume\n\nSergey Lavrov said on Monday that Moscow was ready for talks.\n';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'detente-fetch-'));
  writeFileSync(join(dir, 'secret.html'), '<html><body><article><p>' + 'A local secret the feed should never reach. '.repeat(20) + '</p></article></body></html>');
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const to = url.searchParams.get('to');
    if (url.pathname === '/page') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end(PAGE); }
    else if (url.pathname === '/redirect' && to) { res.writeHead(302, { location: to }); res.end(); }
    else if (url.pathname.startsWith('/hop/')) {
      // /hop/N redirects to /hop/N-1 ... /hop/0 is the page: N redirects in all.
      const n = Number(url.pathname.slice(5));
      if (n === 0) { res.writeHead(200, { 'content-type': 'text/plain' }); res.end(PAGE); }
      else { res.writeHead(301, { location: `/hop/${n - 1}` }); res.end(); }
    }
    else if (url.pathname === '/big') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('x'.repeat(5000)); }
    else if (url.pathname === '/bomb') {
      // 5 kB on the wire, 2 MB once decompressed: the limit counts decompressed bytes.
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(2 << 20, 0x61)));
    }
    else if (url.pathname === '/gzip') { res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }); res.end(gzipSync(PAGE)); }
    else if (url.pathname === '/slow') { res.writeHead(200, { 'content-type': 'text/plain' }); res.write('Talks'); }
    else if (url.pathname === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Local file</title><link>${join(dir, 'secret.html')}</link><description>Envoys met in Geneva on Monday.</description></item>
<item><title>File URL</title><link>file://${join(dir, 'secret.html')}</link><description>Kyiv said drones struck Kharkiv.</description></item>
<item><title>Metadata</title><link>http://169.254.169.254/latest/meta-data/</link><description>Talks were postponed.</description></item>
</channel></rss>`);
    }
    else { res.writeHead(404); res.end(); }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
  base = `http://127.0.0.1:${port}`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

/** news.test stands for a public site (really the loopback server); other names as the table says. */
const NAMES: Record<string, string[]> = {
  'news.test': ['127.0.0.1'],
  'sneaky.test': ['127.0.0.1'],
  'metadata.test': ['169.254.169.254'],
  'intranet.test': ['10.1.2.3'],
  'mixed.test': ['93.184.216.34', '192.168.1.10'],
};
const resolve: Resolver = async (host) => {
  const list = NAMES[host];
  if (!list) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
  return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};
const OPTS: ReadOptions = { maxBytes: 1 << 20, timeoutMs: 3000, resolve };
/** "Public" only for the name news.test resolves to: the test's stand-in for an outside server. */
const asPublic = (opts: ReadOptions = OPTS): ReadOptions => ({ ...opts, allowAddress: (a) => a === '127.0.0.1' });

async function refusal(url: string, opts: ReadOptions): Promise<string> {
  try { await fetchUrl(url, opts); } catch (e) {
    assert.ok(e instanceof InputError, String(e));
    assert.equal(e.source, url);
    assert.ok(!e.message.includes('\n'), 'one line');
    return e.message;
  }
  assert.fail(`${url} was fetched`);
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

test('fetch: a server on 127.0.0.1 is refused by default, naming the address and --allow-private', async () => {
  const message = await refusal(`${base}/page`, OPTS);
  assert.match(message, /points to 127\.0\.0\.1, a loopback address/);
  assert.match(message, /--allow-private/);
});

test('fetch: --allow-private reaches the same server', async () => {
  const raw = await fetchUrl(`${base}/page`, { ...OPTS, allowPrivate: true });
  assert.equal(text(raw.bytes), PAGE);
  assert.equal(raw.hint, 'text');
});

test('fetch: a host name that resolves to loopback is refused (checked after DNS, not on the name)', async () => {
  assert.match(await refusal(`http://sneaky.test:${port}/page`, OPTS), /points to 127\.0\.0\.1, a loopback address.*--allow-private/);
  assert.match(await refusal('http://metadata.test/latest/meta-data/', OPTS), /169\.254\.169\.254, a cloud metadata address/);
  // One private address among public ones is enough to refuse: the connection could take any.
  assert.match(await refusal('http://mixed.test/', OPTS), /192\.168\.1\.10, a private address/);
});

test('fetch: literal addresses in every spelling the URL parser accepts are refused', async () => {
  for (const host of ['127.0.0.1', '2130706433', '0x7f.0.0.1', '0177.0.0.1', '127.1', '[::1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '0.0.0.0', '0', '[::]', '169.254.169.254', '10.0.0.1', '[fd00::1]', '[fe80::1]']) {
    const message = await refusal(`http://${host}:${port}/page`, OPTS);
    assert.match(message, /points to \S+, an? .* address.*--allow-private/, host);
  }
});

test('fetch: the connection goes to the address that was checked; the name is resolved once per hop', async () => {
  // A rebinding DNS server answers differently the second time; detente must not ask twice.
  let calls = 0;
  const rebinding: Resolver = async () => (++calls === 1 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.9.9.9', family: 4 }]);
  const raw = await fetchUrl(`http://rebind.test:${port}/page`, asPublic({ ...OPTS, resolve: rebinding }));
  assert.equal(text(raw.bytes), PAGE);
  assert.equal(calls, 1);
});

test('fetch: a redirect from an allowed server to a private address is refused, naming the hop', async () => {
  const ok = await fetchUrl(`http://news.test:${port}/redirect?to=/page`, asPublic());
  assert.equal(text(ok.bytes), PAGE, 'a redirect to an allowed address is followed');
  const url = `http://news.test:${port}/redirect?to=${encodeURIComponent('http://intranet.test/admin')}`;
  assert.match(await refusal(url, asPublic()), /redirects to http:\/\/intranet\.test\/admin, which points to 10\.1\.2\.3, a private address.*--allow-private/);
  const meta = `http://news.test:${port}/redirect?to=${encodeURIComponent('http://169.254.169.254/latest/meta-data/')}`;
  assert.match(await refusal(meta, asPublic()), /redirects to http:\/\/169\.254\.169\.254\/latest\/meta-data\/, which points to 169\.254\.169\.254, a cloud metadata address/);
  const scheme = `http://news.test:${port}/redirect?to=${encodeURIComponent('file:///etc/passwd')}`;
  assert.match(await refusal(scheme, asPublic()), /redirects to file:\/\/\/etc\/passwd, which is a file: URL; detente fetches only http and https/);
});

test(`fetch: ${MAX_REDIRECTS} redirects are followed, one more is refused`, async () => {
  const raw = await fetchUrl(`http://news.test:${port}/hop/${MAX_REDIRECTS}`, asPublic());
  assert.equal(text(raw.bytes), PAGE);
  assert.match(await refusal(`http://news.test:${port}/hop/${MAX_REDIRECTS + 1}`, asPublic()), /redirected more than 5 times \(next to http:\/\/news\.test:\d+\/hop\/0\); give the final address instead/);
});

test('fetch: only http and https; other schemes get a clear error', async () => {
  for (const url of ['file:///etc/passwd', 'ftp://example.org/a.txt', 'gopher://127.0.0.1:70/', 'data:text/plain,hello']) {
    assert.match(await refusal(url, OPTS), /is an? \w+: URL; detente fetches only http and https URLs/, url);
  }
  assert.match(await refusal('http://', OPTS), /is not a valid URL/);
});

test('fetch: size and time are capped, decompressed bytes included', async () => {
  const small = { ...asPublic(), maxBytes: 1000 };
  assert.match(await refusal(`http://news.test:${port}/big`, small), /over the 0\.0 MB limit \(raise it with --max-size MB\)/);
  assert.match(await refusal(`http://news.test:${port}/bomb`, { ...asPublic(), maxBytes: 1 << 20 }), /over the 1\.0 MB limit/);
  assert.equal(text((await fetchUrl(`http://news.test:${port}/gzip`, asPublic())).bytes), PAGE);
  const started = Date.now();
  assert.match(await refusal(`http://news.test:${port}/slow`, { ...asPublic(), timeoutMs: 300 }), /timed out after 0\.3 s \(raise it with --timeout S\)/);
  assert.ok(Date.now() - started < 2000);
  // A resolver that never answers is cut by the same deadline.
  const hanging: Resolver = () => new Promise(() => {});
  assert.match(await refusal('http://hang.test/', { ...OPTS, resolve: hanging, timeoutMs: 300 }), /timed out after 0\.3 s/);
});

test('fetch: a feed\'s links are fetched as public URLs only, never read as local files', async () => {
  const { records } = await extractSource(`http://news.test:${port}/feed.xml`, { ...asPublic(), published: null, fetchLinks: true }, context());
  assert.deepEqual(records.map((r) => r.document.text), ['Envoys met in Geneva on Monday.', 'Kyiv said drones struck Kharkiv.', 'Talks were postponed.']);
  assert.ok(records.every((r) => !r.document.text.includes('secret')));
});

test('address classifier: a table of addresses', () => {
  const table: [string, string | null][] = [
    ['127.0.0.1', 'loopback'], ['127.255.255.254', 'loopback'], ['::1', 'loopback'],
    ['10.0.0.1', 'private'], ['172.16.0.1', 'private'], ['172.31.255.255', 'private'], ['192.168.0.1', 'private'],
    ['fc00::1', 'private (unique local)'], ['fd12:3456::1', 'private (unique local)'],
    ['169.254.169.254', 'cloud metadata'], ['169.254.1.1', 'link-local'], ['fe80::1', 'link-local'], ['[fe80::1%eth0]', 'link-local'],
    ['0.0.0.0', 'unspecified ("this network")'], ['::', 'unspecified'],
    ['100.64.0.1', 'carrier-grade NAT (shared)'], ['100.127.255.255', 'carrier-grade NAT (shared)'],
    ['224.0.0.1', 'multicast'], ['ff02::1', 'multicast'], ['240.0.0.1', 'reserved'], ['255.255.255.255', 'reserved'],
    ['192.0.2.1', 'reserved (documentation)'], ['2001:db8::1', 'reserved (documentation)'],
    ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'], ['::ffff:10.0.0.1', 'private'], ['::ffff:169.254.169.254', 'cloud metadata'],
    ['0:0:0:0:0:ffff:c0a8:0101', 'private'], ['::127.0.0.1', 'loopback'], ['64:ff9b::a9fe:a9fe', 'cloud metadata'], ['2002:7f00:1::', 'loopback'],
    // Public: nothing to refuse.
    ['93.184.216.34', null], ['8.8.8.8', null], ['172.32.0.1', null], ['172.15.255.255', null], ['100.128.0.1', null], ['169.253.0.1', null],
    ['11.0.0.1', null], ['::ffff:8.8.8.8', null], ['2606:4700:4700::1111', null], ['2a00:1450:4001:80b::200e', null],
    ['not-an-ip', 'not an IP address'],
  ];
  for (const [address, why] of table) assert.equal(refusedBecause(address), why, address);
});
