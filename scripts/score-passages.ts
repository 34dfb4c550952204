// Positions P/R/F1 on an invented passage fixture whose passages carry a full `gold` list (holder,
// stance and issue may each be a list of alternatives; `optional` items are neither missed nor false
// when found), as in test/fixtures/positions-pos23.json:
//
//   node --import tsx scripts/score-passages.ts FILE [--half tune|check] [-v]
//
// Each gold item is matched to at most one system position (holder, stance and issue each among its
// alternatives); an unmatched system position is false unless an optional item takes it; a negative
// passage's every position is false. -v prints the failing passages and is refused on the check half
// (the check half is measured in aggregate only: never used to choose rules).
import { readFileSync } from 'node:fs';
import { extract } from '../test/helpers.js';

type Alt = string | string[];
interface Gold { holder: Alt; stance: Alt; issue: Alt; optional?: boolean }
interface Passage { id: string; half?: string; text: string; gold: Gold[]; negative?: boolean }

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('-') && args[args.indexOf(a) - 1] !== '--half') ?? 'positions-pos23.json';
const half = args.includes('--half') ? args[args.indexOf('--half') + 1] : null;
const verbose = args.includes('-v');
if (verbose && half !== 'tune') {
  console.error('score-passages: -v only with --half tune (the check half is read in aggregate only)');
  process.exit(2);
}
const path = file.includes('/') ? file : new URL(`../test/fixtures/${file}`, import.meta.url);
const passages = (JSON.parse(readFileSync(path, 'utf8')) as { passages: Passage[] }).passages
  .filter((p) => half === null || p.half === half);
const has = (alt: Alt, v: string): boolean => (Array.isArray(alt) ? alt.includes(v) : alt === v);
const show = (g: Gold): string => [g.holder, g.stance, g.issue].map((a) => (Array.isArray(a) ? a.join('|') : a)).join(' ') + (g.optional ? ' (optional)' : '');

let tp = 0; let fp = 0; let fn = 0; let negClean = 0; let neg = 0;
for (const p of passages) {
  const record = extract(`Title\n\n${p.text}`, '2025-06-11');
  const got = record.positions.map((x) => ({ holder: x.holder, stance: x.stance, issue: x.issue, used: false }));
  const missed: Gold[] = [];
  // required items first, so that an optional item never takes the position a required one needs
  for (const g of [...p.gold.filter((x) => !x.optional), ...p.gold.filter((x) => x.optional)]) {
    const fits = (x: (typeof got)[number]): boolean => !x.used && has(g.holder, x.holder) && has(g.stance, x.stance) && has(g.issue, x.issue);
    if (g.optional) { for (const x of got.filter(fits)) x.used = true; continue; } // an optional item takes every position it fits
    const hit = got.find(fits);
    if (hit) { hit.used = true; tp++; } else { fn++; missed.push(g); }
  }
  const extra = got.filter((x) => !x.used);
  fp += extra.length;
  if (p.negative) { neg++; if (got.length === 0) negClean++; }
  if (verbose && (missed.length > 0 || extra.length > 0)) {
    console.log(`${p.id}\n  ${p.text}\n  missed: ${missed.map(show).join('; ') || '-'}\n  false:  ${extra.map((x) => `${x.holder} ${x.stance} ${x.issue}`).join('; ') || '-'}`);
  }
}
const P = tp + fp === 0 ? 0 : (100 * tp) / (tp + fp);
const R = tp + fn === 0 ? 0 : (100 * tp) / (tp + fn);
const F = P + R === 0 ? 0 : (2 * P * R) / (P + R);
console.log(`${half ?? 'all'}: passages ${passages.length}, positions P ${P.toFixed(1)} R ${R.toFixed(1)} F1 ${F.toFixed(1)} (${tp}/${fp}/${fn}); negatives clean ${negClean}/${neg}`);
