// CPU per pipeline stage as a process warms up: the bench's articles in order, per stage the mean
// CPU milliseconds of each bucket of articles (the first bucket holds the cold start).
//   node scripts/warm-curve.mjs DIR [BUCKET]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContext } from '../dist/cli/context.js';
import { STAGES } from '../dist/pipeline/run.js';
import { createDoc } from '../dist/doc/model.js';
import { toRecord } from '../dist/pipeline/record.js';

const [dir, bucketArg] = process.argv.slice(2);
const bucket = Number(bucketArg ?? 104);
const ctx = loadContext([], []);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const names = [...STAGES.map((s) => s.name), 'record'];
let sums = new Map(names.map((n) => [n, 0]));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
console.log(['articles', ...names, 'all'].join('\t'));
files.forEach((f, i) => {
  const text = readFileSync(join(dir, f), 'utf8');
  let doc = createDoc(text, { title: null, published: '2026-02-05', url: null, source: f }, true);
  for (const s of STAGES) { const t = cpu(); doc = s.run(doc, ctx); sums.set(s.name, sums.get(s.name) + cpu() - t); }
  const t = cpu(); JSON.stringify(toRecord(doc)); sums.set('record', sums.get('record') + cpu() - t);
  if ((i + 1) % bucket === 0) {
    const row = names.map((n) => (sums.get(n) / bucket).toFixed(2));
    const all = [...sums.values()].reduce((a, b) => a + b, 0) / bucket;
    console.log([i + 1, ...row, all.toFixed(2)].join('\t'));
    sums = new Map(names.map((n) => [n, 0]));
  }
});
