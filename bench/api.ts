// `npm run bench:api`: p50/p95 of the matrix and timeline API calls on a store of 1,000
// articles, on SQLite and on PostgreSQL, both as served (answers kept until the store changes,
// warm) and uncached (every answer computed afresh, as the first call after a store change).
// The articles are the demo reports and the news corpus copied with changes: each is a new mix
// of paragraphs from several of them (so none is a near-duplicate of another), dated across
// 2025. The SQLite store is built once into .scratch/ and reused; the PostgreSQL store is a copy
// of its articles and facts (BENCH_PG, else the local server's database detente_bench_api),
// with its ledger rebuilt there. BENCH_PG=off skips PostgreSQL.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
import { openStore } from '../src/store/open.js';
import { ensureLedger, rebuildLedger } from '../src/store/rebuild-ledger.js';
import { chunks } from '../src/store/chunks.js';
import type { Store } from '../src/store/open.js';
import pg from 'pg';
import { storeOne } from '../src/api/ingest-input.js';
import { buildServer } from '../src/api/server.js';
import { StoreReader } from '../src/api/store-reader.js';
import { storeFingerprint } from '../src/api/response-cache.js';
import { loadContext } from '../src/cli/context.js';

const ROOT = join(import.meta.dirname, '..');
const N = Number(process.env.BENCH_ARTICLES ?? 1000);
const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const FILE = join(ROOT, '.scratch', `bench-api-${N}.db`);
const PG_ADMIN = 'postgres://postgres@127.0.0.1:5432/postgres';
const PG = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/detente_bench_api';
const BASE_TABLES = ['articles', 'article_sources', 'article_bands', 'article_actors', 'locations', 'claims', 'positions', 'events'] as const;

function pool(): string[][] {
  const dirs = [join(ROOT, 'examples', 'demo'), join(ROOT, '..', 'shared', 'corpus', 'news'), '/work/shared/corpus/news'];
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const dir of dirs) {
    if (!existsSync(dir) || seen.has(readdirSync(dir).join())) continue;
    seen.add(readdirSync(dir).join());
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const paras = readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/).slice(1).map((p) => p.trim()).filter((p) => p.length > 60);
      if (paras.length) out.push(paras);
    }
  }
  return out;
}

/** A small deterministic generator (mulberry32), so that the bench store is the same every time. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function buildStore(): Promise<void> {
  mkdirSync(join(ROOT, '.scratch'), { recursive: true });
  const store = await openStore(FILE);
  const have = Number((await store.db.selectFrom('articles').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  if (have < N) {
    const articles = pool();
    const rnd = random(42);
    const ctx = loadContext([]);
    const t0 = performance.now();
    // Near-duplicates (two mixes sharing most paragraphs) are kept as aliases, not articles: go on until N are stored.
    let stored = have;
    for (let i = 0; stored < N && i < 4 * N; i++) {
      const paras: string[] = [];
      for (let k = 0; k < 3 + Math.floor(rnd() * 3); k++) {
        const a = articles[Math.floor(rnd() * articles.length)];
        paras.push(a[Math.floor(rnd() * a.length)]);
      }
      const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd() * 360) * 86_400_000).toISOString().slice(0, 10);
      const text = `Report ${i + 1}: ${paras[0].split(/[.!?]/)[0].slice(0, 80)}\n\n${[...new Set(paras)].join('\n\n')}\n`;
      const r = await storeOne(store, { text, meta: { title: null, published: null, url: null, source: `bench/${i + 1}.txt` }, titleLine: true }, day, () => ctx);
      if (r.kind !== 'stored') continue;
      stored++;
      if (stored % 100 === 0) process.stderr.write(`bench: ${stored}/${N} articles (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
    }
    await rebuildLedger(store);
  }
  await store.close();
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** The PostgreSQL bench store: the SQLite store's articles and facts copied (once), its ledger rebuilt there. */
async function postgresStore(sqlite: Store): Promise<Store> {
  const name = new URL(PG).pathname.slice(1);
  if (/^[a-z0-9_]+$/.test(name)) {
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    await admin.connect();
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await admin.query(`create database ${name}`);
    await admin.end();
  }
  const store = await openStore(PG);
  const count = async (s: Store) => Number((await s.db.selectFrom('articles').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  if (await count(store) !== await count(sqlite)) {
    process.stderr.write('bench: copying the store to PostgreSQL\n');
    await store.db.transaction().execute(async (trx) => {
      for (const table of [...BASE_TABLES].reverse()) await trx.deleteFrom(table).execute();
      for (const table of BASE_TABLES) {
        const rows = await sqlite.db.selectFrom(table).selectAll().execute();
        for (const part of chunks(rows as never[])) await trx.insertInto(table).values(part).execute();
      }
    });
    await rebuildLedger(store);
  }
  await ensureLedger(store);
  return store;
}

async function measure(backend: string, store: Store): Promise<void> {
  const counts = await Promise.all(['articles', 'positions', 'events', 'ledger_events', 'ledger_stances'].map(async (t) =>
    `${t} ${(await store.db.selectFrom(t as 'articles').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n}`));
  console.log(`${backend}: ${counts.join(', ')}`);
  const calls: [string, string][] = [
    ['matrix', '/api/positions'],
    ['timeline (first page)', '/api/events?limit=100'],
    ['timeline (filtered)', '/api/events?type=ASSAULT&since=2025-03-01&until=2025-09-30&limit=100'],
    ['timeline (page 5)', '/api/events?limit=100&offset=400'],
    ['cell history', '/api/positions/history?holder=russia&issue=ceasefire'],
  ];
  // As served (answers kept until the store changes; warm), and every answer computed afresh.
  for (const [label, fingerprint] of [['cached', () => storeFingerprint(store)], ['uncached', undefined]] as const) {
    const app = await buildServer({ reader: new StoreReader(store), fingerprint });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    for (const [name, path] of calls) {
      for (let i = 0; i < 10; i++) await (await fetch(base + path)).arrayBuffer(); // warm-up
      const times: number[] = [];
      const cpu: number[] = [];
      let bytes = 0;
      for (let i = 0; i < CALLS; i++) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        const res = await fetch(base + path);
        bytes = (await res.arrayBuffer()).byteLength;
        const c = process.cpuUsage(c0);
        times.push(performance.now() - t0);
        cpu.push((c.user + c.system) / 1000);
        if (!res.ok) throw new Error(`${path}: ${res.status}`);
      }
      // Wall time: min is the call's own cost; p50 and p95 also carry whatever else the machine is
      // doing (see the load average). cpu: this process's CPU time a call (server and client; not
      // PostgreSQL's), which other processes barely change.
      console.log(`${backend.padEnd(8)} ${label.padEnd(9)} ${name.padEnd(22)} min ${Math.min(...times).toFixed(1)} ms  p50 ${pct(times, 50).toFixed(1)} ms  p95 ${pct(times, 95).toFixed(1)} ms  cpu p95 ${pct(cpu, 95).toFixed(1)} ms  (${CALLS} calls, ${(bytes / 1024).toFixed(0)} KiB)`);
    }
    await app.close();
  }
}

async function main() {
  console.log(`load average at start ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  await buildStore();
  const store = await openStore(FILE);
  const t0 = performance.now();
  await ensureLedger(store);
  const t1 = performance.now();
  if (t1 - t0 > 50) console.log(`sqlite: ledger rebuilt in ${(t1 - t0).toFixed(0)} ms`);
  await measure('sqlite', store);
  if (process.env.BENCH_PG !== 'off') {
    const pgStore = await postgresStore(store);
    await measure('postgres', pgStore);
    await pgStore.close();
  }
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  await store.close();
}

await main();
