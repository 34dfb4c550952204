// `detente ingest --queue PATH... --db postgres://...`: reads and cleans the inputs like ingest,
// but puts each article on the queue for `detente worker` instead of extracting it here. A job
// holds the article itself (src/queue/job.ts), so workers need no access to these files.
// Nothing is extracted or stored here; an article already stored is settled by the worker.
import { parse, checkDate, checkNumber, UsageError } from './args.js';
import { expandSources, readSource, InputError } from '../ingest/read-input.js';
import { toArticles } from '../ingest/to-articles.js';
import { progress } from './progress.js';
import { storeUrl, withStore } from './store-option.js';
import { isPostgresUrl } from '../store/open.js';
import { openQueue, QueueError } from '../queue/boss.js';
import { toJob, type ArticleJob } from '../queue/job.js';
import { queueSettings, SETTING_FLAGS, SettingError } from '../queue/settings.js';

/** Jobs sent to PostgreSQL in one statement. */
const BATCH = 100;

export async function runEnqueue(args: string[]): Promise<number> {
  let opts;
  let published: string | null;
  let maxBytes: number;
  let timeoutMs: number;
  let settings;
  try {
    opts = parse(args, {
      queue: { type: 'boolean' }, db: { type: 'string' }, published: { type: 'string' }, 'max-size': { type: 'string' },
      timeout: { type: 'string' }, 'allow-private': { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' }, json: { type: 'boolean' },
      ...SETTING_FLAGS,
    });
    if (opts.positionals.length === 0) throw new UsageError('ingest --queue needs at least one PATH (a file, a folder, - or a URL)');
    published = checkDate(opts.values.published, '--published');
    maxBytes = checkNumber(opts.values['max-size'], '--max-size', 5) * 1048576;
    timeoutMs = checkNumber(opts.values.timeout, '--timeout', 20) * 1000;
    settings = queueSettings(opts.values);
    if (!isPostgresUrl(storeUrl(opts.values.db))) throw new UsageError(`the queue lives in PostgreSQL: --db wants a postgres://user@host/db URL, got "${storeUrl(opts.values.db)}"`);
  } catch (e) {
    if (e instanceof UsageError || e instanceof SettingError) { process.stderr.write(`detente ingest: ${e.message}\n`); return 2; }
    throw e;
  }
  const v = opts.values;
  const { sources, errors } = expandSources(opts.positionals);
  for (const e of errors) process.stderr.write(`detente: ${e.source}: ${e.message}\n`);
  if (sources.length === 0) return 1;
  // The store is opened (made, on a new database) here, before any worker starts on it.
  const opened = await withStore('ingest', v.db, async () => 0);
  if (opened !== 0) return opened;
  let queue;
  try {
    queue = await openQueue(storeUrl(v.db), settings);
  } catch (e) {
    if (e instanceof QueueError) { process.stderr.write(`detente ingest: ${e.message}\n`); return 1; }
    throw e;
  }
  const counts = { queued: 0, failed: errors.length };
  try {
    const bar = progress(sources.length, !!v.quiet);
    let batch: ArticleJob[] = [];
    for (const source of sources) {
      try {
        const raw = await readSource(source, { maxBytes, timeoutMs, allowPrivate: !!v['allow-private'] });
        batch.push(...toArticles(raw).map((a) => toJob(a, published)));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        counts.failed++;
        process.stderr.write(`detente: ${e.source}: ${e.message}\n`);
      }
      if (batch.length >= BATCH) { counts.queued += await queue.enqueue(batch); batch = []; }
      bar.tick(source);
    }
    counts.queued += await queue.enqueue(batch);
    bar.done();
  } finally {
    await queue.close();
  }
  if (v.json) process.stdout.write(JSON.stringify(counts) + '\n');
  else if (!v.quiet) process.stderr.write(`detente: ${counts.queued} articles queued, ${counts.failed} failed (${storeUrl(v.db).replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')})\n`);
  return counts.failed ? 1 : 0;
}
