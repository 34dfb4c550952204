// How far the extractor is from the expectations of invented wire articles (issue 9):
// `node --import tsx scripts/score-wild.ts [wild-articles|wild-articles-2] [-v]` prints events and
// claims F1 (and positions F1 where the articles list positions) over the folder (deeds only, as test/wild-expectations.ts counts them), and with -v
// every problem of every article.
import { extract } from '../test/helpers.js';
import { wildArticles, compare } from '../test/wild-expectations.js';

// (A path to the folder is taken too: `test/fixtures/wild-articles-4` is `wild-articles-4`.)
const folder = (process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'wild-articles').replace(/\/+$/, '').split('/').pop()!;
const verbose = process.argv.includes('-v');
const sum = { e: { tp: 0, fp: 0, fn: 0 }, c: { tp: 0, fp: 0, fn: 0 }, p: { tp: 0, fp: 0, fn: 0 }, det: { ok: 0, n: 0 }, src: 0 };
let withPositions = 0;
const f1 = (x: { tp: number; fp: number; fn: number }): string => (x.tp ? (200 * x.tp) / (2 * x.tp + x.fp + x.fn) : 0).toFixed(1);
for (const [name, article, text] of wildArticles(folder)) {
  const rep = compare(extract(text, article.published), article);
  for (const k of ['tp', 'fp', 'fn'] as const) { sum.e[k] += rep.events[k]; sum.c[k] += rep.claims[k]; }
  sum.det.ok += rep.details.ok; sum.det.n += rep.details.n; sum.src += rep.sourceOk;
  // (Positions are scored only for articles that list them; the older folders' lines are unchanged.)
  const pos = rep.positions;
  if (pos) { withPositions++; for (const k of ['tp', 'fp', 'fn'] as const) sum.p[k] += pos[k]; }
  console.log(`${name}: events ${f1(rep.events)} (tp ${rep.events.tp} fp ${rep.events.fp} fn ${rep.events.fn}), claims ${f1(rep.claims)} (tp ${rep.claims.tp} fp ${rep.claims.fp} fn ${rep.claims.fn})${pos ? `, positions ${f1(pos)} (tp ${pos.tp} fp ${pos.fp} fn ${pos.fn})` : ''}`);
  if (verbose) for (const p of rep.problems) console.log('   ' + p);
}
console.log(`ALL ${folder}: events F1 ${f1(sum.e)} (tp ${sum.e.tp} fp ${sum.e.fp} fn ${sum.e.fn}); event details ${sum.det.ok}/${sum.det.n}; claims F1 ${f1(sum.c)} (tp ${sum.c.tp} fp ${sum.c.fp} fn ${sum.c.fn}); claim sources right ${sum.src}/${sum.c.tp}${withPositions ? `; positions F1 ${f1(sum.p)} (tp ${sum.p.tp} fp ${sum.p.fp} fn ${sum.p.fn}, ${withPositions} articles)` : ''}`);
