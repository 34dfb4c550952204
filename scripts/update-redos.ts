// node --import tsx scripts/update-redos.ts [--new]: recheck's verdict on the regular expressions
// of src/, written to test/fixtures/redos-verdicts.json, and the flagged ones printed with their
// sites, to be fixed or put on the open list with a reason.
//   (no flag)  every expression (several minutes: about a second each); stored verdicts are replaced
//   --new      only the expressions with no stored verdict; stored ones are kept (recheck's fuzzing
//              is not deterministic on look-arounds, so a second full run can flip a few verdicts)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceRegexes, builtRegexes, keyOf, type RegexSite } from '../test/regex-sources.js';
import { verdictOf, type Verdict } from '../test/redos-check.js';

const onlyNew = process.argv.includes('--new');
const file = join(import.meta.dirname, '..', 'test', 'fixtures', 'redos-verdicts.json');
const stored: Record<string, Verdict> = onlyNew ? JSON.parse(readFileSync(file, 'utf8')) : {};
const built = await builtRegexes(async () => {
  const { extract } = await import('../test/helpers.js');
  extract('Talks in Geneva\n\nRussian drones struck Kyiv on Monday, Ukraine’s foreign minister said. ’s energy minister told Reuters that "the talks are over".');
});
const all: RegexSite[] = [...sourceRegexes().literals, ...built];
const byKey = new Map<string, RegexSite[]>();
for (const r of all) byKey.set(keyOf(r), [...(byKey.get(keyOf(r)) ?? []), r]);
const verdicts: Record<string, Verdict> = { ...stored };
const keys = [...byKey.keys()].filter((k) => !(k in stored)).sort();
let next = 0;
const worker = async () => {
  while (next < keys.length) {
    const key = keys[next++];
    verdicts[key] = await verdictOf(byKey.get(key)![0]);
    if (verdicts[key] !== 'safe') console.log(verdicts[key].padEnd(11), byKey.get(key)!.map((r) => r.site).join(', '), key.slice(0, 100));
  }
};
await Promise.all([worker(), worker()]);
const sorted = Object.fromEntries(Object.keys(verdicts).sort().map((k) => [k, verdicts[k]]));
writeFileSync(file, JSON.stringify(sorted, null, 1) + '\n');
console.log(`${keys.length} expressions checked, ${keys.filter((k) => verdicts[k] !== 'safe').length} flagged; ${Object.keys(sorted).length} stored`);
