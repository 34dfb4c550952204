// recheck's verdict on one expression, and the shapes of cue that the lexicon's expression
// builder (src/lexicons/index.ts) turns into expressions.
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

/**
 * Each distinct shape of the shipped lexicons' cues ("w w", "w* w", "w ... w", "w'w w") built
 * into its expression: the words change, the structure the builder gives them does not.
 */
export async function lexiconShapes(): Promise<RegexSite[]> {
  const { loadLexicons, cueRegExp } = await import('../src/lexicons/index.js');
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(loadLexicons());
  const shapes = new Set(strings.map((s) => s.trim().split(/\s+/).map((w) => (w === '...' ? w : w.replace(/[\p{L}\p{N}]+/gu, 'w'))).join(' ')));
  return [...shapes].sort().map((shape) => {
    const re = cueRegExp(shape);
    return { source: re.source, flags: re.flags, site: `lexicon cue "${shape}"` };
  });
}
