// "ready to discuss a ceasefire but not a withdrawal of its troops": the cue that governs the
// first issue reaches past "but not", which turns it down for the issue after: the holder rejects it.
import type { IssueHit, StanceHit } from './cues.js';
import { governingStance } from './governing.js';

/** "but not", then at most a preposition, determiners and two words, right before the issue. */
const BUT_NOT = /(?:^|[\s,])but\s+not\s+(?:(?:as|to|on|over|for|with|in|a|an|the|any|its|their|his|her|our)\s+){0,2}(?:[\p{L}-]+\s+){0,2}$/iu;

/** The rejection "but not" makes of the issue `hit`, from the stance that governs an issue before it. */
export function butNotStance(stances: StanceHit[], hit: IssueHit, issues: IssueHit[], text: string): StanceHit | null {
  const m = BUT_NOT.exec(text.slice(Math.max(0, hit.start - 50), hit.start));
  if (!m) return null;
  const at = hit.start - m[0].length;
  const first = [...issues].reverse().find((o) => o.end <= at && at - o.end <= 120);
  if (!first) return null;
  const governing = governingStance(stances, first, text);
  if (!governing || governing.stance === 'reject' || governing.end > at) return null;
  return { start: at, end: hit.start, cue: 'but not', stance: 'reject', ...(governing.agent ? { agent: governing.agent } : {}) };
}
