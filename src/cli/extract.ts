// `detente extract PATH...`: every input through the pipeline; records on stdout, one clear
// line on stderr per input that failed, and a non-zero exit when any did.
import { parse, checkDate, checkNumber, UsageError } from './args.js';
import { expandSources, InputError } from '../ingest/read-input.js';
import type { ExtractOptions } from '../pipeline/extract-source.js';
import { runPool, poolSize, type Outcome } from './pool.js';
import type { ExtractWorkerData } from './worker.js';
import { formatRecord, JsonListWriter, type RecordFormat } from './record-format.js';
import { progress } from './progress.js';
import { writeOut } from './output.js';
import { reportLine, shownSource } from './report.js';

export async function runExtract(args: string[]): Promise<number> {
  let opts;
  try {
    opts = parse(args, {
      json: { type: 'boolean' }, jsonl: { type: 'boolean' }, published: { type: 'string' },
      kb: { type: 'string', multiple: true }, lexicon: { type: 'string', multiple: true }, 'max-size': { type: 'string' }, timeout: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' }, jobs: { type: 'string', short: 'j' }, processes: { type: 'boolean' },
      'fetch-links': { type: 'boolean' }, 'no-fetch-links': { type: 'boolean' }, 'allow-private': { type: 'boolean' },
    });
    if (opts.values.json && opts.values.jsonl) throw new UsageError('choose one of --json and --jsonl');
    if (opts.positionals.length === 0) throw new UsageError('extract needs at least one PATH (a file, a folder, - or a URL)');
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`detente extract: ${e.message}\n`); return 2; }
    throw e;
  }
  const v = opts.values;
  let published: string | null;
  let maxBytes: number;
  let timeoutMs: number;
  try {
    published = checkDate(v.published, '--published');
    maxBytes = checkNumber(v['max-size'], '--max-size', 5) * 1048576;
    timeoutMs = checkNumber(v.timeout, '--timeout', 20) * 1000;
  } catch (e) {
    process.stderr.write(`detente extract: ${(e as Error).message}\n`);
    return 2;
  }
  const { sources, errors } = expandSources(opts.positionals);
  let failed = errors.length;
  for (const e of errors) process.stderr.write(reportLine(e.source, e.message));
  const bar = progress(sources.length, !!v.quiet);
  const format: RecordFormat = v.jsonl ? 'jsonl' : v.json ? 'json' : 'summary';
  // Every record is written as soon as its turn comes; --json too, as a list written piece by piece.
  const list = new JsonListWriter(writeOut);
  const print = (text: string) => (format === 'json' ? list.add(text) : writeOut(text));
  // A feed read from the web has its items' pages fetched; a feed file does not, unless asked.
  const fetchLinks = (source: string) => !v['no-fetch-links'] && (!!v['fetch-links'] || /^https?:\/\//i.test(source));
  const optsFor = (source: string): ExtractOptions => ({ maxBytes, timeoutMs, published, fetchLinks: fetchLinks(source), allowPrivate: !!v['allow-private'] });
  const emit = async (source: string, outcome: Outcome<Extracted>) => {
    bar.tick(shownSource(source));
    if ('error' in outcome) {
      failed++;
      process.stderr.write(reportLine(outcome.error.source, outcome.error.message));
      return;
    }
    for (const warning of outcome.result.warnings) process.stderr.write(reportLine(source, `warning: ${warning}`));
    for (const text of outcome.result.items) await print(text);
  };
  const jobs = v.jobs === undefined ? undefined : Number(v.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0)) { process.stderr.write(`detente extract: --jobs wants a whole number, got "${v.jobs}"\n`); return 2; }
  // --jobs N: N streams of extraction. One is the main thread alone (a worker thread for it only
  // cost its start-up and the messages: `--jobs 1` ran slower than `--jobs 0`). With threads, N
  // workers and a main thread that hands out sources and writes; with --processes the main
  // thread is one of the streams, beside N - 1 child processes (one process's memory less, the
  // same CPU). The main thread extracting beside worker *threads* cost more CPU and memory than
  // a worker of its own: its isolate keeps V8's defaults (a 48 MB young generation, compiles on
  // helper threads), which the pool cannot change after start-up (docs/performance.md, perf19).
  const streams = sources.includes('-') ? 1 : Math.max(1, Math.min(jobs ?? poolSize(sources.length), sources.length));
  // Imported when this thread extracts, not above: `detente --help` need not load the pipeline
  // (its modules, the wink-nlp model and the knowledge base). With workers, it loads after they
  // have started, so that they load theirs at the same time.
  let here: Promise<(source: string, opts: ExtractOptions) => Promise<Extracted>> | null = null;
  const extractHere = (source: string, opts: ExtractOptions) => (here ??= (async () => {
    const [{ extractSource }, { loadContext }] = await Promise.all([import('../pipeline/extract-source.js'), import('./context.js')]);
    const ctx = loadContext(v.kb ?? [], v.lexicon ?? []);
    return async (s: string, o: ExtractOptions): Promise<Extracted> => {
      const { records, warnings } = await extractSource(s, o, ctx);
      return { items: records.map((r) => formatRecord(r, format)), warnings };
    };
  })()).then((fn) => fn(source, opts));
  if (streams > 1) {
    const workerData: ExtractWorkerData = { kbFiles: v.kb ?? [], lexiconFiles: v.lexicon ?? [], format };
    await runPool<Extracted>(sources, optsFor, (_, source, outcome) => emit(source, outcome), {
      size: streams, workerData, processes: v.processes === true, local: v.processes === true ? (source, opts) => extractHere(source, opts as ExtractOptions) : undefined,
    });
  } else {
    for (const source of sources) {
      let outcome: Outcome<Extracted>;
      try {
        outcome = { result: await extractHere(source, optsFor(source)) };
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        outcome = { error: e };
      }
      await emit(source, outcome);
      // Let the event loop turn between sources: reading files and writing to a file are
      // synchronous, so without this a whole batch ran as one task and what is released only
      // between tasks piled up with it (3,000 articles: peak 390 MB without, 245 MB with).
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  bar.done();
  if (format === 'json') await list.end(failed === 0);
  if (failed) process.stderr.write(`detente: ${failed} input${failed > 1 ? 's' : ''} failed\n`);
  return failed ? 1 : 0;
}

/** A source's records as text, and the warnings to print for it. */
interface Extracted { items: string[]; warnings: string[] }
