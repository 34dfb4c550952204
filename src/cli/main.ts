#!/usr/bin/env node
// detente's command line: one file per command, thin over the pipeline.
// (A larger young generation, --max-semi-space-size=32, once saved 15% of the time; since the
// HTML tree and the text stages allocate less it gains nothing and costs 30 MB, so it is gone.)
// Commands are imported when run: `detente --help` need not load the knowledge base.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 lets a heap grow to up to 4 times what survived its last full collection before it
// collects again; with 70-100 MB of knowledge, model and compiled code alive, a batch peaked
// at 480 MB (docs/performance.md). Growing by 30% instead keeps one extracting thread under
// 300 MB for about 3% more CPU. It applies to every isolate of the process, worker threads too. It is not a
// cap: a large input still gets the heap it needs. A --heap-growing-percent given to node wins.
const given = (flag: string) => process.execArgv.some((a) => a.replace(/_/g, '-').replace(/^--no-/, '--').startsWith(flag));
if (!given('--heap-growing-percent')) setFlagsFromString('--heap-growing-percent=30');
// TurboFan inlined whole call trees into the pipeline's large stage functions: each such
// compile took up to a second or two of CPU on V8's helper threads, about a third as much CPU
// again as the extraction itself over 520 articles (docs/performance.md). At one job those
// threads ran on the idle core, at two they took it from the workers. Without inlining the
// compiles are small and the extraction runs at about the same speed (2% slower at most in
// the runs measured); 12% less CPU in all, and 35 MB less memory at two jobs.
// Set before any worker starts, so every isolate compiles this way. A --turbo-inlining given to node wins.
if (!given('--turbo-inlining')) setFlagsFromString('--no-turbo-inlining');
// Sparkplug, V8's tier between the interpreter and TurboFan, compiles every warm function to
// machine code that the long batches of `extract` soon replace with TurboFan's: without it each
// isolate holds 1.6 MB less code (two jobs: peak 301 -> 286-290 MB over 1,040 articles, 327 ->
// 323 MB over 10,400, about the noise of single peaks) for no more CPU (one thread over 300
// articles, side by side: 18.6 s against 19.1 s; one job over 1,040: 53.3 s against 54.1 s).
// A --sparkplug given to node wins.
if (!given('--sparkplug')) setFlagsFromString('--no-sparkplug');
// (--no-regexp-tier-up, which compiles each regular expression once, straight to machine code,
// is NOT set here: set at run time with setFlagsFromString it made about 1 process in 40 die of a
// segmentation fault during start-up (2 of 80 runs against 0 of 48 without; docs/performance.md,
// sixteenth session). Forked --processes workers get it on their command line, where V8 reads it
// before it starts; `node --no-regexp-tier-up` gives it to the main process the same safe way.)

const HELP = `detente — an evidence-linked ledger of who wants what, who met whom, what happened, and who says so

Usage:
  detente extract PATH... [--json | --jsonl] [--published YYYY-MM-DD] [--kb FILE]... [--lexicon FILE]... [--max-size MB] [--timeout S] [--jobs N [--processes]] [--[no-]fetch-links] [--allow-private] [--quiet]
      --jobs N: N streams (1 or 0: this thread alone; N >= 2: N worker threads sharing one gazetteer; with --processes, this thread and N - 1 child processes: faster on two cores, more memory)
      PATH: a .txt/.md file, an HTML page, an RSS/Atom feed, a folder (read recursively), - for stdin, or an http(s) URL
      --allow-private: let URLs reach loopback, private and link-local addresses (your own network)
  detente code FILE.jsonl [--kb FILE]... [--lexicon FILE]...   code {"id","text"} sentences with PLOVER event types
  detente kb import FILE [--out FILE]   turn a Wikidata JSON export into a detente knowledge file
  detente kb check [FILE...]       validate the shipped knowledge and your own files
  detente ingest PATH... [--db URL] [--published YYYY-MM-DD] [--jobs N [--processes]] [--json] [--quiet]   extract and store articles in the ledger
      --db: an SQLite file (default $DETENTE_DB or ./detente.db) or postgres://user@host/db
  detente ingest --queue PATH... --db postgres://... [--published YYYY-MM-DD] [--json]   put the articles on the queue for workers instead
  detente worker --db postgres://... [--drain] [--verbose] [--json]   take articles from the queue, extract and store them (one a core, any number of machines)
  detente watch FEED_URL... --db postgres://... [--every 10m] [--once] [--allow-private]   queue the new items of RSS/Atom feeds
      queue settings (flag or environment): --expire S ($DETENTE_QUEUE_EXPIRE, 120) a taken job unfinished this long goes back to the queue;
      --retries N ($DETENTE_QUEUE_RETRIES, 3); --retry-delay S ($DETENTE_QUEUE_RETRY_DELAY, 5); --poll S ($DETENTE_QUEUE_POLL, 2);
      --maintenance S ($DETENTE_QUEUE_MAINTENANCE, 30) how often workers look for lost jobs
  detente reprocess [--db URL]     re-extract the articles an older pipeline stored
  detente correct KIND ARTICLE IDX (--reject | --set FIELD=VALUE...) --reason TEXT --analyst NAME [--db URL]
                                   an analyst's correction of a position, event or claim (--list lists them)
  detente positions [--actor A] [--issue I] [--since D] [--history] [--json]   the actors x issues matrix
  detente events [--type T] [--actor A] [--country CC] [--since D] [--until D] [--json]   the timeline
  detente actor NAME [--json]      everything on one actor
  detente search TEXT [--json]     full-text search, with the matching facts
  detente articles [--json]        the stored articles
  detente export events|positions|claims|actors --format csv|jsonl [--out FILE]
  detente serve [--db URL] [--port N] [--host H]   the HTTP API and the dashboard over a store (127.0.0.1:8765; writes need DETENTE_TOKEN)
  detente demo [--db FILE] [--port N] [--no-serve]   ingest the bundled demo (examples/demo) into a fresh SQLite file and serve it
  detente --version
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract': return (await import('./extract.js')).runExtract(rest);
    case 'code': return (await import('./code.js')).runCode(rest);
    case 'kb': return (await import('./kb.js')).runKb(rest);
    case 'ingest': return (await import('./ingest.js')).runIngest(rest);
    case 'worker': return (await import('./queue-worker.js')).runQueueWorker(rest);
    case 'watch': return (await import('./watch.js')).runWatch(rest);
    case 'reprocess': return (await import('./reprocess.js')).runReprocess(rest);
    case 'correct': return (await import('./correct.js')).runCorrect(rest);
    case 'positions': return (await import('./positions.js')).runPositions(rest);
    case 'events': return (await import('./events.js')).runEvents(rest);
    case 'actor': return (await import('./actor.js')).runActor(rest);
    case 'search': return (await import('./search.js')).runSearch(rest);
    case 'articles': return (await import('./articles.js')).runArticles(rest);
    case 'export': return (await import('./export.js')).runExport(rest);
    case 'serve': return (await import('./serve.js')).runServe(rest);
    case 'demo': return (await import('./demo.js')).runDemo(rest);
    case '-v': case '--version':
      process.stdout.write(`detente ${version()}\n`);
      return 0;
    case undefined: case '-h': case '--help': case 'help':
      process.stdout.write(HELP);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`detente: unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`detente: ${(e as Error).message ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
