// "agreed to meet again in Baku", "agreed to continue work on the maps and to meet again": the words just before a cue
// tell an agreement to do what the cue names (events23). Shared by the events stage and the status of a meeting to come.
import { matchesOf } from '../../doc/matches.js';

const AGREE_WORD = /\bagree(?:d|s|ing)?\b/gi;
const TO_END = /\bto\s$/i;

/** "... agreed to ... and to ": an agreement in the words just before the cue, with no sentence break between. */
export function agreedToWhatFollows(clause: string): boolean {
  const tail = clause.slice(-120);
  let last = -1;
  for (const m of matchesOf(tail, AGREE_WORD)) last = m.index;
  return last >= 0 && !/[.;]/.test(tail.slice(last)) && TO_END.test(tail);
}
