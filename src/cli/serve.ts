// `detente serve [--db URL] [--port N] [--host H]`: the API and the dashboard over a store.
// Listens on 127.0.0.1 unless told otherwise; writes only with DETENTE_TOKEN set.
import { readFileSync } from 'node:fs';
import { parse, UsageError } from './args.js';
import { loadContext } from './context.js';
import { storeUrl } from './store-option.js';
import { openStore, StoreError, type Store } from '../store/open.js';
import { ensureLedger } from '../store/rebuild-ledger.js';
import { buildServer } from '../api/server.js';
import { StoreReader } from '../api/store-reader.js';
import { storeFingerprint } from '../api/response-cache.js';
import { makeIngestor } from '../api/ingest-input.js';
import { makeCorrector } from '../api/correct-input.js';
import type { Ctx } from '../pipeline/context.js';

export const DEFAULT_PORT = 8765;

export function checkPort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(`--port wants a number from 0 to 65535, got "${value}"`);
  return n;
}

function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** Serves the store until SIGINT or SIGTERM; prints the URL on stdout. */
export async function serveStore(store: Store, host: string, port: number, note = ''): Promise<number> {
  await ensureLedger(store);
  const token = process.env.DETENTE_TOKEN || undefined;
  let ctx: Ctx | null = null;
  const context = () => (ctx ??= loadContext([]));
  const app = await buildServer({
    context,
    reader: new StoreReader(store), fingerprint: () => storeFingerprint(store), token, version: version(),
    ingest: token ? makeIngestor(store, context) : undefined,
    correct: token ? makeCorrector(store) : undefined,
  });
  let address: string;
  try {
    address = await app.listen({ host, port });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      process.stderr.write(`detente: cannot listen on ${host}:${port} (${code}): pass another --port or --host\n`);
      return 1;
    }
    throw e;
  }
  const url = address.replace('://[::1]', '://localhost').replace(/\/?$/, '/');
  process.stdout.write(`${url}\n`);
  process.stderr.write(`detente: serving ${store.where}${note} at ${url} (API: ${url}api/openapi.json; ${token ? 'writes need the bearer token' : 'read-only: set DETENTE_TOKEN to accept writes'}). Ctrl-C stops.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  return 0;
}

export async function runServe(args: string[]): Promise<number> {
  let opts;
  let port: number;
  try {
    opts = parse(args, { db: { type: 'string' }, port: { type: 'string', short: 'p' }, host: { type: 'string' } });
    if (opts.positionals.length) throw new UsageError(`serve takes no PATH (got "${opts.positionals[0]}"): ingest first, then serve the store with --db`);
    port = checkPort(opts.values.port);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`detente serve: ${e.message}\n`); return 2; }
    throw e;
  }
  let store: Store;
  try {
    store = await openStore(storeUrl(opts.values.db), { create: false });
  } catch (e) {
    if (e instanceof StoreError) { process.stderr.write(`detente serve: ${e.message}\n`); return 1; }
    throw e;
  }
  try {
    return await serveStore(store, opts.values.host ?? '127.0.0.1', port);
  } finally {
    await store.close();
  }
}
