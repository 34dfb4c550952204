// "He said the U.S. proposed holding the next round of talks in Miami. 'We confirmed our participation,'
// he added." / "... has proposed holding talks next week. Ukraine has confirmed it will attend.": taking
// part in talks named just before, with no word for the talks of its own, offers them.
import type { SentenceView } from '../sentence-view.js';
import type { IssueHit, StanceHit } from './cues.js';
import type { Prior } from './issue-reference.js';

/** A confirmed or announced taking part with no object: "confirmed our participation", "said it will attend". */
const ATTEND = /\b(?:confirm(?:s|ed)?|announc(?:es|ed)|sa(?:id|ys)|agreed|decided)\s+(?:(?:that\s+)?(?:it|they|we|he|she|I)\s+(?:will|would)\s+(?:(?:take\s+part|participate|attend|be\s+there)(?=[.,;”"’]|$|\s(?:next|this|on|in|as|if|once|after)\b))|(?:its|our|their|his|her)\s+participation\b(?!\s+(?:in|at|of)\b))/iu;

/** The taking part as a stance (offer) and an issue (the talks), when talks are named earlier in the sentence or just before in the paragraph. */
export function attendsTalks(s: SentenceView, named: IssueHit[], prior: Prior[], text: string): { issue: IssueHit; stance: StanceHit } | null {
  const m = ATTEND.exec(s.text);
  if (!m) return null;
  const start = s.start + m.index!;
  const end = start + m[0].length;
  // (The talks: in its own sentence before it, else in one of the two sentences before, in its paragraph.)
  let talks = named.some((h) => h.issue === 'peace_talks' && h.end <= start);
  let from = s.start;
  for (let i = prior.length - 1; !talks && i >= 0 && i >= prior.length - 2; i--) {
    const p = prior[i];
    if (/\n\s*\n/.test(text.slice(p.end, from))) break;
    talks = p.hitIssues.includes('peace_talks');
    from = p.start;
  }
  if (!talks) return null;
  const verbEnd = start + m[0].search(/\s/);
  return { stance: { start, end: verbEnd, cue: 'confirmed participation', stance: 'offer' }, issue: { start: verbEnd + 1, end, cue: m[0].slice(verbEnd + 1 - start), issue: 'peace_talks' } };
}
