// "the next round of talks would be held soon", "another round is planned for next week",
// "he expected the next round to take place in Abu Dhabi": a further round of the talks the
// article tells is announced for the future. It is a scheduled meeting even where a modal or
// an expectation frames it, and its parties are those of the round before when it names none.
import type { Event } from '../../doc/model.js';

const NEXT = /\b(?:next|another|new|further|fresh|third|fourth|fifth|sixth)\s+(?:round|rounds|meeting|session)\b|\bmore talks\b/i;
/** "a new round was held on Friday": told as done. */
const DONE = /\b(?:was held|were held|took place|ended|ending|concluded|concluding|began|opened|wrapped up|broke up|breaking up|broke down|collapsed|last week|yesterday)\b/i;
/** "X and Y met in Kunming on Thursday for a fifth round of talks": the round is the meeting told done. */
const FOR_ROUND = /\bfor\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+)?round\b/i;
const MET = /\b(?:met|convened|gathered)\b/i;
function metFor(sentence: string): boolean {
  const round = FOR_ROUND.exec(sentence);
  return !!round && MET.test(sentence.slice(Math.max(0, round.index - 90), round.index).split(/[.;]/).pop() ?? '');
}

/** The cue, or the words right before it, announce a further round. */
export function isNextRound(cue: string, before: string): boolean {
  return NEXT.test(before.slice(-30) + cue);
}

export function nextRoundStatus(status: Event['status'], sentence: string): Event['status'] {
  return status === 'occurred' && !DONE.test(sentence) && !metFor(sentence) ? 'scheduled' : status;
}

/** The parties of the last round told before it, when the announcement names fewer than two. */
export function partiesOfLastRound(events: readonly Event[], own: string[]): string[] {
  if (own.length >= 2) return own;
  const last = [...events].reverse().find((e) => e.type === 'CONSULT' && e.mode !== 'phone' && e.mode !== 'visit' && e.actors.length >= 2);
  return last ? [...new Set([...own, ...last.actors])] : own;
}
