#!/usr/bin/env node
// npm run bench: articles per second and peak memory of `extract` over ../shared/corpus/news
// (or the bundled examples when that folder is absent), and in the same run the time of
// wink-nlp alone on the same texts, printed as a ratio. Uses the built dist/ (npm ci builds it).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadKb } = await import(join(root, 'dist/kb/index.js'));
const { loadLexicons } = await import(join(root, 'dist/lexicons/index.js'));
const { runPipeline } = await import(join(root, 'dist/pipeline/run.js'));
const { toArticles } = await import(join(root, 'dist/ingest/to-articles.js'));
const { listFolder } = await import(join(root, 'dist/ingest/read-input.js'));

const corpus = join(root, '..', 'shared', 'corpus', 'news');
const dir = process.argv[2] ?? (existsSync(corpus) ? corpus : join(root, 'examples'));
const files = listFolder(dir);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

let t = performance.now();
const ctx = { kb: loadKb(), lexicons: loadLexicons() };
const loadMs = performance.now() - t;
const articles = files.flatMap((f) => toArticles({ source: f, bytes: readFileSync(f), hint: f.endsWith('.txt') ? 'text' : 'sniff' }));
runPipeline(articles[0].text, articles[0].meta, ctx, articles[0].titleLine); // warm-up: the gazetteer loads on first use

t = performance.now();
for (let r = 0; r < rounds; r++) for (const a of articles) runPipeline(a.text, a.meta, ctx, a.titleLine);
const pipeMs = (performance.now() - t) / rounds;

const nlp = winkNLP(model);
t = performance.now();
let tokens = 0;
for (let r = 0; r < rounds; r++) for (const a of articles) tokens += nlp.readDoc(a.text).tokens().length();
const winkMs = (performance.now() - t) / rounds;

const chars = articles.reduce((n, a) => n + a.text.length, 0);
const mb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
console.log(`corpus      ${dir}: ${articles.length} articles, ${(chars / 1000).toFixed(0)}k chars, ${tokens / rounds} tokens`);
console.log(`start-up    ${loadMs.toFixed(0)} ms (knowledge base and lexicons)`);
console.log(`extract     ${(articles.length / (pipeMs / 1000)).toFixed(1)} articles/s (${(pipeMs / articles.length).toFixed(1)} ms an article, mean of ${rounds} rounds)`);
console.log(`wink-nlp    ${(winkMs / articles.length).toFixed(2)} ms an article alone; extract/wink-nlp = ${(pipeMs / winkMs).toFixed(1)}x`);
console.log(`peak memory ${mb} MB RSS`);

// Ingest into SQLite against `extract --jsonl` on the same files, each a fresh process
// (start-up included in both), best of BENCH_ROUNDS alternating runs: the store must not be
// the bottleneck. Wall time, and CPU time of the child (from /proc, on Linux), which a busy
// machine disturbs less.
const { spawnSync } = await import('node:child_process');
const { mkdtempSync, rmSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const cli = join(root, 'dist/cli/main.js');
/** CPU seconds of the waited-for children so far (cutime + cstime of /proc/self/stat), or null. */
const childCpu = () => {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch { return null; }
};
const timed = (args) => {
  const c0 = childCpu();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`detente ${args[0]} failed: ${r.stderr}`);
  const c1 = childCpu();
  return { wall: performance.now() - t0, cpu: c0 === null ? null : (c1 - c0) * 1000 };
};
const best = { extract: { wall: Infinity, cpu: Infinity }, ingest: { wall: Infinity, cpu: Infinity } };
const keep = (name, t) => { best[name].wall = Math.min(best[name].wall, t.wall); best[name].cpu = t.cpu === null ? null : Math.min(best[name].cpu, t.cpu); };
for (let r = 0; r < rounds; r++) {
  keep('extract', timed(['extract', dir, '--jsonl', '--quiet']));
  const tmp = mkdtempSync(join(tmpdir(), 'detente-bench-'));
  keep('ingest', timed(['ingest', dir, '--db', join(tmp, 'bench.db'), '--quiet']));
  rmSync(tmp, { recursive: true, force: true });
}
const rate = (ms) => (articles.length / (ms / 1000)).toFixed(1);
console.log(`ingest      ${rate(best.ingest.wall)} articles/s into a fresh SQLite file, extract --jsonl ${rate(best.extract.wall)} articles/s (whole commands, wall, best of ${rounds}): ingest/extract throughput = ${((best.extract.wall / best.ingest.wall) * 100).toFixed(0)}%`);
if (best.ingest.cpu !== null) {
  console.log(`ingest cpu  ${(best.ingest.cpu / 1000).toFixed(2)} s against extract --jsonl ${(best.extract.cpu / 1000).toFixed(2)} s of CPU: ingest/extract throughput = ${((best.extract.cpu / best.ingest.cpu) * 100).toFixed(0)}%`);
}
