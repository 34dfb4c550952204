// Pass rates of the invented paraphrase grid (issue 9, round posgrid):
// `npx tsx scripts/score-grid.ts [-v] [--batch N]` prints, per batch, the passages whose expected
// positions are all found (a negative passage: none found), the expected positions found, and with
// -v every failing passage with what it gave, and with -x every passage's other positions (those no
// expectation names).
import { readFileSync } from 'node:fs';
import { extract } from '../test/helpers.js';

interface Expected { holder: string; stance: string; issue: string }
interface Passage { id: string; batch: number; cell?: string; text: string; expect: Expected[]; negative?: boolean; known?: Expected[] }
const fixture = JSON.parse(readFileSync(new URL('../test/fixtures/positions-grid.json', import.meta.url), 'utf8')) as { passages: Passage[] };
const verbose = process.argv.includes('-v');
const extras = process.argv.includes('-x');
const only = process.argv.includes('--batch') ? Number(process.argv[process.argv.indexOf('--batch') + 1]) : null;
const rows = new Map<number, { pass: number; n: number; negPass: number; neg: number; found: number; want: number; extra: number }>();
for (const p of fixture.passages) {
  if (only !== null && p.batch !== only) continue;
  const row = rows.get(p.batch) ?? { pass: 0, n: 0, negPass: 0, neg: 0, found: 0, want: 0, extra: 0 };
  rows.set(p.batch, row);
  const record = extract(`Title\n\n${p.text}`, '2025-06-11');
  const got = record.positions.map((x) => `${x.holder} ${x.stance} ${x.issue}`);
  const wants = [...p.expect, ...(p.known ?? [])].map((w) => `${w.holder} ${w.stance} ${w.issue}`);
  const hit = wants.filter((w) => got.includes(w)).length;
  const ok = p.negative ? got.length === 0 : hit === wants.length;
  row.n++; if (ok) row.pass++;
  if (p.negative) { row.neg++; if (ok) row.negPass++; }
  row.found += hit; row.want += wants.length; row.extra += got.filter((g) => !wants.includes(g)).length;
  const other = got.filter((g) => !wants.includes(g));
  if (extras && other.length > 0) console.log(`OTHER ${p.id}: ${other.join('; ')}`);
  if (verbose && !ok) console.log(`FAIL ${p.id} [${p.cell ?? 'negative'}]\n  ${p.text}\n  want: ${wants.join('; ') || '(none)'}\n  got:  ${got.join('; ') || '(none)'}`);
}
for (const [batch, r] of [...rows].sort((a, b) => a[0] - b[0])) {
  console.log(`batch ${batch}: passages ${r.pass}/${r.n} (negatives ${r.negPass}/${r.neg}); expected positions found ${r.found}/${r.want}; other positions ${r.extra}`);
}
