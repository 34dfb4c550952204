// `detente worker --db postgres://...`: takes articles from the queue (put there by
// `ingest --queue` and `watch`), extracts and stores each, one at a time, and brings the ledger
// up to date when the queue runs dry. Start one a core, on as many machines as you like: they
// share the queue and the store. SIGTERM or Ctrl-C finishes the article in hand, then stops;
// a second one stops at once and hands the article back to the queue.
// (Not to be confused with worker.ts, the worker thread of `extract --jobs`.)
import type PgBoss from 'pg-boss';
import { parse, UsageError } from './args.js';
import { storeUrl } from './store-option.js';
import { loadContext } from './context.js';
import { openStore, isPostgresUrl, StoreError, type Store } from '../store/open.js';
import { ensureLedger } from '../store/rebuild-ledger.js';
import { storeOne, type StoredKind } from '../api/ingest-input.js';
import { openQueue, QueueError, type Queue } from '../queue/boss.js';
import { fromJob } from '../queue/job.js';
import { work } from '../queue/work.js';
import { queueSettings, SETTING_FLAGS, SettingError, QUEUE_NAME } from '../queue/settings.js';

export async function runQueueWorker(args: string[]): Promise<number> {
  let opts;
  let settings;
  try {
    opts = parse(args, {
      db: { type: 'string' }, kb: { type: 'string', multiple: true }, lexicon: { type: 'string', multiple: true },
      drain: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' }, verbose: { type: 'boolean' }, json: { type: 'boolean' },
      ...SETTING_FLAGS,
    });
    if (opts.positionals.length) throw new UsageError('worker takes no PATH (it takes articles from the queue; put them there with `detente ingest --queue`)');
    if (!isPostgresUrl(storeUrl(opts.values.db))) throw new UsageError(`the queue lives in PostgreSQL: --db wants a postgres://user@host/db URL, got "${storeUrl(opts.values.db)}"`);
    settings = queueSettings(opts.values);
  } catch (e) {
    if (e instanceof UsageError || e instanceof SettingError) { process.stderr.write(`detente worker: ${e.message}\n`); return 2; }
    throw e;
  }
  const v = opts.values;
  const say = (line: string) => { if (!v.quiet) process.stderr.write(`detente worker: ${line}\n`); };
  // The knowledge base loads before the first job is taken: a job's expiry counts from when it is taken.
  const ctx = loadContext(v.kb ?? [], v.lexicon ?? []);
  let store: Store;
  let queue: Queue;
  try {
    store = await openStore(storeUrl(v.db));
  } catch (e) {
    if (e instanceof StoreError) { process.stderr.write(`detente worker: ${e.message}\n`); return 1; }
    throw e;
  }
  try {
    queue = await openQueue(storeUrl(v.db), settings, { supervise: true });
  } catch (e) {
    await store.close();
    if (e instanceof QueueError) { process.stderr.write(`detente worker: ${e.message}\n`); return 1; }
    throw e;
  }

  const counts = { jobs: 0, stored: 0, same: 0, duplicate: 0, failed: 0 };
  let unbuilt = 0; // articles this worker stored since it last brought the ledger up to date
  let holding: string | null = null;
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (!stop.signal.aborted) {
      say(`${signal}: finishing the article in hand, then stopping (again to stop at once)`);
      stop.abort();
      return;
    }
    // Second signal: hand the article back now rather than when its job expires.
    const held = holding;
    const exit = () => process.exit(signal === 'SIGINT' ? 130 : 143);
    if (held) queue.boss.fail(QUEUE_NAME, held, { message: `worker stopped by ${signal}` }).then(exit, exit);
    else exit();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  say(`taking articles from ${store.where}${v.drain ? ' until the queue is drained' : ''}`);

  const handle = async (job: PgBoss.Job<unknown>): Promise<object> => {
    counts.jobs++;
    const article = fromJob(job.data);
    if ('error' in article) { counts.failed++; say(`failed job ${job.id}: ${article.error}`); throw new Error(article.error); }
    if (v.verbose) say(`taken job ${job.id} ${article.meta.source}`);
    let kind: StoredKind;
    let id: string;
    try {
      ({ kind, id } = await storeOne(store, article, null, () => ctx));
    } catch (e) {
      counts.failed++;
      say(`failed ${article.meta.source} (job ${job.id}): ${(e as Error).message}`);
      throw e;
    }
    counts[kind]++;
    if (kind === 'stored') unbuilt++;
    say(`${kind} ${id} ${article.meta.source} (job ${job.id})`);
    return { article: id, kind };
  };
  const idle = async () => {
    if (unbuilt === 0) return;
    unbuilt = 0;
    await ensureLedger(store);
    say('ledger up to date');
  };

  try {
    await work(queue, {
      drain: !!v.drain, stop: stop.signal, handle, idle, holding: (id) => { holding = id; }, onError: (m) => say(`queue: ${m}`),
    });
    if (unbuilt) await idle();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await queue.close();
    await store.close();
  }
  if (v.json) process.stdout.write(JSON.stringify(counts) + '\n');
  say(`${counts.jobs} jobs: ${counts.stored} stored, ${counts.same} already stored, ${counts.duplicate} near-duplicates kept as aliases, ${counts.failed} failed`);
  return 0;
}
