// `detente extract PATH...`: every input through the pipeline; records on stdout, one clear
// line on stderr per input that failed, and a non-zero exit when any did.
import { parse, checkDate, checkNumber, UsageError } from './args.js';
import { expandSources, InputError } from '../ingest/read-input.js';
import type { ExtractRecord } from '../pipeline/record.js';
import { extractSource, type ExtractOptions } from '../pipeline/extract-source.js';
import { runPool, poolSize, type Outcome } from './pool.js';
import { loadContext } from './context.js';
import { formatSummary } from './summary.js';
import { progress } from './progress.js';
import { writeOut } from './output.js';
import { reportLine, shownSource } from './report.js';

export async function runExtract(args: string[]): Promise<number> {
  let opts;
  try {
    opts = parse(args, {
      json: { type: 'boolean' }, jsonl: { type: 'boolean' }, published: { type: 'string' },
      kb: { type: 'string', multiple: true }, lexicon: { type: 'string', multiple: true }, 'max-size': { type: 'string' }, timeout: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' }, jobs: { type: 'string', short: 'j' },
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
  const records: ExtractRecord[] = [];
  const bar = progress(sources.length, !!v.quiet);
  const mode = v.jsonl ? 'jsonl' : v.json ? 'json' : 'summary';
  // A feed read from the web has its items' pages fetched; a feed file does not, unless asked.
  const fetchLinks = (source: string) => !v['no-fetch-links'] && (!!v['fetch-links'] || /^https?:\/\//i.test(source));
  const optsFor = (source: string): ExtractOptions => ({ maxBytes, timeoutMs, published, fetchLinks: fetchLinks(source), allowPrivate: !!v['allow-private'] });
  const emit = async (index: number, outcome: Outcome) => {
    bar.tick(shownSource(sources[index]));
    if ('error' in outcome) {
      failed++;
      process.stderr.write(reportLine(outcome.error.source, outcome.error.message));
      return;
    }
    for (const warning of outcome.warnings) process.stderr.write(reportLine(sources[index], `warning: ${warning}`));
    for (const record of outcome.records) {
      // jsonl and the summary stream as they go; --json needs the whole list first.
      if (mode === 'jsonl') await writeOut(JSON.stringify(record) + '\n');
      else if (mode === 'summary') await writeOut(formatSummary(record) + '\n');
      else records.push(record);
    }
  };
  const jobs = v.jobs === undefined ? undefined : Number(v.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 0)) { process.stderr.write(`detente extract: --jobs wants a whole number, got "${v.jobs}"\n`); return 2; }
  const workers = sources.includes('-') ? 0 : jobs ?? poolSize(sources.length);
  if (workers) await runPool(sources, workers, v.kb ?? [], v.lexicon ?? [], optsFor, emit);
  else {
    const ctx = loadContext(v.kb ?? [], v.lexicon ?? []);
    for (let i = 0; i < sources.length; i++) {
      let outcome: Outcome;
      try {
        outcome = await extractSource(sources[i], optsFor(sources[i]), ctx);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        outcome = { error: e };
      }
      await emit(i, outcome);
    }
  }
  bar.done();
  if (mode === 'json' && (records.length > 0 || failed === 0)) {
    await writeOut(JSON.stringify(records.length === 1 ? records[0] : records, null, 2) + '\n');
  }
  if (failed) process.stderr.write(`detente: ${failed} input${failed > 1 ? 's' : ''} failed\n`);
  return failed ? 1 : 0;
}
