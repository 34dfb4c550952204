// The queue's parts that need no worker: settings from flags and environment, the job an
// article becomes and what a worker accepts back, and the seen feed items on both stores.
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { queueSettings, parseDuration, SettingError } from '../src/queue/settings.js';
import { toJob, fromJob } from '../src/queue/job.js';
import { openStore } from '../src/store/open.js';
import { markSeen } from '../src/store/feed-items.js';
import { storeArticle } from '../src/store/write-article.js';
import { BACKENDS } from './store-backends.js';
import { makeArticles } from './queue-fixtures.js';
import { extract } from './helpers.js';

describe('queue settings', () => {
  test('a flag wins over the environment, which wins over the default', () => {
    const s = queueSettings({ expire: '7' }, { DETENTE_QUEUE_EXPIRE: '9', DETENTE_QUEUE_RETRIES: '1' });
    assert.equal(s.expireSeconds, 7);
    assert.equal(s.retryLimit, 1);
    assert.equal(s.maintenanceSeconds, 30);
    assert.equal(s.pollSeconds, 2);
  });
  test('a bad value names the flag or the variable it came from', () => {
    assert.throws(() => queueSettings({ expire: '0' }, {}), (e: Error) => e instanceof SettingError && /--expire/.test(e.message));
    assert.throws(() => queueSettings({}, { DETENTE_QUEUE_POLL: '0.1' }), /\$DETENTE_QUEUE_POLL wants a number of at least 0\.5, got "0\.1"/);
    assert.throws(() => queueSettings({ retries: '1.5' }, {}), /--retries wants a whole number/);
  });
  test('--every takes seconds, minutes or hours', () => {
    assert.equal(parseDuration('10m', '--every'), 600);
    assert.equal(parseDuration('90', '--every'), 90);
    assert.equal(parseDuration('1h', '--every'), 3600);
    assert.throws(() => parseDuration('soon', '--every'), /--every wants a duration/);
  });
});

describe('article jobs', () => {
  const article = { text: 'Talks resume\n\nEnvoys met again in Oslo.', meta: { title: null, published: '2025-02-01', url: null, source: 'a.txt' }, titleLine: true };
  test('an article survives the trip through a job; --published of the enqueuer wins', () => {
    assert.deepEqual(fromJob(JSON.parse(JSON.stringify(toJob(article, null)))), article);
    const dated = fromJob(toJob(article, '2025-03-04'));
    assert.ok(!('error' in dated) && dated.meta.published === '2025-03-04');
  });
  test('a worker refuses what is not an article job, saying what is wrong', () => {
    const bad = fromJob({ ...toJob(article, null), text: 42 });
    assert.ok('error' in bad && /text/.test(bad.error), JSON.stringify(bad));
    assert.ok('error' in fromJob(null));
  });
});

for (const makeBackend of BACKENDS) {
  const backend = makeBackend();
  describe(`feed items seen on ${backend.name}`, () => {
    after(() => backend.dropAll());
    test(`${backend.name}: marking returns only the items not seen before, per feed`, async () => {
      const store = await openStore(await backend.create());
      try {
        const now = '2025-06-01T10:00:00.000Z';
        assert.deepEqual(await markSeen(store.db, 'https://a.example/feed', ['x', 'y', 'x'], now), new Set(['x', 'y']));
        assert.deepEqual(await markSeen(store.db, 'https://a.example/feed', ['y', 'z'], now), new Set(['z']));
        assert.deepEqual(await markSeen(store.db, 'https://b.example/feed', ['y'], now), new Set(['y']));
        assert.deepEqual(await markSeen(store.db, 'https://b.example/feed', [], now), new Set());
      } finally {
        await store.close();
      }
    });
  });
}

describe('concurrent writers on PostgreSQL', () => {
  const backend = BACKENDS[1]();
  after(() => backend.dropAll());
  test('two workers storing two copies of one story at the same moment store it once (the write lock)', async () => {
    const url = await backend.create();
    const [a, b] = [await openStore(url), await openStore(url)]; // two connection pools, as two machines
    try {
      const body = makeArticles(1, 3)[0].split('\n\n').slice(1).join('\n\n');
      // The same body under two headlines: a near-duplicate, not the same text.
      const records = ['Envoys meet again', 'Second round of talks'].map((title) => extract(`${title}\n\n${body}`, '2025-05-05'));
      for (let round = 0; round < 3; round++) {
        const results = await Promise.all([storeArticle(a, records[0], true, 'test'), storeArticle(b, records[1], true, 'test')]);
        assert.deepEqual(results.map((r) => r.kind).sort(), round === 0 ? ['duplicate', 'stored'] : ['duplicate', 'same']);
      }
      const n = await a.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(n.n), 1);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
