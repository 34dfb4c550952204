// The API answers the same, byte for byte, whether the store is SQLite or PostgreSQL (the
// machine's real server, a database of the test's own).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/open.js';
import { rebuildLedger } from '../src/store/rebuild-ledger.js';
import { toArticles } from '../src/ingest/to-articles.js';
import { storeOne } from '../src/api/ingest-input.js';
import { buildServer } from '../src/api/server.js';
import { StoreReader } from '../src/api/store-reader.js';
import { context } from './helpers.js';
import { DEMO } from './api-fixture.js';
import { BACKENDS, type Backend } from './store-backends.js';

const backends: Backend[] = BACKENDS.map((b) => b());
const stores: Store[] = [];
after(async () => {
  for (const s of stores) await s.close();
  for (const b of backends) await b.dropAll();
});

const PATHS = ['/api/articles?limit=500', '/api/actors?limit=500', '/api/positions', '/api/positions/history?holder=hamas&issue=ceasefire',
  '/api/events?limit=500', '/api/events?type=CONSULT&country=TR', '/api/events?actor=russia&since=2025-05-01&until=2025-08-31',
  '/api/claims?limit=500', '/api/network', '/api/places', '/api/search?q=hostages%20released'];

test('api: SQLite and PostgreSQL stores give identical answers', async () => {
  // Every third report of each track: enough for merged events and changing stances, quick to extract twice.
  const names = readdirSync(DEMO).filter((n) => n.endsWith('.txt')).sort().filter((_, i) => i % 3 === 0);
  const answers: string[][] = [];
  for (const backend of backends) {
    const store = await openStore(await backend.create());
    stores.push(store);
    for (const name of names) {
      const [article] = toArticles({ source: `examples/demo/${name}`, bytes: readFileSync(join(DEMO, name)), hint: 'text' });
      await storeOne(store, article, name.slice(0, 10), context);
    }
    await rebuildLedger(store);
    const app = await buildServer({ reader: new StoreReader(store) });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const bodies: string[] = [];
    for (const p of PATHS) {
      const res = await fetch(base + p);
      assert.equal(res.status, 200, `${backend.name} ${p}`);
      bodies.push(await res.text());
    }
    const detail = JSON.parse(bodies[0]).items[0].id;
    bodies.push(await (await fetch(`${base}/api/articles/${detail}`)).text());
    await app.close();
    answers.push(bodies);
  }
  assert.ok(JSON.parse(answers[0][2]).cells.length > 5, 'the matrix is not empty');
  for (let i = 0; i < answers[0].length; i++) assert.equal(answers[1][i], answers[0][i], PATHS[i] ?? 'article detail');
});
