#!/usr/bin/env node
// node bench/hostile.mjs [--sizes 125000,250000,...] [--only NAME,...] [--limit SECONDS]
// The time curve of the text pipeline on inputs built to hurt: for each kind of input and
// each size, the CPU time of one run of every stage (dist/, as `extract` runs it), the time per
// megabyte and the ratio to the size before. Linear work keeps the ratio near 2 when the size
// doubles; a ratio near 4 is quadratic. A kind stops growing once one run takes over --limit.
// Uses the built dist/ (npx tsc -p tsconfig.json). Prints figures; asserts nothing.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostileText, HOSTILE_KINDS } from './hostile-inputs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadKb } = await import(join(root, 'dist/kb/index.js'));
const { loadLexicons } = await import(join(root, 'dist/lexicons/index.js'));
const { runPipeline } = await import(join(root, 'dist/pipeline/run.js'));
const { toRecord } = await import(join(root, 'dist/pipeline/record.js'));
const { toArticles } = await import(join(root, 'dist/ingest/to-articles.js'));

const arg = (name, dflt) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const sizes = arg('--sizes', '125000,250000,500000,1000000,2000000,5000000').split(',').map(Number);
const only = arg('--only', '') ? arg('--only', '').split(',') : HOSTILE_KINDS;
const limit = Number(arg('--limit', '60'));

const ctx = { kb: loadKb(), lexicons: loadLexicons() };
const meta = { title: null, published: '2025-03-11', url: null, source: 'bench' };
runPipeline('Warm-up\n\nPutin met Zelensky in Geneva on Monday, officials said.', meta, ctx); // the gazetteer loads on first use

/** CPU seconds (user + system) of reading `text` as a .txt file, running every stage and building the record. */
function cpuSeconds(text) {
  const before = process.cpuUsage();
  for (const a of toArticles({ source: 'bench.txt', bytes: Buffer.from(text), hint: 'text' })) toRecord(runPipeline(a.text, a.meta, ctx, a.titleLine));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

console.log('kind'.padEnd(14), 'chars'.padStart(9), 'cpu s'.padStart(8), 's/MB'.padStart(7), 'x prev'.padStart(7));
for (const kind of only) {
  let prev = null;
  for (const n of sizes) {
    const text = hostileText(kind, n);
    const s = cpuSeconds(text);
    const ratio = prev ? (s / prev).toFixed(2) : '';
    console.log(kind.padEnd(14), String(text.length).padStart(9), s.toFixed(2).padStart(8), (s / (text.length / 1e6)).toFixed(2).padStart(7), ratio.padStart(7));
    prev = s;
    if (s > limit) { console.log(kind.padEnd(14), `stops: one run took over ${limit} s`); break; }
  }
}
