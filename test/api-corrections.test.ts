// Analysts' corrections over real HTTP, on SQLite and on the machine's PostgreSQL: a stance
// changed, an event rejected, an event's date changed; the matrix, the cell history, the
// timeline, the article and the exports take them; the extracted facts stay as they were; the
// corrections survive `reprocess`; and the write is guarded like every write (token, size, schema, rate).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/open.js';
import { rebuildLedger } from '../src/store/rebuild-ledger.js';
import { toArticles } from '../src/ingest/to-articles.js';
import { storeOne, makeIngestor } from '../src/api/ingest-input.js';
import { makeCorrector } from '../src/api/correct-input.js';
import { buildServer } from '../src/api/server.js';
import { StoreReader } from '../src/api/store-reader.js';
import { storeFingerprint } from '../src/api/response-cache.js';
import { exportRows } from '../src/cli/export.js';
import { context } from './helpers.js';
import { DEMO } from './api-fixture.js';
import { BACKENDS, type Backend } from './store-backends.js';

const ROOT = join(import.meta.dirname, '..');
const TOKEN = 'corrections-token-42';
const backends: Backend[] = BACKENDS.map((b) => b());
const stores: Store[] = [];
after(async () => {
  for (const s of stores) await s.close();
  for (const b of backends) await b.dropAll();
});

async function demo(backend: Backend): Promise<{ store: Store; url: string }> {
  const url = await backend.create();
  const store = await openStore(url);
  stores.push(store);
  for (const name of readdirSync(DEMO).filter((n) => n.endsWith('.txt')).sort().filter((_, i) => i % 3 === 0)) {
    const [article] = toArticles({ source: `examples/demo/${name}`, bytes: readFileSync(join(DEMO, name)), hint: 'text' });
    await storeOne(store, article, name.slice(0, 10), context);
  }
  await rebuildLedger(store);
  return { store, url };
}

async function serve(store: Store, writeRate?: { max: number; timeWindow: number }) {
  const app = await buildServer({
    reader: new StoreReader(store), fingerprint: () => storeFingerprint(store), token: TOKEN,
    ingest: makeIngestor(store, context), correct: makeCorrector(store), context, writeRate,
  });
  return { app, base: await app.listen({ host: '127.0.0.1', port: 0 }) };
}

const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
async function get(base: string, path: string): Promise<any> {
  const res = await fetch(base + path);
  assert.equal(res.status, 200, path);
  return res.json();
}
async function correct(base: string, body: unknown, headers: Record<string, string> = auth) {
  const res = await fetch(`${base}/api/corrections`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: await res.json() as any, headers: res.headers };
}
async function allEvents(base: string): Promise<any[]> {
  const first = await get(base, '/api/events?limit=500');
  const out = [...first.items];
  for (let offset = 500; offset < first.total; offset += 500) out.push(...(await get(base, `/api/events?limit=500&offset=${offset}`)).items);
  return out;
}

for (const backend of backends) {
  test(`${backend.name}: corrections change the ledger views, keep the extraction, and survive reprocess`, async () => {
    const { store, url } = await demo(backend);
    let { app, base } = await serve(store);

    // 1. A stance: the last statement of a cell set to another stance.
    const m = await get(base, '/api/positions');
    const cell = m.cells.find((c: any) => c.holder === 'russia' && c.issue === 'ceasefire') ?? m.cells[0];
    const hist = await get(base, `/api/positions/history?holder=${cell.holder}&issue=${cell.issue}`);
    const last = hist.statements.filter((s: any) => s.evidence.text === cell.evidence.text).at(-1);
    const other = ['demand', 'reject', 'support', 'offer'].find((s) => s !== cell.stance)!;
    const set = await correct(base, { fact: { kind: 'position', article: last.article, idx: last.idx }, action: 'set', changes: { stance: other }, reason: 'the sentence says the opposite', analyst: 'A. Analyst' });
    assert.equal(set.status, 201, JSON.stringify(set.body));
    assert.deepEqual(set.body.original, { holder: last.holder, issue: last.issue, stance: last.stance });
    assert.equal(set.body.applies_to, last.idx);
    assert.match(set.body.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const m2 = await get(base, '/api/positions');
    const cell2 = m2.cells.find((c: any) => c.holder === cell.holder && c.issue === cell.issue);
    assert.equal(cell2.stance, other, 'the matrix shows the corrected stance');
    assert.equal(cell2.corrected, true);
    assert.ok(m2.cells.filter((c: any) => c.corrected).length === 1, 'only that cell is marked');
    const hist2 = await get(base, `/api/positions/history?holder=${cell.holder}&issue=${cell.issue}`);
    const st = hist2.statements.find((s: any) => s.article === last.article && s.idx === last.idx);
    assert.equal(st.stance, other);
    assert.deepEqual(st.correction.original, { stance: last.stance });
    assert.equal(st.correction.analyst, 'A. Analyst');
    assert.equal(hist2.stances.at(-1).stance, other);
    const article = await get(base, `/api/articles/${last.article}`);
    assert.equal(article.positions.find((p: any) => p.idx === last.idx).correction.reason, 'the sentence says the opposite');
    const stored = await store.db.selectFrom('positions').select('stance').where('article_id', '=', last.article).where('idx', '=', last.idx).executeTakeFirstOrThrow();
    assert.equal(stored.stance, last.stance, 'the extracted fact is not overwritten');

    // 2. An event report rejected: it leaves the timeline. 3. Another's date changed.
    const events = await allEvents(base);
    const [target, dated] = events.filter((e) => e.reports.length === 1 && e.date !== '2025-12-31');
    const r = target.reports[0];
    const rej = await correct(base, { fact: { kind: 'event', article: r.article, idx: r.idx }, action: 'reject', reason: 'no such attack: a quote of a threat', analyst: 'B' });
    assert.equal(rej.status, 201);
    const d = dated.reports[0];
    assert.equal((await correct(base, { fact: { kind: 'event', article: d.article, idx: d.idx }, action: 'set', changes: { date: '2025-12-31' }, reason: 'the text dates it to New Year\'s Eve', analyst: 'B' })).status, 201);
    const check = async () => {
      const after = await allEvents(base);
      assert.ok(!after.some((e) => e.reports.some((x: any) => x.article === r.article && x.idx === r.idx)), 'the rejected report is in no event');
      const moved = after.find((e) => e.reports.some((x: any) => x.article === d.article && x.idx === d.idx));
      assert.equal(moved.date, '2025-12-31');
      assert.equal(moved.corrected, true);
      const inArticle = (await get(base, `/api/articles/${r.article}`)).events.find((e: any) => e.idx === r.idx);
      assert.equal(inArticle.correction.rejected, true, 'the article still shows the fact, marked rejected');
      const positions = await exportRows(store, 'positions');
      assert.equal(positions.filter((p) => p.holder === cell.holder && p.issue === cell.issue).at(-1)!.stance, other, 'the export takes the correction');
      const exported = await exportRows(store, 'events');
      assert.ok(exported.some((e) => e.event_date === '2025-12-31'));
      const list = await get(base, '/api/corrections');
      assert.equal(list.total, 3);
      assert.ok(list.items.every((c: any) => c.applies_to !== null), 'every correction still lands on its fact');
    };
    await check();

    // Survives re-extraction: every article re-read by `detente reprocess`.
    await app.close();
    await store.db.updateTable('articles').set({ pipeline_version: 'older' }).execute();
    const rp = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'reprocess', '--db', url, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(rp.status, 0, rp.stderr);
    ({ app, base } = await serve(store));
    await check();
    const m3 = await get(base, '/api/positions');
    assert.equal(m3.cells.find((c: any) => c.holder === cell.holder && c.issue === cell.issue).stance, other);
    await app.close();
  });

  test(`${backend.name}: a correction needs the token, a known fact, allowed fields and a small body; writes are rate-limited`, async () => {
    const { store } = await demo(backend);
    const { app, base } = await serve(store, { max: 7, timeWindow: 60_000 });
    const [p] = (await get(base, '/api/articles?limit=1')).items;
    const a = await get(base, `/api/articles/${p.id}`);
    const pos = a.positions[0] ?? a.claims[0];
    const kind = a.positions[0] ? 'position' : 'claim';
    const good = { fact: { kind, article: p.id, idx: pos.idx }, action: 'reject', reason: 'not said', analyst: 'C' };
    const none = await correct(base, good, { 'content-type': 'application/json' });
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
    const unknown = await correct(base, { ...good, colour: 'red' });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.message, /unknown parameter "colour"/);
    const field = await correct(base, { ...good, action: 'set', changes: { type: 'ASSAULT' } });
    assert.equal(field.status, 400);
    assert.match(field.body.message, new RegExp(`a ${kind} can have .* corrected, not type`));
    const missing = await correct(base, { ...good, fact: { ...good.fact, idx: 9999 } });
    assert.equal(missing.status, 404);
    assert.match(missing.body.message, /no (position|claim) 9999 in article/);
    const big = await correct(base, { ...good, reason: 'r'.repeat(20_000) });
    assert.equal(big.status, 413);
    assert.match(big.body.message, /body too large: POST \/api\/corrections takes at most 16384 bytes/);
    const notJson = await correct(base, '{"fact":');
    assert.equal(notJson.status, 400);
    assert.equal((await correct(base, good)).status, 201);
    // Seven writes a window from one address (the refused ones count too): the eighth is 429, even without the token.
    const limited = await correct(base, good, { 'content-type': 'application/json' });
    assert.equal(limited.status, 429);
    assert.match(limited.body.message, /too many writes: at most 7 .* retry in/);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    const ingest = await fetch(`${base}/api/articles`, { method: 'POST', headers: auth, body: JSON.stringify({ text: 'A\n\nB.' }) });
    assert.equal(ingest.status, 429, 'ingest and corrections share the write budget');
    assert.equal((await fetch(`${base}/api/positions`)).status, 200, 'reads are not limited');
    await app.close();
  });
}
