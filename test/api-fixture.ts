// A real store for the API and browser tests: the bundled demo ingested into a fresh SQLite
// file, served over real HTTP on a free loopback port.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../src/store/open.js';
import { rebuildLedger } from '../src/store/rebuild-ledger.js';
import { toArticles } from '../src/ingest/to-articles.js';
import { storeOne, makeIngestor } from '../src/api/ingest-input.js';
import { buildServer, type ServerOptions } from '../src/api/server.js';
import { makeCorrector } from '../src/api/correct-input.js';
import { StoreReader } from '../src/api/store-reader.js';
import { storeFingerprint } from '../src/api/response-cache.js';
import { context } from './helpers.js';

export const DEMO = join(import.meta.dirname, '..', 'examples', 'demo');

export interface Served { app: FastifyInstance; store: Store; url: string; dir: string; close(): Promise<void> }

export async function demoStore(): Promise<{ store: Store; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'detente-api-'));
  const store = await openStore(join(dir, 'demo.db'));
  for (const name of readdirSync(DEMO).filter((n) => n.endsWith('.txt')).sort()) {
    const [article] = toArticles({ source: `examples/demo/${name}`, bytes: readFileSync(join(DEMO, name)), hint: 'text' });
    await storeOne(store, article, name.slice(0, 10), context);
  }
  await rebuildLedger(store);
  return { store, dir };
}

export async function serve(store: Store, dir: string, token?: string, options: Partial<ServerOptions> = {}): Promise<Served> {
  const app = await buildServer({
    reader: new StoreReader(store), fingerprint: () => storeFingerprint(store), token, ingest: makeIngestor(store, context),
    correct: makeCorrector(store), context, ...options,
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    app, store, dir, url: address,
    close: async () => { await app.close(); },
  };
}

export async function cleanup(store: Store, dir: string): Promise<void> {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
