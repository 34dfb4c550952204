// Crash safety, on both stores: a real `detente ingest` child is killed with SIGKILL in the
// middle of a folder; what it committed is whole, and running the same ingest again completes
// it without duplicates, to the same ledger as an ingest never interrupted. A broken file in
// the folder is reported and skipped while the batch goes on.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, cpSync, writeFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runPipeline } from '../src/pipeline/run.js';
import { toRecord } from '../src/pipeline/record.js';
import { openStore, type Store } from '../src/store/open.js';
import { storeArticle } from '../src/store/write-article.js';
import { rebuildLedger } from '../src/store/rebuild-ledger.js';
import { exportRows } from '../src/cli/export.js';
import { context } from './helpers.js';
import { BACKENDS, sqliteBackend } from './store-backends.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')];
const PUBLISHED = '2025-06-13';
let folder: string;

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'detente-crash-'));
  cpSync(join(ROOT, 'test/fixtures/ledger'), folder, { recursive: true });
  writeFileSync(join(folder, 'zz-broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
});
after(() => rmSync(folder, { recursive: true, force: true }));

/** Starts an ingest and kills it (SIGKILL) once it has reported `ticks` sources done. */
function ingestKilledAfter(db: string, ticks: number): Promise<{ signal: string | null; seen: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, 'ingest', folder, '--db', db, '--published', PUBLISHED], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let seen = 0;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      seen += (chunk.match(/^detente: \d+\/\d+ /gm) ?? []).length;
      if (seen >= ticks) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => resolve({ signal, seen }));
  });
}

/** Every stored article has exactly the facts its row counts: nothing half-written. */
async function halfWritten(store: Store): Promise<string[]> {
  const problems: string[] = [];
  for (const a of await store.db.selectFrom('articles').selectAll().execute()) {
    for (const [table, n] of [['positions', a.positions_n], ['events', a.events_n], ['claims', a.claims_n], ['article_actors', a.actors_n]] as const) {
      const { c } = await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('c')).where('article_id', '=', a.id).executeTakeFirstOrThrow();
      if (Number(c) !== n) problems.push(`${a.id} ${table}: ${c} rows, record has ${n}`);
    }
  }
  return problems;
}

const ledgerOf = async (store: Store) => Object.fromEntries(await Promise.all((['events', 'positions', 'claims', 'actors'] as const).map(async (t) => [t, await exportRows(store, t)])));

let expected: unknown;
const reference = sqliteBackend();

before(async () => {
  // The ledger an uninterrupted ingest of the same articles makes, built in-process.
  const store = await openStore(await reference.create());
  for (const name of readdirSync(join(ROOT, 'test/fixtures/ledger')).sort()) {
    const text = readFileSync(join(ROOT, 'test/fixtures/ledger', name), 'utf8');
    await storeArticle(store, toRecord(runPipeline(text, { title: null, published: PUBLISHED, url: null, source: name }, context(), true)), true, 'reference');
  }
  await rebuildLedger(store);
  expected = await ledgerOf(store);
  await store.close();
  await reference.dropAll();
});

for (const makeBackend of BACKENDS) {
  const backend = makeBackend();
  describe(`ingest killed on ${backend.name}`, () => {
    after(() => backend.dropAll());

    test(`${backend.name}: kill -9 mid-ingest keeps whole articles; the re-run completes without duplicates`, async () => {
      const db = await backend.create();
      const killed = await ingestKilledAfter(db, 3);
      assert.equal(killed.signal, 'SIGKILL');
      let store = await openStore(db);
      const before = await store.db.selectFrom('articles').select('id').execute();
      assert.ok(before.length >= 1 && before.length < 7, `killed with ${before.length} of 7 articles stored`);
      assert.deepEqual(await halfWritten(store), []);
      await store.close();

      const rerun = spawnSync(process.execPath, [...CLI, 'ingest', folder, '--db', db, '--published', PUBLISHED, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(rerun.status, 1, 'the broken file makes the exit non-zero');
      assert.match(rerun.stderr, /zz-broken\.txt: .*(binary|UTF-8)/i);
      store = await openStore(db);
      try {
        const articles = await store.db.selectFrom('articles').select('id').execute();
        assert.equal(articles.length, 7, 'eight files, one a near-duplicate, one broken');
        const sources = await store.db.selectFrom('article_sources').select('source').execute();
        assert.equal(sources.length, 8);
        assert.equal(new Set(sources.map((s) => s.source)).size, 8);
        assert.deepEqual(await halfWritten(store), []);
        assert.deepEqual(await ledgerOf(store), expected);
      } finally {
        await store.close();
      }
    });
  });
}
