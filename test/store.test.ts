// The store, the same cases on SQLite and on the machine's real PostgreSQL: articles stored once,
// near-duplicates kept as aliases, facts whole, the ledger merged, and both backends answering
// every query with the same rows in the same order.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runPipeline } from '../src/pipeline/run.js';
import { toRecord, type ExtractRecord } from '../src/pipeline/record.js';
import { openStore, type Store } from '../src/store/open.js';
import { storeArticle } from '../src/store/write-article.js';
import { rebuildLedger, ensureLedger } from '../src/store/rebuild-ledger.js';
import { queryArticles, queryEvents, queryStances, queryClaims, queryActors, searchArticles, searchFacts, findActor } from '../src/store/queries.js';
import { exportRows, toCsv, COLUMNS } from '../src/cli/export.js';
import { context } from './helpers.js';
import { BACKENDS } from './store-backends.js';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test/fixtures/ledger');
/** Publication dates of the fixture stories (text files carry none). */
const PUBLISHED: Record<string, string> = {
  '01-prisoner-exchange.txt': '2025-06-07', '02-prisoner-exchange-updated.txt': '2025-06-08',
  '03-odesa-drones.txt': '2025-06-13', '04-odesa-drones-second-outlet.txt': '2025-06-13',
  '05-zelensky-rejects-withdrawal.txt': '2025-06-01', '06-zelensky-open-to-pullback.txt': '2025-06-10',
  '07-gaza-hostages.txt': '2025-06-05', '08-sudan-talks.txt': '2025-06-05',
};

let records: ExtractRecord[] = [];
const byName = (name: string) => records.find((r) => r.document.source.endsWith(name))!;

before(() => {
  records = readdirSync(FIXTURES).sort().map((name) => {
    const source = join('test/fixtures/ledger', name);
    return toRecord(runPipeline(readFileSync(join(FIXTURES, name), 'utf8'), { title: null, published: PUBLISHED[name], url: null, source }, context(), true));
  });
});

/** Every query's answer, to compare the backends. */
const answers = new Map<string, unknown>();

async function allAnswers(store: Store) {
  return {
    articles: await queryArticles(store),
    events: await queryEvents(store, {}),
    stances: await queryStances(store, { history: true }),
    matrix: await queryStances(store, {}),
    claims: await queryClaims(store),
    actors: await queryActors(store),
    search: await searchFacts(store, (await queryArticles(store, await searchArticles(store, 'withdrawal'))).map((a) => a.id), 'withdrawal'),
    csv: Object.fromEntries(await Promise.all((['events', 'positions', 'claims', 'actors'] as const).map(async (t) => [t, toCsv(await exportRows(store, t), COLUMNS[t])]))),
  };
}

for (const makeBackend of BACKENDS) {
  const backend = makeBackend();
  describe(`store on ${backend.name}`, () => {
    let url: string;
    let store: Store;
    before(async () => {
      url = await backend.create();
      store = await openStore(url);
      for (const r of records) await storeArticle(store, r, true, 'test-1');
      await rebuildLedger(store);
    });
    after(async () => {
      await store?.close();
      await backend.dropAll();
    });

    test(`${backend.name}: each article once; a re-published copy is an alias of the first, the same text again a no-op`, async () => {
      const articles = await queryArticles(store);
      assert.equal(articles.length, records.length - 1);
      const first = articles.find((a) => a.source.endsWith('01-prisoner-exchange.txt'))!;
      assert.deepEqual(first.aliases, ['test/fixtures/ledger/02-prisoner-exchange-updated.txt']);
      const again = await storeArticle(store, byName('03-odesa-drones.txt'), true, 'test-1');
      assert.equal(again.kind, 'same');
      assert.equal((await queryArticles(store)).length, records.length - 1);
    });

    test(`${backend.name}: the stored facts are the record's, none lost, none doubled`, async () => {
      const r = byName('07-gaza-hostages.txt');
      const counts = await store.db.selectFrom('positions').select((eb) => eb.fn.countAll().as('n')).where('article_id', '=', r.document.id).executeTakeFirstOrThrow();
      assert.equal(Number(counts.n), r.positions.length);
      const article = (await queryArticles(store, [r.document.id]))[0];
      assert.deepEqual([article.positions, article.events, article.claims, article.pipeline_version], [r.positions.length, r.events.length, r.claims.length, 'test-1']);
    });

    test(`${backend.name}: the Odesa strike told by two outlets is one event with both, four to six killed`, async () => {
      const strikes = (await queryEvents(store, { type: 'ASSAULT', country: 'UA' })).filter((e) => e.location === 'Odesa');
      assert.equal(strikes.length, 1, JSON.stringify(strikes));
      const [e] = strikes;
      assert.equal(e.source_count, 2);
      assert.deepEqual([e.fatalities_low, e.fatalities_high], [4, 6]);
      assert.equal(e.fatalities_high_source, byName('04-odesa-drones-second-outlet.txt').document.id);
      assert.deepEqual(e.reports.map((r) => r.article).sort(), [byName('03-odesa-drones.txt').document.id, byName('04-odesa-drones-second-outlet.txt').document.id].sort());
      assert.deepEqual((await queryEvents(store, { since: '2025-06-12', until: '2025-06-12', actor: 'russia' })).map((x) => x.id), [e.id]);
    });

    test(`${backend.name}: Zelensky's stance on a withdrawal moves from reject to offer, flagged with both pieces of evidence`, async () => {
      const actor = await findActor(store, 'Volodymyr Zelensky');
      assert.equal(actor?.id, 'volodymyr-zelensky');
      const history = await queryStances(store, { holder: 'volodymyr-zelensky', issue: 'withdrawal', history: true });
      assert.deepEqual(history.map((h) => [h.stance, h.first_seen, h.changed]), [['reject', '2025-06-01', false], ['offer', '2025-06-10', true]]);
      assert.match(history[1].previous_evidence!, /rejected any withdrawal/);
      assert.match(history[1].first_evidence, /ready to accept a withdrawal/);
      const latest = await queryStances(store, { holder: 'volodymyr-zelensky', issue: 'withdrawal' });
      assert.deepEqual(latest.map((h) => h.stance), ['offer']);
      assert.deepEqual(await queryStances(store, { holder: 'volodymyr-zelensky', since: '2025-07-01' }), []);
    });

    test(`${backend.name}: full-text search finds the articles and the facts that hold the words`, async () => {
      const ids = await searchArticles(store, 'Rapid Support Forces');
      assert.deepEqual(ids, [byName('08-sudan-talks.txt').document.id]);
      const facts = await searchFacts(store, ids, 'negotiations');
      assert.ok(facts.length > 0 && facts.every((f) => /negotiations/i.test(f.evidence)), JSON.stringify(facts));
      assert.deepEqual(await searchArticles(store, 'zeppelin'), []);
    });

    test(`${backend.name}: the ledger is rebuilt when stale, and migrations are recorded once`, async () => {
      await store.db.updateTable('state').set({ value: '1' }).where('key', '=', 'ledger_stale').execute();
      await store.db.deleteFrom('ledger_events').execute();
      await ensureLedger(store);
      assert.ok((await queryEvents(store, {})).length > 0);
      await store.close();
      store = await openStore(url);
      const applied = await store.db.selectFrom('kysely_migration' as never).select('name' as never).execute();
      assert.deepEqual(applied.map((r) => (r as { name: string }).name), ['001-initial', '002-feed-items']);
    });

    test(`${backend.name}: reprocess re-extracts what an older pipeline made`, async () => {
      const id = byName('08-sudan-talks.txt').document.id;
      await store.db.deleteFrom('positions').where('article_id', '=', id).execute();
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'reprocess', '--db', url, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const article = (await queryArticles(store, [id]))[0];
      assert.notEqual(article.pipeline_version, 'test-1');
      const n = await store.db.selectFrom('positions').select((eb) => eb.fn.countAll().as('n')).where('article_id', '=', id).executeTakeFirstOrThrow();
      assert.equal(Number(n.n), byName('08-sudan-talks.txt').positions.length);
      answers.set(backend.name, await allAnswers(store));
    });
  });
}

test('store: SQLite and PostgreSQL answer every query with the same rows in the same order', () => {
  assert.equal(answers.size, 2);
  const [a, b] = [...answers.values()];
  assert.deepEqual(a, b);
  assert.ok((a as { events: unknown[] }).events.length > 0);
});
