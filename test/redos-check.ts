// recheck's verdict on one expression. (The lexicon's cues are no longer compiled to
// expressions: src/lexicons/cue-pattern.ts scans for them, so there are no cue shapes to check.)
import { check } from 'recheck';
import type { RegexSite } from './regex-sources.js';

export type Verdict = 'safe' | 'polynomial' | 'exponential' | 'unknown';

/** "safe" when recheck proves the expression linear; "unknown" when it cannot decide within 10 s. */
export async function verdictOf(r: RegexSite): Promise<Verdict> {
  const d = await check(r.source, r.flags, { timeout: 10_000 });
  if (d.status === 'safe') return 'safe';
  if (d.status === 'vulnerable') return d.complexity.type === 'exponential' ? 'exponential' : 'polynomial';
  return 'unknown';
}
