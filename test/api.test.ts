// The HTTP API over real HTTP on the demo store: every endpoint, paging limits, bad filters,
// writes and their token, the security headers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../src/store/open.js';
import { demoStore, serve, cleanup, type Served } from './api-fixture.js';

const TOKEN = 'test-token-0123456789';
let store: Store;
let dir: string;
let api: Served;
let readOnly: Served;

before(async () => {
  ({ store, dir } = await demoStore());
  api = await serve(store, dir, TOKEN);
  readOnly = await serve(store, dir);
});
after(async () => {
  await api.close();
  await readOnly.close();
  await cleanup(store, dir);
});

async function get(path: string, base = api.url): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${base}${path}`);
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, body: type.includes('json') ? await res.json() : await res.text(), headers: res.headers };
}

async function text(id: string): Promise<string> {
  return (await get(`/api/articles/${id}`)).body.text;
}

test('api: /api/openapi.json is an OpenAPI 3 document naming every endpoint', async () => {
  const { status, body } = await get('/api/openapi.json');
  assert.equal(status, 200);
  assert.match(body.openapi, /^3\./);
  for (const p of ['/api/articles', '/api/articles/{id}', '/api/actors', '/api/actors/{id}', '/api/positions', '/api/positions/history',
    '/api/events', '/api/events/{id}', '/api/places', '/api/claims', '/api/search', '/api/network']) assert.ok(body.paths[p], p);
  assert.ok(body.paths['/api/articles'].post.security, 'the write names its bearer security');
});

test('api: articles page by limit and offset, within 1-500', async () => {
  const all = (await get('/api/articles?limit=500')).body;
  assert.equal(all.total, 40);
  const first = (await get('/api/articles?limit=5')).body;
  assert.equal(first.items.length, 5);
  assert.deepEqual(first.items, all.items.slice(0, 5));
  const last = (await get('/api/articles?limit=5&offset=38')).body;
  assert.deepEqual(last.items.map((a: any) => a.id), all.items.slice(38).map((a: any) => a.id));
  for (const bad of ['limit=0', 'limit=501', 'offset=-1', 'limit=ten']) {
    const r = await get(`/api/articles?${bad}`);
    assert.equal(r.status, 400, bad);
    assert.match(r.body.message, /limit|offset/, bad);
  }
});

test('api: one article gives its text and facts whose offsets cover their evidence', async () => {
  const [summary] = (await get('/api/articles?limit=1')).body.items;
  const { status, body } = await get(`/api/articles/${summary.id}`);
  assert.equal(status, 200);
  assert.ok(body.text.startsWith(body.title));
  for (const fact of [...body.positions, ...body.claims, ...body.events]) {
    assert.equal(body.text.slice(fact.evidence.start, fact.evidence.end), fact.evidence.text);
  }
  assert.ok(body.events.some((e: any) => e.event), 'article events link to their ledger event');
  assert.equal((await get('/api/articles/0123456789abcdef')).status, 404);
  assert.equal((await get('/api/articles/not-an-id')).status, 400);
});

test('api: actors list and one actor', async () => {
  const page = (await get('/api/actors?limit=3')).body;
  assert.equal(page.items.length, 3);
  assert.ok(page.total > 20);
  const one = await get(`/api/actors/${page.items[0].id}`);
  assert.deepEqual(one.body, page.items[0]);
  assert.equal((await get('/api/actors/nobody-at-all')).status, 404);
  assert.equal((await get('/api/actors?kind=alien')).status, 400);
  const states = (await get('/api/actors?kind=state&limit=500')).body.items;
  assert.ok(states.length > 3 && states.every((a: any) => a.kind === 'state'));
});

test('api: the positions matrix has the main actors, and a cell history its evidence sentences', async () => {
  const m = (await get('/api/positions')).body;
  const holders = m.holders.map((h: any) => h.id);
  for (const id of ['russia', 'ukraine', 'hamas']) assert.ok(holders.includes(id), id);
  assert.ok(m.issues.includes('ceasefire'));
  const cell = m.cells.find((c: any) => c.holder === 'russia' && c.issue === 'ceasefire') ?? m.cells[0];
  assert.ok(['demand', 'reject', 'support', 'offer'].includes(cell.stance));
  assert.equal((await text(cell.evidence.article)).slice(cell.evidence.start, cell.evidence.end), cell.evidence.text);
  const hist = (await get(`/api/positions/history?holder=${cell.holder}&issue=${cell.issue}`)).body;
  assert.equal(hist.stances.length, cell.history);
  assert.equal(hist.stances.at(-1).stance, cell.stance);
  assert.ok(hist.statements.length >= hist.stances.length);
  assert.ok(hist.statements.some((s: any) => s.evidence.text === cell.evidence.text));
  assert.ok(m.cells.some((c: any) => c.changed), 'the demo shows a stance that changes');
  const one = (await get('/api/positions?issue=ceasefire')).body;
  assert.ok(one.cells.length > 0 && one.cells.every((c: any) => c.issue === 'ceasefire'));
  assert.equal((await get('/api/positions?issue=Cease Fire')).status, 400);
  assert.equal((await get('/api/positions/history?holder=russia')).status, 400);
});

test('api: events filter by type, actor, country and dates, and page', async () => {
  const assaults = (await get('/api/events?type=ASSAULT&limit=500')).body;
  assert.ok(assaults.total > 0 && assaults.items.every((e: any) => e.type === 'ASSAULT'));
  const hamas = (await get('/api/events?actor=hamas&limit=500')).body.items;
  assert.ok(hamas.length > 0 && hamas.every((e: any) => e.actors.includes('hamas')));
  const tr = (await get('/api/events?country=TR&limit=500')).body.items;
  assert.ok(tr.length > 0 && tr.every((e: any) => e.country === 'TR'));
  const spring = (await get('/api/events?since=2025-03-01&until=2025-05-31&limit=500')).body.items;
  assert.ok(spring.length > 0 && spring.every((e: any) => e.date >= '2025-03-01' && e.date <= '2025-05-31'));
  const dates = spring.map((e: any) => e.date);
  assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  const all = (await get('/api/events?limit=20')).body;
  const p2 = (await get('/api/events?limit=10&offset=10')).body;
  assert.deepEqual(p2.items.map((e: any) => e.id), all.items.slice(10).map((e: any) => e.id));
  assert.ok(all.items.some((e: any) => e.source_count > 1) || (await get('/api/events?limit=500')).body.items.some((e: any) => e.source_count > 1), 'an event reported by several articles');
  const one = (await get(`/api/events/${all.items[0].id}`)).body;
  assert.deepEqual(one, all.items[0]);
  const located = (await get('/api/events?located=true&limit=500')).body.items;
  assert.ok(located.length > 0 && located.every((e: any) => e.lat !== null && e.lon !== null));
  assert.equal((await get('/api/events/ev-000000000000')).status, 404);
});

test('api: a bad filter is a 400 that says what is wrong', async () => {
  const cases: [string, RegExp][] = [
    ['type=BOMBING', /type must be one of AGREE, CONSULT/],
    ['country=ukraine', /country must match/],
    ['since=yesterday', /since must be a date as YYYY-MM-DD/],
    ['since=2025-06-01&until=2025-01-01', /since \(2025-06-01\) is after until/],
    ['colour=red', /unknown parameter "colour"/],
    ['limit=100000', /limit must be <= 500/],
  ];
  for (const [q, message] of cases) {
    const r = await get(`/api/events?${q}`);
    assert.equal(r.status, 400, q);
    assert.equal(r.body.error, 'Bad Request');
    assert.match(r.body.message, message, q);
  }
});

test('api: claims filter by hedge and article', async () => {
  const reported = (await get('/api/claims?hedge=reported&limit=500')).body;
  assert.ok(reported.total > 0 && reported.items.every((c: any) => c.hedge === 'reported'));
  const article = reported.items[0].article;
  const ofArticle = (await get(`/api/claims?article=${article}`)).body.items;
  assert.ok(ofArticle.length > 0 && ofArticle.every((c: any) => c.article === article));
  assert.equal((await get('/api/claims?hedge=maybe')).status, 400);
});

test('api: full-text search finds articles and the facts that hold the words', async () => {
  const { status, body } = await get('/api/search?q=prisoners');
  assert.equal(status, 200);
  assert.ok(body.hits.length > 2);
  for (const hit of body.hits) assert.match((await text(hit.article.id)).toLowerCase(), /prisoners/);
  assert.ok(body.hits.some((h: any) => h.events.length + h.positions.length + h.claims.length > 0));
  assert.equal((await get('/api/search?q=zzzzqqqq')).body.hits.length, 0);
  assert.equal((await get('/api/search?q=a')).status, 400);
  assert.equal((await get('/api/search')).status, 400);
  assert.equal((await get('/api/search?q=%22prisoners%22%20OR%20NEAR(')).status, 200, 'query syntax is not passed through');
});

test('api: the network has typed edges between known nodes', async () => {
  const net = (await get('/api/network')).body;
  const ids = new Set(net.nodes.map((n: any) => n.id));
  assert.ok(net.edges.length > 5);
  for (const e of net.edges) assert.ok(ids.has(e.source) && ids.has(e.target));
  const kinds = new Set(net.edges.map((e: any) => e.kind));
  assert.ok(kinds.has('meeting') && kinds.has('attack'), [...kinds].join(','));
});

async function post(body: unknown, headers: Record<string, string> = {}, base = api.url) {
  const res = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() as any, headers: res.headers };
}

test('api: a write without the token is 401, with the token it stores the article', async () => {
  const article = { text: 'Envoys meet in Vienna\n\nNegotiators from Armenia and Azerbaijan met in Vienna on Monday to discuss a peace treaty, officials said.', published: '2025-04-07', source: 'api-test' };
  const none = await post(article);
  assert.equal(none.status, 401);
  assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
  assert.match(none.body.message, /Authorization: Bearer/);
  assert.equal((await post(article, { authorization: 'Bearer wrong-token' })).status, 401);
  assert.equal((await post(article, { authorization: `Basic ${TOKEN}` })).status, 401);
  const before = (await get('/api/articles?limit=1')).body.total;
  const ok = await post(article, { authorization: `Bearer ${TOKEN}` });
  assert.equal(ok.status, 201);
  assert.equal(ok.body.ids.length, 1);
  assert.equal((await get('/api/articles?limit=1')).body.total, before + 1);
  const again = await post(article, { authorization: `Bearer ${TOKEN}` });
  assert.deepEqual(again.body, { ids: ok.body.ids, duplicates: 1 });
  assert.equal((await get(`/api/articles/${ok.body.ids[0]}`)).body.published, '2025-04-07');
});

test('api: writes are refused on a read-only server, and bad or oversized bodies are 400 or 413', async () => {
  const ro = await post({ text: 'Anything\n\nAt all.' }, { authorization: `Bearer ${TOKEN}` }, readOnly.url);
  assert.equal(ro.status, 403);
  assert.match(ro.body.message, /read-only/);
  const auth = { authorization: `Bearer ${TOKEN}` };
  assert.equal((await post({ text: 'x', html: '<p>x</p>' }, auth)).status, 400);
  assert.equal((await post({ url: 'ftp://example.org/x' }, auth)).status, 400);
  assert.equal((await post({}, auth)).status, 400);
  assert.equal((await post({ text: 'y'.repeat(3 * 1024 * 1024) }, auth)).status, 413);
});

test('api: security headers, and the dashboard page loads only its own script', async () => {
  const page = await get('/');
  assert.equal(page.status, 200);
  const csp = page.headers.get('content-security-policy') ?? '';
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.doesNotMatch(page.body, /<script>|<script [^>]*>[^<]/, 'no inline script');
  assert.equal((await get('/api/nothing-here')).status, 404);
  assert.equal((await get('/assets/../package.json')).status, 404);
});

test('api: answers are kept until the store changes', async () => {
  await get('/api/events?limit=7');
  const again = await get('/api/events?limit=7');
  assert.equal(again.headers.get('x-detente-cache'), 'hit');
  assert.equal(again.body.items.length, 7);
  assert.equal((await get('/api/events?limit=8')).headers.get('x-detente-cache'), null, 'another question is computed');
});

test('api: an article re-read gives its mentions, removed boilerplate and gaps as spans of its text', async () => {
  const [summary] = (await get('/api/articles?limit=1&offset=3')).body.items;
  const article = (await get(`/api/articles/${summary.id}`)).body;
  const spans = (await get(`/api/articles/${summary.id}/spans`)).body;
  assert.ok(spans.mentions.length > 0);
  const names = new Map(article.actors.map((a: any) => [a.id, a.name]));
  for (const m of spans.mentions) {
    assert.ok(names.has(m.actor), m.actor);
    assert.ok(m.start >= 0 && m.end <= article.text.length && m.start < m.end);
  }
  assert.ok(Array.isArray(spans.removed) && Array.isArray(spans.gaps));
  assert.equal((await get('/api/articles/0123456789abcdef/spans')).status, 404);
});

test('api: places give the map its dots, and events filter by place', async () => {
  const places = (await get('/api/places')).body;
  assert.ok(places.length > 3);
  const [top] = places;
  assert.ok(top.events >= places.at(-1).events, 'busiest place first');
  const at = (await get(`/api/events?location=${encodeURIComponent(top.location)}&limit=500`)).body;
  assert.ok(at.total >= top.events && at.items.every((e: any) => e.location === top.location));
  assert.equal((await get('/api/events?location=')).status, 400);
});
