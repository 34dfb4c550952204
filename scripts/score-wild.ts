// How far the extractor is from the expectations of invented wire articles (issue 9):
// `node --import tsx scripts/score-wild.ts [wild-articles|wild-articles-2] [-v]` prints events and
// claims F1 (and positions F1 where the articles list positions) over the folder (deeds only, as test/wild-expectations.ts counts them), and with -v
// every problem of every article.
import { extract } from '../test/helpers.js';
import { folderTotals, f1, type Counts } from '../test/wild-expectations.js';

// (A path to the folder is taken too: `test/fixtures/wild-articles-4` is `wild-articles-4`.)
const folder = (process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'wild-articles').replace(/\/+$/, '').split('/').pop()!;
const verbose = process.argv.includes('-v');
const fmt = (x: Counts): string => f1(x).toFixed(1);
const sum = folderTotals(folder, extract, (name, rep) => {
  // (Positions are scored only for articles that list them; the older folders' lines are unchanged.)
  const pos = rep.positions;
  console.log(`${name}: events ${fmt(rep.events)} (tp ${rep.events.tp} fp ${rep.events.fp} fn ${rep.events.fn}), claims ${fmt(rep.claims)} (tp ${rep.claims.tp} fp ${rep.claims.fp} fn ${rep.claims.fn})${pos ? `, positions ${fmt(pos)} (tp ${pos.tp} fp ${pos.fp} fn ${pos.fn})` : ''}`);
  if (verbose) for (const p of rep.problems) console.log('   ' + p);
});
const { events: e, claims: c, positions: p } = sum;
console.log(`ALL ${folder}: events F1 ${fmt(e)} (tp ${e.tp} fp ${e.fp} fn ${e.fn}); event details ${sum.details.ok}/${sum.details.n}; claims F1 ${fmt(c)} (tp ${c.tp} fp ${c.fp} fn ${c.fn}); claim sources right ${sum.sources}/${c.tp}${sum.withPositions ? `; positions F1 ${fmt(p)} (tp ${p.tp} fp ${p.fp} fn ${p.fn}, ${sum.withPositions} articles)` : ''}${sum.actors.n ? `; actors ${sum.actors.ok}/${sum.actors.n}, places ${sum.places.ok}/${sum.places.n}` : ''}`);
