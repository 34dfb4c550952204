// "ready to discuss a ceasefire but not a withdrawal of its troops": the cue that governs the
// first issue reaches past "but not", which turns it down for the issue after: the holder rejects it.
import type { IssueHit, StanceHit } from './cues.js';
import { governingStance, NEW_CLAUSE } from './governing.js';

/** Words that may stand between "but not" and the issue: a preposition and determiners. */
const SMALL = /^(?:as|to|on|over|for|with|in|a|an|the|any|its|their|his|her|our)$/i;

/** The length of "but not" and the (at most four) words after it that end `before`, or -1. */
function butNot(before: string): number {
  const at = before.toLowerCase().lastIndexOf('but not');
  if (at < 0 || (at > 0 && !/[\s,]/.test(before[at - 1])) || !/^\s/.test(before.slice(at + 7)) || !/\s$/.test(before)) return -1;
  const words = before.slice(at + 7).trim().split(/\s+/).filter((w) => w !== '');
  const content = words.filter((w) => !SMALL.test(w));
  if (words.length > 4 || content.length > 2 || words.some((w) => !/^[\p{L}-]+$/u.test(w))) return -1;
  return before.length - at;
}

/** The rejection "but not" makes of the issue `hit`, from the stance that governs an issue before it. */
export function butNotStance(stances: StanceHit[], hit: IssueHit, issues: IssueHit[], text: string): StanceHit | null {
  const length = butNot(text.slice(Math.max(0, hit.start - 50), hit.start));
  if (length < 0) return null;
  const at = hit.start - length;
  const first = [...issues].reverse().find((o) => o.end <= at && at - o.end <= 120);
  // "would accept parts of the plan but not the deployment of ...": with no issue before, the
  // accepting cue itself (close before, in the same clause) is what "but not" turns down.
  const governing = first ? governingStance(stances, first, text)
    : [...stances].reverse().find((o) => o.end <= at && at - o.end <= 60 && !NEW_CLAUSE.test(text.slice(o.end, at)) && !/[,;:]/.test(text.slice(o.end, at))) ?? null;
  if (!governing || governing.stance === 'reject' || governing.end > at) return null;
  return { start: at, end: hit.start, cue: 'but not', stance: 'reject', ...(governing.agent ? { agent: governing.agent } : {}) };
}
