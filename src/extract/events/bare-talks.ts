// "talks" and "negotiations" name the process as often as a round of it: "to pressure Russia
// in the peace talks" tells no meeting; "talks in Geneva", "talks on Friday", "the talks
// ended abruptly" do. A bare noun cue counts as a meeting only when the words after it (in
// its clause) place it, date it, or tell it happening.
import type { Doc } from '../../doc/model.js';
import type { SentenceView } from '../sentence-view.js';
import type { EventHit } from './lexicon.js';

const BARE = /^(?:peace\s+)?(?:talks|negotiations)(?:\s+between)?$/i;
const HAPPENING = /^(?:[^.;:]{0,80}?)\b(?:ended|end|ends|began|begin|begins|opened|concluded|took place|take place|takes place|were held|was held|are held|will be held|resumed|resume|broke down|collapsed|lasted|wrapped up|got under ?way|kicked off|convened|yielded|were (?:\w+ )?constructive|was (?:\w+ )?constructive|were (?:\w+ )?productive)\b/i;

const SAID_ON = /\b(?:said|says|told|reported|announced|added)\s+(?:\w+\s+)?(?:on\s+)?$/i;

export function bareTalksTold(doc: Doc, s: SentenceView, h: EventHit): boolean {
  const cue = doc.text.slice(h.start, h.end);
  if (h.entry.type !== 'CONSULT' || !BARE.test(cue)) return true;
  return placedOrDated(doc, s, h, true);
}

/** The clause after the cue names a place ("in Geneva") or a date, or (with `happening`) tells it happening. */
export function placedOrDated(doc: Doc, s: SentenceView, h: EventHit, happening = false): boolean {
  const clauseEnd = (() => {
    const rest = doc.text.slice(h.end, s.end);
    // Where the cue is the meeting named again ("the talks"), its place must follow it closely.
    const stop = happening ? rest.search(/[;:]|,\s+(?:but|and|while|as|which|who)\b|\s[-–—]\s/) : Math.min(40, rest.search(/[,;:]|$/));
    return h.end + (stop < 0 ? rest.length : stop);
  })();
  let placed = false;
  for (const l of doc.locations) {
    for (const m of l.mentions) if (m.start >= h.end && m.end <= clauseEnd && /\b(?:in|at)\s+(?:the\s+)?$/i.test(doc.text.slice(m.start - 8, m.start))) { placed = true; break; }
    if (placed) break;
  }
  // ("sources close to the talks said on Tuesday": the day of the saying dates no round.)
  const dated = doc.dates.some((d) => d.start >= h.end && d.end <= clauseEnd && !SAID_ON.test(doc.text.slice(Math.max(h.end, d.start - 30), d.start)));
  // "Talks in Abu Dhabi", "the talks held on Friday and Saturday", "after the talks ended".
  return placed || dated || (happening && HAPPENING.test(doc.text.slice(h.end, clauseEnd)));
}
