#!/usr/bin/env node
// npm run bench: how fast and how lean detente is, from the built dist/ (npm ci builds it).
//
//   node bench/bench.mjs [--corpus DIR] [--html DIR] [--rounds N] [--10k] [--no-jobs] [--no-ingest]
//
//   --corpus DIR  text articles (title line, blank line, paragraphs) the larger sets are made
//                 from (bench/corpus.mjs); default ../shared/corpus/news, else examples/
//   --html DIR    HTML pages (.html or .html.gz); default ../shared/eval/article-extraction/html
//   --rounds N    in-process rounds over the 520 articles (default 2; $BENCH_ROUNDS too)
//   --10k         also the peak memory of extract and ingest over 10,400 articles (several minutes)
//   --no-jobs     skip the 1- against 2-job runs over 1,040 articles
//   --no-ingest   skip ingest into SQLite
//
// It prints, in order:
//   text        articles/s of the pipeline in process over 520 articles (26 copies-with-changes
//               of the corpus when it is small), and wink-nlp's own pipeline (readDoc + tokens)
//               on the same texts in the same run, as a ratio
//   html        pages/s of `extract --jsonl` over the HTML pages, start-up included (the
//               article-extraction set's own measure: pages / wall)
//   jobs        `extract --jsonl` over 1,040 articles with --jobs 0 and 1 (both the main thread
//               alone since perf19), 2 (threads), and 2 with --processes ("2p": the main thread
//               and one child process): wall, CPU, peak RSS (summed over the processes), and the
//               speed-up of 2 jobs over 1 (wall and CPU-based)
//   ingest      articles/s of `ingest` into a fresh SQLite file over 520 articles, and its peak RSS
//   10k         with --10k: peak RSS of extract --jsonl (0 and 2 jobs) and of ingest over 10,400
//
// Whole commands run as child processes; their CPU time comes from /proc/self/stat and their
// peak RSS from /proc/PID/status (VmHWM, polled), on Linux. On a busy machine wall times
// mislead: Linux shares the CPU between sessions (autogroups), not threads, so while other
// sessions keep both cores busy a second worker thread gets no more CPU and 2 jobs take as long
// as 1 on the wall clock. The CPU figures and the "CPU-bound" speed-up (each run's larger of its
// busiest thread and half its CPU, what it takes on two idle cores) say what a quiet machine shows.
import { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { makeCorpus } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string' }, html: { type: 'string' }, rounds: { type: 'string' },
    '10k': { type: 'boolean' }, 'no-jobs': { type: 'boolean' }, 'no-ingest': { type: 'boolean' },
  },
});
const shared = join(root, '..', 'shared');
const corpusDir = flags.corpus ?? positionals[0] ?? (existsSync(join(shared, 'corpus', 'news')) ? join(shared, 'corpus', 'news') : join(root, 'examples'));
const htmlDir = flags.html ?? join(shared, 'eval', 'article-extraction', 'html');
const rounds = Number(flags.rounds ?? process.env.BENCH_ROUNDS ?? 2);
const cli = join(root, 'dist/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'detente-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const { loadKb } = await import(join(root, 'dist/kb/index.js'));
const { loadLexicons } = await import(join(root, 'dist/lexicons/index.js'));
const { runPipeline } = await import(join(root, 'dist/pipeline/run.js'));
const { toArticles } = await import(join(root, 'dist/ingest/to-articles.js'));

/** A set of `n` text articles made from the corpus, written once into the work folder. */
const sets = new Map();
function textSet(n) {
  if (!sets.has(n)) sets.set(n, makeCorpus(corpusDir, n, join(work, `text-${n}`)));
  return join(work, `text-${n}`);
}

// --- text, in process, against wink-nlp -------------------------------------------------
const n520 = textSet(520);
let t = performance.now();
const ctx = { kb: loadKb(), lexicons: loadLexicons() };
const loadMs = performance.now() - t;
const articles = readdirSync(n520).sort().flatMap((f) => toArticles({ source: join(n520, f), bytes: readFileSync(join(n520, f)), hint: 'text' }));
for (const a of articles.slice(0, 20)) runPipeline(a.text, a.meta, ctx, a.titleLine); // warm-up: the gazetteer loads on first use, the JIT settles
t = performance.now();
for (let r = 0; r < rounds; r++) for (const a of articles) runPipeline(a.text, a.meta, ctx, a.titleLine);
const pipeMs = (performance.now() - t) / rounds;
const nlp = winkNLP(model);
for (const a of articles.slice(0, 20)) nlp.readDoc(a.text).tokens().length();
t = performance.now();
let tokens = 0;
for (let r = 0; r < rounds; r++) for (const a of articles) tokens += nlp.readDoc(a.text).tokens().length();
const winkMs = (performance.now() - t) / rounds;
const chars = articles.reduce((n, a) => n + a.text.length, 0);
console.log(`corpus      ${corpusDir}: ${articles.length} articles made from it, ${(chars / 1000).toFixed(0)}k chars, ${tokens / rounds} tokens`);
console.log(`start-up    ${loadMs.toFixed(0)} ms (knowledge base and lexicons)`);
console.log(`text        ${(articles.length / (pipeMs / 1000)).toFixed(1)} articles/s (${(pipeMs / articles.length).toFixed(1)} ms an article, mean of ${rounds} rounds, in process)`);
console.log(`wink-nlp    ${(winkMs / articles.length).toFixed(2)} ms an article alone; extract/wink-nlp = ${(pipeMs / winkMs).toFixed(1)}x`);
console.log(`bench RSS   ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process, the 520 articles held in memory)`);

// --- child processes ----------------------------------------------------------------------
/** CPU seconds of the waited-for children so far (cutime + cstime of /proc/self/stat), or null. */
function childCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch { return null; }
}
/** Per-thread CPU seconds of a live process, from /proc/PID/task/TID/stat. */
function threadCpu(pid) {
  const out = new Map();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const s = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(f[11]) + Number(f[12])) / 100);
    }
  } catch { /* gone */ }
  return out;
}
/** A process and its descendants (the workers of `--processes`), from /proc/PID/task/TID/children. */
function tree(pid) {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      for (const tid of readdirSync(`/proc/${out[i]}/task`)) {
        for (const c of readFileSync(`/proc/${out[i]}/task/${tid}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
      }
    } catch { /* gone */ }
  }
  return out;
}
const vm = (pid, field) => {
  try { return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]); } catch { return 0; }
};
/**
 * Runs detente with `args`: wall ms, CPU s (its descendants' included), peak RSS MB (the largest
 * of the process's own VmHWM and the sum of VmRSS over it and its worker processes at one
 * sample), busiest thread's CPU s.
 */
function run(args) {
  return new Promise((resolve, reject) => {
    const c0 = childCpu();
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { if (err.length < 4000) err += d; });
    let hwm = 0;
    const threads = new Map();
    const poll = setInterval(() => {
      hwm = Math.max(hwm, vm(child.pid, 'VmHWM'));
      const pids = tree(child.pid);
      if (pids.length > 1) hwm = Math.max(hwm, pids.reduce((sum, p) => sum + vm(p, 'VmRSS'), 0));
      for (const p of pids) for (const [tid, cpu] of threadCpu(p)) threads.set(`${p}/${tid}`, cpu);
    }, 50);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0 && code !== 1) { reject(new Error(`detente ${args.join(' ')} exited ${code}: ${err}`)); return; }
      const c1 = childCpu();
      resolve({ wall: performance.now() - t0, cpu: c0 === null ? null : c1 - c0, rss: hwm ? hwm / 1024 : null, busiest: Math.max(0, ...threads.values()) });
    });
  });
}
const mb = (x) => (x === null ? '?' : `${x.toFixed(0)} MB`);
const secs = (x) => (x === null ? '?' : `${x.toFixed(1)} s`);

// --- HTML pages -------------------------------------------------------------------------
if (existsSync(htmlDir)) {
  const pages = join(work, 'html');
  mkdirSync(pages);
  let count = 0;
  for (const f of readdirSync(htmlDir).sort()) {
    if (f.endsWith('.html.gz')) writeFileSync(join(pages, f.slice(0, -3)), gunzipSync(readFileSync(join(htmlDir, f))));
    else if (f.endsWith('.html')) writeFileSync(join(pages, f), readFileSync(join(htmlDir, f)));
    else continue;
    count++;
  }
  const r = await run(['extract', pages, '--jsonl', '--quiet', '--jobs', '0']);
  console.log(`html        ${(count / (r.wall / 1000)).toFixed(1)} pages/s over ${count} pages (extract --jsonl, start-up included; ${secs(r.cpu)} CPU, peak ${mb(r.rss)})`);
} else console.log(`html        skipped: no ${htmlDir}`);

// --- 1 against 2 jobs -------------------------------------------------------------------
if (!flags['no-jobs']) {
  const dir = textSet(1040);
  const by = {};
  // ("2p": two jobs as worker processes, `--processes`; the peak is then the sum over the processes.)
  for (const jobs of ['0', '1', '2', '2p']) {
    by[jobs] = await run(['extract', dir, '--jsonl', '--quiet', '--jobs', jobs.replace('p', ''), ...(jobs.endsWith('p') ? ['--processes'] : [])]);
    const r = by[jobs];
    console.log(`jobs ${jobs.padEnd(2)}     ${(1040 / (r.wall / 1000)).toFixed(1)} articles/s over 1,040 (${secs(r.wall / 1000)} wall, ${secs(r.cpu)} CPU, busiest thread ${secs(r.busiest)}, peak ${mb(r.rss)})`);
  }
  const one = by['1'];
  // On a quiet machine of two cores a run takes about the larger of its busiest thread and half its CPU.
  const quiet = (r) => Math.max(r.busiest, (r.cpu ?? 0) / 2);
  for (const [name, two] of [['2 jobs', by['2']], ['2 job processes', by['2p']]]) {
    console.log(`speed-up    ${name} against 1: ${(one.wall / two.wall).toFixed(2)}x wall; ${(quiet(one) / quiet(two)).toFixed(2)}x CPU-bound (max of busiest thread and CPU/2: ${secs(quiet(one))} against ${secs(quiet(two))})`);
  }
}

// --- ingest into SQLite -----------------------------------------------------------------
if (!flags['no-ingest']) {
  const r = await run(['ingest', n520, '--db', join(work, 'bench.db'), '--quiet']);
  rmSync(join(work, 'bench.db'), { force: true });
  console.log(`ingest      ${(520 / (r.wall / 1000)).toFixed(1)} articles/s into a fresh SQLite file over 520 (${secs(r.wall / 1000)} wall, ${secs(r.cpu)} CPU, peak ${mb(r.rss)})`);
}

// --- 10k --------------------------------------------------------------------------------
if (flags['10k']) {
  const dir = textSet(10400);
  for (const jobs of ['0', '2']) {
    const r = await run(['extract', dir, '--jsonl', '--quiet', '--jobs', jobs]);
    console.log(`10k jobs ${jobs}  peak ${mb(r.rss)} over 10,400 articles (extract --jsonl, ${secs(r.wall / 1000)} wall, ${secs(r.cpu)} CPU)`);
  }
  const r = await run(['ingest', dir, '--db', join(work, 'big.db'), '--quiet']);
  console.log(`10k ingest  peak ${mb(r.rss)} over 10,400 articles into SQLite (${secs(r.wall / 1000)} wall, ${secs(r.cpu)} CPU)`);
}
