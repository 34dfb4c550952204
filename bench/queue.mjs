#!/usr/bin/env node
// npm run bench:queue: 500 articles through the PostgreSQL queue. `ingest --queue` puts them on
// it; two `detente worker --drain` processes take them; then the same again with one of the two
// workers killed (SIGKILL) a third of the way through. Prints, for each run, the time to drain,
// and the counts that show every article stored exactly once. The articles are the news corpus
// (../shared/corpus/news, else the bundled examples) copied with changes, as bench/api.ts does:
// each a new mix of paragraphs from several, none a near-duplicate of another. Each run uses a
// database of its own on DETENTE_BENCH_PG (default the local server as postgres), dropped after.
// Uses the built dist/. BENCH_ARTICLES=N changes the count; BENCH_QUEUE_ONE=1 adds a one-worker run;
// BENCH_VERBOSE=1 shows the workers' lines.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir, availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/main.js');
const { minhash, similarity, DUPLICATE_THRESHOLD } = await import(join(root, 'dist/ledger/near-duplicate.js'));
const N = Number(process.env.BENCH_ARTICLES ?? 500);
const ADMIN = process.env.DETENTE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// Short expiry and frequent maintenance, so that a killed worker's job is back within seconds.
const env = {
  ...process.env, DETENTE_QUEUE_EXPIRE: process.env.DETENTE_QUEUE_EXPIRE ?? '10', DETENTE_QUEUE_MAINTENANCE: process.env.DETENTE_QUEUE_MAINTENANCE ?? '2',
  DETENTE_QUEUE_RETRY_DELAY: process.env.DETENTE_QUEUE_RETRY_DELAY ?? '0', DETENTE_QUEUE_POLL: process.env.DETENTE_QUEUE_POLL ?? '0.5',
};

function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** N article files in a temporary folder: mixes of 3-5 paragraphs of the corpus, dated across 2025. */
function makeArticles(dir) {
  const corpus = [join(root, '..', 'shared', 'corpus', 'news'), '/work/shared/corpus/news', join(root, 'examples', 'demo')].find(existsSync);
  const pool = readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort()
    .map((f) => readFileSync(join(corpus, f), 'utf8').split(/\n\s*\n/).slice(1).map((p) => p.trim()).filter((p) => p.length > 60))
    .filter((paras) => paras.length);
  const rnd = random(42);
  const sigs = [];
  for (let i = 0; sigs.length < N && i < 50 * N; i++) {
    const paras = new Set();
    for (let k = 0; k < 3 + Math.floor(rnd() * 3); k++) {
      const a = pool[Math.floor(rnd() * pool.length)];
      paras.add(a[Math.floor(rnd() * a.length)]);
    }
    const text = `Report ${i + 1}: ${[...paras][0].split(/[.!?]/)[0].slice(0, 80)}\n\n${[...paras].join('\n\n')}\n`;
    const sig = minhash(text);
    if (sigs.some((s) => similarity(s, sig) >= DUPLICATE_THRESHOLD)) continue; // the store would keep it as an alias, not an article
    sigs.push(sig);
    writeFileSync(join(dir, `report-${String(sigs.length).padStart(4, '0')}.txt`), text);
  }
  if (sigs.length < N) throw new Error(`only ${sigs.length} distinct articles could be made from ${corpus}`);
  return corpus;
}

async function sql(url, text, values = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { return (await client.query(text, values)).rows; } finally { await client.end(); }
}

async function newDatabase() {
  const name = `detente_bench_queue_${process.pid}_${randomBytes(3).toString('hex')}`;
  await sql(ADMIN, `create database ${name}`);
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

const completed = async (db) => Number((await sql(db, "select count(*) as n from pgboss.job where name = 'detente-articles' and state = 'completed'"))[0].n);

function worker(db) {
  const child = spawn(process.execPath, [cli, 'worker', '--db', db, '--drain', '--json', ...(process.env.BENCH_VERBOSE ? [] : ['--quiet'])], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c) => { stdout += c; });
  child.stderr.setEncoding('utf8').on('data', (c) => { stderr += c; if (process.env.BENCH_VERBOSE) process.stderr.write(c.replace(/^/gm, `${(performance.now() / 1000).toFixed(1)} `)); });
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, exit };
}

async function run(label, dir, workers, killAt) {
  const { name, url } = await newDatabase();
  try {
    let t = performance.now();
    const q = spawnSync(process.execPath, [cli, 'ingest', '--queue', dir, '--db', url, '--json', '--quiet'], { env, encoding: 'utf8' });
    if (q.status !== 0) throw new Error(`ingest --queue failed: ${q.stderr}`);
    const enqueueS = (performance.now() - t) / 1000;
    t = performance.now();
    const procs = Array.from({ length: workers }, () => worker(url));
    let killedAfter = null;
    if (killAt !== null) {
      while ((await completed(url)) < killAt) await new Promise((r) => setTimeout(r, 100));
      procs[0].child.kill('SIGKILL');
      killedAfter = await completed(url);
    }
    const exits = await Promise.all(procs.map((p) => p.exit));
    const drainS = (performance.now() - t) / 1000;
    for (const [i, e] of exits.entries()) if (!(killAt !== null && i === 0) && e.code !== 0) throw new Error(`worker ${i + 1} exited ${e.code}: ${e.stderr}`);
    const [{ articles, distinct }] = await sql(url, 'select count(*) as articles, count(distinct source) as distinct from articles');
    const [{ aliases }] = await sql(url, 'select count(*) as aliases from article_sources where duplicate_of = 1');
    const states = Object.fromEntries((await sql(url, "select state, count(*) as n from pgboss.job where name = 'detente-articles' group by state")).map((r) => [r.state, Number(r.n)]));
    const [{ retried }] = await sql(url, "select count(*) as retried from pgboss.job where name = 'detente-articles' and retry_count > 0");
    const perWorker = exits.map((e, i) => (killAt !== null && i === 0 ? 'killed' : JSON.parse(e.stdout.trim().split('\n').pop()).stored));
    const ok = Number(articles) === N && Number(distinct) === N && Number(aliases) === 0 && states.completed === N && Object.keys(states).length === 1;
    console.log(`${label.padEnd(26)} ${N} queued in ${enqueueS.toFixed(1)} s; drained in ${drainS.toFixed(1)} s (${(N / drainS).toFixed(1)} articles/s, start-up included)`);
    console.log(`${''.padEnd(26)} stored ${articles} articles from ${distinct} distinct files, ${aliases} aliases; jobs ${JSON.stringify(states)}, ${retried} retried; stored per worker ${perWorker.join(' + ')}`
      + `${killedAfter !== null ? `; worker 1 killed after ${killedAfter} jobs were done` : ''} -> ${ok ? 'every article stored exactly once' : 'MISMATCH'}`);
    return ok;
  } finally {
    await sql(ADMIN, `drop database if exists ${name} with (force)`);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'detente-bench-queue-'));
try {
  const corpus = makeArticles(dir);
  console.log(`queue bench  ${N} articles mixed from ${corpus}; ${availableParallelism()} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}; `
    + `expire ${env.DETENTE_QUEUE_EXPIRE} s, maintenance ${env.DETENTE_QUEUE_MAINTENANCE} s, retry delay ${env.DETENTE_QUEUE_RETRY_DELAY} s, poll ${env.DETENTE_QUEUE_POLL} s`);
  let ok = true;
  if (process.env.BENCH_QUEUE_ONE === '1') ok = (await run('1 worker', dir, 1, null)) && ok;
  ok = (await run('2 workers', dir, 2, null)) && ok;
  ok = (await run('2 workers, 1 killed', dir, 2, Math.round(N / 3))) && ok;
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
