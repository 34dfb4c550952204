// Parts of a happening already told, which join it instead of making a second event:
// - the trip to talks: "Witkoff and Kushner travelled to Abu Dhabi for the negotiations" after
//   the talks in Abu Dhabi were told is the talks' (its travellers join their parties);
// - one half of a swap: "The Russian troops involved were released into Belarus" after "Moscow
//   and Kyiv exchanged hundreds of prisoners" is the swap's release, not another one.
import type { Event } from '../../doc/model.js';
import type { EventHit } from './lexicon.js';
import { mergeInto } from './definite-repeat.js';

/** "... for the negotiations", "to attend the talks", "for the summit": travel to a meeting named again. */
const FOR_THE_MEETING = /^\s+(?:[^\s.,;]+\s+){0,4}(?:for|to attend|to join|to take part in|ahead of)\s+(?:the|these|those|this)\s+(?:[\w-]+\s+){0,2}(?:talks|negotiations|meeting|meetings|summit|discussions|consultations)\b/i;
/** A release told of prisoners, troops or hostages. */
const SWAP_WORDS = /\b(?:exchang\w*|swap\w*)\b/i;
const RELEASE_REACH = 2500;

export function partOfEarlier(text: string, hit: EventHit, event: Event, earlier: readonly Event[]): Event | null {
  if (event.type === 'CONSULT' && event.mode === 'visit' && FOR_THE_MEETING.test(text.slice(hit.end, event.evidence.end))) {
    const talks = [...earlier].reverse().find((e) => e.type === 'CONSULT' && e.mode !== 'visit' && e.mode !== 'phone' && e.status !== 'scheduled'
      && (e.location === null || event.location === null || e.location === event.location));
    if (talks) return join(talks, event);
  }
  if (event.type === 'RETREAT' && event.mode === 'release') {
    const swap = [...earlier].reverse().find((e) => e.type === 'COOPERATE' && event.evidence.start - e.evidence.end < RELEASE_REACH
      && SWAP_WORDS.test(text.slice(e.evidence.start, e.evidence.end)) && (event.date === null || e.date === null || e.date === event.date));
    if (swap) return join(swap, event);
  }
  return null;
}

function join(first: Event, later: Event): Event {
  mergeInto(first, later);
  first.actors = [...new Set([...first.actors, ...later.actors])];
  return first;
}
