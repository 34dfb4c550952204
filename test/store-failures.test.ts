// A store that cannot be written: a read-only SQLite file, a full disk (SQLite's page limit
// stands in for it), a PostgreSQL database in read-only mode and a statement failing in the middle
// of an article. Each gives one clear line (or a StoreError naming the store and what to do) and
// leaves no part of the article behind.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openStore, storeProblem, type Store } from '../src/store/open.js';
import { storeArticle } from '../src/store/write-article.js';
import { sqliteBackend, postgresBackend } from './store-backends.js';
import { extract } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const LEDGER = join(ROOT, 'test/fixtures/ledger');
const [first, second] = readdirSync(LEDGER).filter((n) => n.endsWith('.txt')).sort().map((n) => join(LEDGER, n));
const sqlite = sqliteBackend();
after(() => sqlite.dropAll());

const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

/** Articles stored, and fact rows of articles the store does not hold (a half-written article leaves some). */
async function contents(store: Store): Promise<{ articles: number; orphans: number }> {
  const articles = (await store.db.selectFrom('articles').select('id').execute()).map((a) => a.id);
  let orphans = 0;
  for (const table of ['positions', 'events', 'claims', 'article_actors', 'article_sources'] as const) {
    const rows = await store.db.selectFrom(table).select('article_id').execute();
    orphans += rows.filter((r) => !articles.includes(r.article_id)).length;
  }
  return { articles: articles.length, orphans };
}

/** A long article, so that storing it needs new pages. */
const longRecord = () => extract(`Talks resume\n\n${'Russian drones struck Kyiv on Monday, Ukrainian officials said. '.repeat(400)}`);

test('store failures: a read-only SQLite file is one clear line naming the store, and nothing is written', async () => {
  const db = await sqlite.create();
  assert.equal(cli(['ingest', first, '--db', db, '-q']).status, 0);
  // root writes through file modes: the immutable attribute stands in for them (where chattr works).
  const root = process.getuid?.() === 0;
  if (root && spawnSync('chattr', ['+i', db]).status !== 0) return;
  if (!root) chmodSync(db, 0o444);
  try {
    const r = cli(['ingest', second, '--db', db, '-q']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`^detente ingest: the store ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is read-only \\(SQLITE_READONLY[A-Z_]*\\): give this user write access to it, or name another with --db; nothing was written\\n$`));
  } finally {
    if (root) spawnSync('chattr', ['-i', db]); else chmodSync(db, 0o644);
  }
  const store = await openStore(db);
  assert.deepEqual(await contents(store), { articles: 1, orphans: 0 });
  await store.close();
});

test('store failures: a full disk (SQLite) rolls the article back and says what to do', async () => {
  const db = await sqlite.create();
  const store = await openStore(db);
  await storeArticle(store, extract(`Talks resume\n\nPutin met Zelensky in Geneva on Monday, officials said.`), true, 'test');
  const { page_count } = (await sql<{ page_count: number }>`pragma page_count`.execute(store.db)).rows[0];
  await sql.raw(`pragma max_page_count = ${page_count}`).execute(store.db);
  const err = await storeArticle(store, longRecord(), true, 'test').then(() => null, (e) => e);
  assert.equal(err?.code, 'SQLITE_FULL', String(err?.message));
  assert.match(storeProblem(err, db)!.message, /could not be written \(SQLITE_FULL: database or disk is full\): free disk space and run the same command again; the article being written was not stored/);
  assert.deepEqual(await contents(store), { articles: 1, orphans: 0 });
  await store.close();
});

const postgres = postgresBackend();
const pgUp = await (async () => {
  try { const url = await postgres.create(); return url; } catch { return null; }
})();
after(() => postgres.dropAll());

test('store failures: PostgreSQL, a statement failing in the middle of an article rolls all of it back', { skip: pgUp ? false : 'no PostgreSQL' }, async () => {
  const store = await openStore(pgUp!);
  await storeArticle(store, extract(`Talks resume\n\nPutin met Zelensky in Geneva on Monday, officials said.`), true, 'test');
  const record = longRecord();
  assert.ok(record.events.length > 0);
  // The article row and its sources go in first; its events fail on a rule added for the test.
  await sql.raw(`alter table events add constraint refuse_this_article check (article_id <> '${record.document.id}')`).execute(store.db);
  await assert.rejects(storeArticle(store, record, true, 'test'), /refuse_this_article/);
  assert.deepEqual(await contents(store), { articles: 1, orphans: 0 });
  await store.close();
});

test('store failures: PostgreSQL in read-only mode is one clear line, and nothing is written', { skip: pgUp ? false : 'no PostgreSQL' }, async () => {
  const url = await postgres.create();
  assert.equal(cli(['ingest', first, '--db', url, '-q']).status, 0);
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`alter database ${name} set default_transaction_read_only = on`);
  await admin.end();
  const r = cli(['ingest', second, '--db', url, '-q']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^detente ingest: the store postgres:\/\/\S+ is read-only \(25006\): give this user write access to it, or name another with --db; nothing was written\n$/);
  const store = await openStore(url.replace(/\/[^/]*$/, `/${name}`), { create: false }).catch(() => null);
  if (store) {
    assert.deepEqual(await contents(store), { articles: 1, orphans: 0 });
    await store.close();
  }
});
