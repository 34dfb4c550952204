// The queue, end to end, with real processes against the real PostgreSQL (a database of its own,
// created and dropped): `ingest --queue` puts articles on it, two `detente worker` processes
// share them with every article stored exactly once, again when one worker is killed (SIGKILL)
// in the middle of an article, and `watch` queues each feed item once across restarts.
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { postgresBackend } from './store-backends.js';
import { writeArticles, makeArticles } from './queue-fixtures.js';
import { QUEUE_NAME } from '../src/queue/settings.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')];
const N = 8;
/** Short queue settings: a job taken by a dead worker is back after 5 s, looked for every second. */
const ENV = {
  ...process.env, DETENTE_QUEUE_EXPIRE: '5', DETENTE_QUEUE_MAINTENANCE: '1', DETENTE_QUEUE_RETRY_DELAY: '0',
  DETENTE_QUEUE_POLL: '0.5', DETENTE_QUEUE_RETRIES: '5',
};

const backend = postgresBackend();
let folder: string;
let paths: string[];

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'detente-queue-'));
  paths = writeArticles(folder, N);
  writeFileSync(join(folder, 'zz-broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
});
/** Every worker started, so that a failing test leaves none running (the test process would wait for them). */
const started: ChildProcess[] = [];
afterEach(() => { for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); });
after(async () => {
  rmSync(folder, { recursive: true, force: true });
  await backend.dropAll();
});

interface Worker { child: ChildProcess; lines: string[]; exit: Promise<{ code: number | null; signal: string | null; stdout: string }>; waitFor(re: RegExp): Promise<string> }

/** A `detente worker` process; its stderr kept line by line. */
function startWorker(db: string, ...extra: string[]): Worker {
  const child = spawn(process.execPath, [...CLI, 'worker', '--db', db, '--json', ...extra], { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  const lines: string[] = [];
  const waiting: { re: RegExp; resolve: (line: string) => void }[] = [];
  let rest = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const w of [...waiting]) if (w.re.test(line)) { waiting.splice(waiting.indexOf(w), 1); w.resolve(line); }
    }
  });
  let stdout = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
  const exit = new Promise<{ code: number | null; signal: string | null; stdout: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout })));
  return {
    child, lines, exit,
    waitFor: (re) => new Promise((resolve, reject) => {
      const seen = lines.find((l) => re.test(l));
      if (seen) { resolve(seen); return; }
      waiting.push({ re, resolve });
      exit.then(() => reject(new Error(`worker exited before printing ${re}:\n${lines.join('\n')}`)));
    }),
  };
}

async function query<T>(db: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try { return (await client.query(text, values)).rows as T[]; } finally { await client.end(); }
}

const jobStates = async (db: string) => Object.fromEntries((await query<{ state: string; n: string }>(db,
  'select state, count(*) as n from pgboss.job where name = $1 group by state', [QUEUE_NAME])).map((r) => [r.state, Number(r.n)]));

/** Waits until `n` jobs are completed (or any failed). */
async function drained(db: string, n: number, timeoutMs = 45_000): Promise<Record<string, number>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const states = await jobStates(db);
    if ((states.completed ?? 0) >= n || states.failed || Date.now() > until) return states;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A command run to its end, without blocking this process (whose event loop serves the test feed and reads the workers). */
function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...CLI, ...args], { cwd: ROOT, env: ENV });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
  child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr += c; });
  return new Promise((resolve) => child.on('exit', (status) => resolve({ status, stdout, stderr })));
}

const enqueue = (db: string, ...inputs: string[]) => run(['ingest', '--queue', ...inputs, '--db', db, '--json', '--quiet']);

/** Each source stored as exactly one article, with no alias rows (nothing taken for a near-duplicate of itself). */
async function storedOnce(db: string, sources: string[]): Promise<void> {
  const articles = await query<{ source: string }>(db, 'select source from articles order by source');
  assert.deepEqual(articles.map((a) => a.source), [...sources].sort());
  const rows = await query<{ n: string }>(db, 'select count(*) as n from article_sources');
  assert.equal(Number(rows[0].n), sources.length);
}

const summary = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!) as { jobs: number; stored: number; same: number; failed: number };

describe('queue on PostgreSQL', () => {
  test('ingest --queue wants a PostgreSQL store', () => {
    const r = spawnSync(process.execPath, [...CLI, 'ingest', '--queue', folder, '--db', join(folder, 'x.db')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--db wants a postgres:\/\//);
  });

  test('two workers share the queue: every article stored exactly once, each worker did some, SIGTERM stops them cleanly', async () => {
    const db = await backend.create();
    // Both workers wait on the empty queue first, so that neither has a head start.
    const workers = [startWorker(db), startWorker(db)];
    await Promise.all(workers.map((w) => w.waitFor(/taking articles from/)));
    const r = await enqueue(db, folder);
    assert.equal(r.status, 1, 'the broken file makes the exit non-zero');
    assert.deepEqual(JSON.parse(r.stdout), { queued: N, failed: 1 });
    assert.match(r.stderr, /zz-broken\.txt: /);
    const states = await drained(db, N);
    assert.deepEqual(states, { completed: N });
    for (const w of workers) w.child.kill('SIGTERM');
    const exits = await Promise.all(workers.map((w) => w.exit));
    for (const e of exits) assert.equal(e.code, 0, 'a worker stops cleanly on SIGTERM');
    const counts = exits.map((e) => summary(e.stdout));
    assert.equal(counts[0].stored + counts[1].stored, N);
    assert.ok(counts.every((c) => c.stored > 0), `stored per worker: ${counts.map((c) => c.stored).join(' + ')}`);
    assert.equal(counts[0].failed + counts[1].failed, 0);
    await storedOnce(db, paths);
  });

  test('one of two workers killed mid-article: its job goes back to the queue, the other finishes, every article stored exactly once', { timeout: 180_000 }, async () => {
    const db = await backend.create();
    // The doomed worker starts alone, so that it surely takes three jobs (with both running from
    // the start, the other could take every job first and the kill would never come); the
    // survivor joins before the kill.
    const doomed = startWorker(db, '--verbose');
    await doomed.waitFor(/taking articles from/);
    assert.equal((await enqueue(db, ...paths)).status, 0);
    // Killed right after it took its third job, while extracting it.
    let taken = '';
    for (let i = 0; i < 3; i++) taken = await doomed.waitFor(new RegExp(`taken job .*dispatch`)).then((line) => { doomed.lines.splice(doomed.lines.indexOf(line), 1); return line; });
    const survivor = startWorker(db);
    doomed.child.kill('SIGKILL');
    const killed = await doomed.exit;
    assert.equal(killed.signal, 'SIGKILL');
    const jobId = /taken job (\S+)/.exec(taken)![1];

    const states = await drained(db, N);
    assert.deepEqual(states, { completed: N });
    survivor.child.kill('SIGTERM');
    assert.equal((await survivor.exit).code, 0);
    await storedOnce(db, paths);
    // Unless the dead worker managed to finish it, the job it held was taken again after expiring.
    if (!doomed.lines.some((l) => l.includes(`(job ${jobId})`))) {
      const [job] = await query<{ retry_count: number; state: string }>(db, 'select retry_count, state from pgboss.job where id = $1', [jobId]);
      assert.equal(job.state, 'completed');
      assert.ok(job.retry_count >= 1, `retried ${job.retry_count} times`);
      assert.ok(survivor.lines.some((l) => l.includes(`(job ${jobId})`)), 'the survivor did the dead worker\'s job');
    }
  });

  describe('watch', () => {
    let server: Server;
    let feedUrl: string;
    const items = makeArticles(4, 99).map((text, i) => ({ link: `https://news.example.org/item-${i + 1}`, title: text.split('\n')[0], body: text.split('\n\n').slice(1).join('\n\n') }));
    let live = 3;
    const rss = () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://news.example.org/</link>${items.slice(0, live).map((it) =>
      `<item><title>${it.title}</title><link>${it.link}</link><pubDate>Tue, 03 Jun 2025 09:00:00 GMT</pubDate><description>${it.body.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</description></item>`).join('')}</channel></rss>`;

    before(async () => {
      server = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(rss()); });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      feedUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/feed.xml`;
    });
    after(() => new Promise<void>((r) => server.close(() => r())));

    const watchOnce = async (db: string) => {
      const r = await run(['watch', feedUrl, '--db', db, '--once', '--allow-private', '--json', '--quiet']);
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout) as { queued: number; seen: number };
    };

    test('watch queues each feed item once across restarts; a draining worker stores them', async () => {
      const db = await backend.create();
      live = 3;
      assert.deepEqual(await watchOnce(db), { feed: feedUrl, queued: 3, seen: 0 });
      assert.deepEqual(await watchOnce(db), { feed: feedUrl, queued: 0, seen: 3 }, 'a restart queues nothing seen before');
      live = 4;
      assert.deepEqual(await watchOnce(db), { feed: feedUrl, queued: 1, seen: 3 });
      const seen = await query<{ item: string }>(db, 'select item from feed_items where feed = $1 order by item', [feedUrl]);
      assert.deepEqual(seen.map((s) => s.item), items.map((it) => it.link));

      const worker = startWorker(db, '--drain');
      const exit = await worker.exit;
      assert.equal(exit.code, 0, worker.lines.join('\n'));
      assert.equal(summary(exit.stdout).stored, 4);
      const urls = await query<{ url: string; published: string }>(db, 'select url, published from articles order by url');
      assert.deepEqual(urls.map((u) => u.url), items.map((it) => it.link));
      assert.ok(urls.every((u) => u.published === '2025-06-03'));
      // The worker brought the ledger up to date before it stopped.
      assert.deepEqual(await query(db, "select value from state where key = 'ledger_stale'"), [{ value: '0' }]);
    });
  });
});
