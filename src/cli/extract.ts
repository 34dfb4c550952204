// `detente extract PATH...`: every input through the pipeline; records on stdout, one clear
// line on stderr per input that failed, and a non-zero exit when any did.
import { parse, checkDate, checkNumber, UsageError } from './args.js';
import { expandSources, readSource, InputError } from '../ingest/read-input.js';
import { toArticles } from '../pipeline/article.js';
import { runPipeline } from '../pipeline/run.js';
import { toRecord, type ExtractRecord } from '../pipeline/record.js';
import { loadContext } from './context.js';
import { formatSummary } from './summary.js';
import { progress } from './progress.js';
import { writeOut } from './output.js';

export async function runExtract(args: string[]): Promise<number> {
  let opts;
  try {
    opts = parse(args, {
      json: { type: 'boolean' }, jsonl: { type: 'boolean' }, published: { type: 'string' },
      kb: { type: 'string', multiple: true }, 'max-size': { type: 'string' }, timeout: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
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
  const ctx = loadContext(v.kb ?? []);
  const { sources, errors } = expandSources(opts.positionals);
  let failed = errors.length;
  for (const e of errors) process.stderr.write(`detente: ${e.source}: ${e.message}\n`);
  const records: ExtractRecord[] = [];
  const bar = progress(sources.length, !!v.quiet);
  const mode = v.jsonl ? 'jsonl' : v.json ? 'json' : 'summary';
  for (const source of sources) {
    bar.tick(source);
    try {
      const raw = await readSource(source, { maxBytes, timeoutMs });
      for (const article of toArticles(raw)) {
        const meta = { ...article.meta, published: published ?? article.meta.published };
        const record = toRecord(runPipeline(article.text, meta, ctx, article.titleLine));
        // jsonl and the summary stream as they go; --json needs the whole list first.
        if (mode === 'jsonl') await writeOut(JSON.stringify(record) + '\n');
        else if (mode === 'summary') await writeOut(formatSummary(record) + '\n');
        else records.push(record);
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failed++;
      process.stderr.write(`detente: ${e.source}: ${e.message}\n`);
    }
  }
  bar.done();
  if (mode === 'json' && (records.length > 0 || failed === 0)) {
    await writeOut(JSON.stringify(records.length === 1 ? records[0] : records, null, 2) + '\n');
  }
  if (failed) process.stderr.write(`detente: ${failed} input${failed > 1 ? 's' : ''} failed\n`);
  return failed ? 1 : 0;
}
