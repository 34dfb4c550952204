// `detente watch FEED... --db postgres://... [--every 10m] [--once]`: reads each RSS or Atom
// feed every period and puts its new items on the queue for `detente worker`. The items seen
// are kept in the store (table feed_items), marked in the same transaction that queues them:
// a watcher killed at any point and started again queues each item once, none twice.
import { createHash } from 'node:crypto';
import { parse, checkNumber, UsageError } from './args.js';
import { storeUrl } from './store-option.js';
import { readSource, InputError } from '../ingest/read-input.js';
import { toArticles, type Article } from '../ingest/to-articles.js';
import { openStore, isPostgresUrl, StoreError, type Store } from '../store/open.js';
import { markSeen } from '../store/feed-items.js';
import { openQueue, bossDb, QueueError, type Queue } from '../queue/boss.js';
import { toJob } from '../queue/job.js';
import { sleep } from '../queue/work.js';
import { queueSettings, parseDuration, SETTING_FLAGS, SettingError } from '../queue/settings.js';

export interface FeedRound { feed: string; queued: number; seen: number; error?: string }

export async function runWatch(args: string[]): Promise<number> {
  let opts;
  let settings;
  let everyMs: number;
  let maxBytes: number;
  let timeoutMs: number;
  try {
    opts = parse(args, {
      db: { type: 'string' }, every: { type: 'string' }, once: { type: 'boolean' }, 'allow-private': { type: 'boolean' },
      'max-size': { type: 'string' }, timeout: { type: 'string' }, quiet: { type: 'boolean', short: 'q' }, json: { type: 'boolean' },
      ...SETTING_FLAGS,
    });
    if (opts.positionals.length === 0) throw new UsageError('watch needs at least one FEED_URL (an RSS or Atom feed)');
    if (!isPostgresUrl(storeUrl(opts.values.db))) throw new UsageError(`the queue lives in PostgreSQL: --db wants a postgres://user@host/db URL, got "${storeUrl(opts.values.db)}"`);
    everyMs = parseDuration(opts.values.every ?? '10m', '--every') * 1000;
    maxBytes = checkNumber(opts.values['max-size'], '--max-size', 5) * 1048576;
    timeoutMs = checkNumber(opts.values.timeout, '--timeout', 20) * 1000;
    settings = queueSettings(opts.values);
  } catch (e) {
    if (e instanceof UsageError || e instanceof SettingError) { process.stderr.write(`detente watch: ${e.message}\n`); return 2; }
    throw e;
  }
  const v = opts.values;
  const feeds = [...new Set(opts.positionals)];
  let store: Store;
  let queue: Queue;
  try {
    store = await openStore(storeUrl(v.db));
  } catch (e) {
    if (e instanceof StoreError) { process.stderr.write(`detente watch: ${e.message}\n`); return 1; }
    throw e;
  }
  try {
    queue = await openQueue(storeUrl(v.db), settings);
  } catch (e) {
    await store.close();
    if (e instanceof QueueError) { process.stderr.write(`detente watch: ${e.message}\n`); return 1; }
    throw e;
  }
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let failed = 0;
  try {
    while (!stop.signal.aborted) {
      const started = Date.now();
      for (const feed of feeds) {
        if (stop.signal.aborted) break;
        const round = await watchFeed(store, queue, feed, { maxBytes, timeoutMs, allowPrivate: !!v['allow-private'] });
        if (round.error) failed++;
        if (v.json) process.stdout.write(JSON.stringify(round) + '\n');
        if (!v.quiet || round.error) {
          process.stderr.write(round.error ? `detente watch: ${feed}: ${round.error}\n` : `detente watch: ${feed}: ${round.queued} new items queued, ${round.seen} seen before\n`);
        }
      }
      if (v.once) break;
      await sleep(Math.max(0, everyMs - (Date.now() - started)), stop.signal);
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await queue.close();
    await store.close();
  }
  return v.once && failed ? 1 : 0;
}

/** One look at one feed: its items not seen before are marked seen and queued, in one transaction. */
export async function watchFeed(store: Store, queue: Queue, feed: string, read: { maxBytes: number; timeoutMs: number; allowPrivate: boolean }): Promise<FeedRound> {
  let articles: Article[];
  try {
    articles = toArticles({ ...(await readSource(feed, read)), hint: 'feed' });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    if (e.message === 'is a feed with no items') return { feed, queued: 0, seen: 0 };
    return { feed, queued: 0, seen: 0, error: e.message };
  }
  const byKey = new Map<string, Article>();
  for (const a of articles) if (!byKey.has(itemKey(a))) byKey.set(itemKey(a), a);
  const now = new Date().toISOString();
  const queued = await store.db.transaction().execute(async (trx) => {
    const fresh = await markSeen(trx, feed, [...byKey.keys()], now);
    const jobs = [...byKey].filter(([key]) => fresh.has(key)).map(([, a]) => toJob(a, null));
    return queue.enqueue(jobs, bossDb(trx));
  });
  return { feed, queued, seen: byKey.size - queued };
}

/** An item is its link; an item without one, its title and text. */
function itemKey(a: Article): string {
  return a.meta.url ?? `sha256:${createHash('sha256').update(`${a.meta.title ?? ''}\n${a.text}`).digest('hex')}`;
}
