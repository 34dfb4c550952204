// No regular expression of src/ backtracks super-linearly unless it is on the open list below,
// each with where it runs. Checked with recheck (makenowjust-labs/recheck): it finds both
// exponential and polynomial (e.g. quadratic) backtracking, with an attack string, and reads
// look-behind and back-references (safe-regex2 only measures star height and misses the
// quadratic kind that stalls a pipeline on a long line).
//
// recheck takes about a second an expression, so its verdicts are kept in
// test/fixtures/redos-verdicts.json (`node --import tsx scripts/update-redos.ts` recomputes them
// all, `... --new` adds the expressions not stored yet); an expression not in that file (new or
// changed) is checked here and now.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceRegexes, builtRegexes, keyOf, type RegexSite } from './regex-sources.js';
import { verdictOf, type Verdict } from './redos-check.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const stored: Record<string, Verdict> = JSON.parse(readFileSync(join(fixtures, 'redos-verdicts.json'), 'utf8'));
/** Expressions recheck flags (or cannot prove safe in its time), each with why it is tolerated for now. */
const open: Record<string, string> = JSON.parse(readFileSync(join(fixtures, 'redos-open.json'), 'utf8'));

let all: RegexSite[] = [];
let callSites: string[] = [];

before(async () => {
  const built = await builtRegexes(async () => {
    const { extract } = await import('./helpers.js');
    extract('Talks in Geneva\n\nRussian drones struck Kyiv on Monday, Ukraine’s foreign minister said. ’s energy minister told Reuters that "the talks are over".');
  });
  const { literals, calls } = sourceRegexes();
  callSites = calls.map((c) => c.site);
  const perSite = new Map<string, RegexSite[]>();
  for (const r of built) {
    const list = perSite.get(r.site) ?? [];
    if (list.length < 3 && !list.some((x) => keyOf(x) === keyOf(r))) list.push(r);
    perSite.set(r.site, list);
  }
  all = [...literals, ...[...perSite.values()].flat()];
});

test('redos: the collector finds the literals, the RegExp calls and what they build', () => {
  assert.ok(all.length > 500, `${all.length}`);
  assert.ok(callSites.some((s) => s.startsWith('src/link/restore-gaps.ts')));
  assert.ok(all.some((r) => r.site.startsWith('runtime src/clean/gaps/')), 'the gap rules build expressions at load time');
  // The cues are scanned for (src/lexicons/cue-pattern.ts), not compiled to expressions.
  assert.ok(!all.some((r) => r.site.startsWith('runtime src/lexicons/')), 'no expression built per cue');
});

test('redos: every regular expression in src/ is linear or on the open list', { timeout: 600_000 }, async () => {
  const flagged: string[] = [];
  for (const r of all) {
    const key = keyOf(r);
    const verdict = stored[key] ?? (await verdictOf(r));
    if (verdict === 'safe') continue;
    if (!(key in open)) flagged.push(`${r.site} ${verdict}: ${key}`);
  }
  assert.deepEqual(flagged, []);
});

test('redos: the open list holds only expressions still in src/ and still flagged', () => {
  const keys = new Set(all.map(keyOf));
  const stale = Object.keys(open).filter((k) => !keys.has(k) || stored[k] === 'safe');
  assert.deepEqual(stale, []);
});

test('redos: the checker itself tells a quadratic and an exponential expression from a linear one', async () => {
  assert.equal(await verdictOf({ source: '[a-z].*\\.$', flags: 'i', site: 'wink' }), 'polynomial');
  assert.equal(await verdictOf({ source: '^(a|a)*$', flags: '', site: 'textbook' }), 'exponential');
  assert.equal(await verdictOf({ source: '^\\s+to\\s', flags: '', site: 'ours' }), 'safe');
});
