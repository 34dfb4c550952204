// `detente demo [--db FILE] [--port N] [--host H] [--no-serve]`: ingests the bundled demo
// (examples/demo: two negotiation tracks through 2025) into a fresh SQLite file and serves the
// dashboard on it. Each file's publication date is the date its name starts with.
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, UsageError } from './args.js';
import { loadContext } from './context.js';
import { checkPort, serveStore } from './serve.js';
import { openStore } from '../store/open.js';
import { rebuildLedger } from '../store/rebuild-ledger.js';
import { storeOne } from '../api/ingest-input.js';
import { toArticles } from '../ingest/to-articles.js';
import type { Ctx } from '../pipeline/context.js';

export const DEMO_DIR = fileURLToPath(new URL('../../examples/demo/', import.meta.url));

export async function runDemo(args: string[]): Promise<number> {
  let opts;
  let port: number;
  try {
    opts = parse(args, { db: { type: 'string' }, port: { type: 'string', short: 'p' }, host: { type: 'string' }, 'no-serve': { type: 'boolean' } });
    port = checkPort(opts.values.port);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`detente demo: ${e.message}\n`); return 2; }
    throw e;
  }
  const file = opts.values.db ?? join(mkdtempSync(join(tmpdir(), 'detente-demo-')), 'demo.db');
  if (/^postgres/i.test(file)) { process.stderr.write('detente demo: --db is an SQLite file here (the demo starts from a fresh one)\n'); return 2; }
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) rmSync(f);
  const store = await openStore(file);
  try {
    const names = readdirSync(DEMO_DIR).filter((n) => /^\d{4}-\d{2}-\d{2}-.*\.txt$/.test(n)).sort();
    let ctx: Ctx | null = null;
    for (const name of names) {
      const source = join(DEMO_DIR, name);
      const [article] = toArticles({ source: `examples/demo/${name}`, bytes: readFileSync(source), hint: 'text' });
      await storeOne(store, article, name.slice(0, 10), () => (ctx ??= loadContext([])));
    }
    const ledger = await rebuildLedger(store);
    process.stderr.write(`detente demo: ${names.length} reports in ${file}; ledger: ${ledger.actors} actors, ${ledger.events} events, ${ledger.stances} stance entries\n`);
    if (opts.values['no-serve']) return 0;
    return await serveStore(store, opts.values.host ?? '127.0.0.1', port, ' (the demo)');
  } finally {
    await store.close();
  }
}
