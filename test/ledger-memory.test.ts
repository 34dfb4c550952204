// The ledger's rebuild holds a page of fact rows at a time and the evidence texts of one chunk
// of ledger rows, not every fact row with its text (an ingest of 10,400 articles peaked at
// 783 MB in the rebuild). With pages of 3 rows over the fixture stories the rebuild must read
// in many pages, keep to that cap, and still write the same ledger rows as with large pages.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../src/pipeline/run.js';
import { toRecord } from '../src/pipeline/record.js';
import { openStore, type Store } from '../src/store/open.js';
import { storeArticle } from '../src/store/write-article.js';
import { rebuildLedger, ledgerPaging, ledgerMemoryStats } from '../src/store/rebuild-ledger.js';
import { context } from './helpers.js';
import { BACKENDS } from './store-backends.js';

const FIXTURES = join(import.meta.dirname, 'fixtures/ledger');

async function ledgerRows(store: Store) {
  const db = store.db;
  return {
    actors: await db.selectFrom('ledger_actors').selectAll().orderBy('ord').execute(),
    events: await db.selectFrom('ledger_events').selectAll().orderBy('ord').execute(),
    reports: await db.selectFrom('ledger_event_reports').selectAll().orderBy('article_id').orderBy('idx').execute(),
    stances: await db.selectFrom('ledger_stances').selectAll().orderBy('ord').execute(),
  };
}

const resetStats = () => { for (const k of Object.keys(ledgerMemoryStats) as (keyof typeof ledgerMemoryStats)[]) ledgerMemoryStats[k] = 0; };

for (const makeBackend of BACKENDS) {
  const backend = makeBackend();
  describe(`ledger rebuild memory on ${backend.name}`, () => {
    let store: Store;
    before(async () => {
      store = await openStore(await backend.create());
      for (const [i, name] of readdirSync(FIXTURES).sort().entries()) {
        const source = join('test/fixtures/ledger', name);
        const record = toRecord(runPipeline(readFileSync(join(FIXTURES, name), 'utf8'), { title: null, published: `2025-06-${String(10 + (i % 3)).padStart(2, '0')}`, url: null, source }, context(), true));
        await storeArticle(store, record, true, 'test-1');
      }
    });
    after(async () => {
      ledgerPaging.rows = 2000;
      await store?.close();
      await backend.dropAll();
    });

    test(`${backend.name}: pages of 3 rows give the same ledger as one page, and no page holds more`, async () => {
      ledgerPaging.rows = 2000;
      resetStats();
      const whole = await rebuildLedger(store);
      const wholeRows = await ledgerRows(store);
      const facts = ledgerMemoryStats.maxFacts;
      assert.ok(ledgerMemoryStats.maxPage > 3, 'the fixtures have more fact rows than a small page');
      assert.ok(wholeRows.events.length > 0 && wholeRows.stances.length > 0 && wholeRows.actors.length > 0);

      ledgerPaging.rows = 3;
      resetStats();
      const paged = await rebuildLedger(store);
      assert.deepEqual(paged, whole);
      assert.deepEqual(await ledgerRows(store), wholeRows);
      assert.ok(ledgerMemoryStats.maxPage <= 3, `a page held ${ledgerMemoryStats.maxPage} rows`);
      assert.equal(ledgerMemoryStats.maxFacts, facts);
      // Evidence texts are read back for one chunk of rows (200 ledger rows, each with its reports), never for every fact.
      assert.ok(ledgerMemoryStats.maxEvidenceFetched > 0);
      assert.ok(ledgerMemoryStats.maxEvidenceFetched <= facts, `${ledgerMemoryStats.maxEvidenceFetched} evidence texts held at once`);
    });
  });
}
