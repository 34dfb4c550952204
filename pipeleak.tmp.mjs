import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const root = '/work/main';
const { loadKb } = await import(join(root, 'dist/kb/index.js'));
const { loadLexicons } = await import(join(root, 'dist/lexicons/index.js'));
const { runPipeline } = await import(join(root, 'dist/pipeline/run.js'));
const { toArticles } = await import(join(root, 'dist/ingest/to-articles.js'));
const ctx = { kb: loadKb(), lexicons: loadLexicons() };
const files = readdirSync('/tmp/c10k').sort().slice(0, 2400);
let i = 0;
for (const f of files) {
  for (const a of toArticles({ source: '/tmp/c10k/' + f, bytes: readFileSync('/tmp/c10k/' + f), hint: 'text' })) runPipeline(a.text, a.meta, ctx, a.titleLine);
  if (++i % 600 === 0) { global.gc(); console.log(i, (process.memoryUsage().heapUsed / 1e6).toFixed(1), 'MB heap', (process.memoryUsage().rss / 1e6).toFixed(0), 'MB rss'); }
}
