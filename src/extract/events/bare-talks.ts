// "talks" and "negotiations" name the process as often as a round of it: "to pressure Russia
// in the peace talks" tells no meeting; "talks in Geneva", "talks on Friday", "the talks
// ended abruptly" do. A bare noun cue counts as a meeting only when the words after it (in
// its clause) place it, date it, or tell it happening.
import type { Doc } from '../../doc/model.js';
import type { SentenceView } from '../sentence-view.js';
import type { EventHit } from './lexicon.js';

const BARE = /^(?:peace\s+)?(?:talks|negotiations)(?:\s+between)?$/i;
const HAPPENING = /^(?:[^.;:]{0,80}?)\b(?:ended|end|ends|began|begin|begins|opened|concluded|took place|take place|takes place|were held|was held|are held|will be held|resumed|resume|broke down|collapsed|lasted|wrapped up|got under ?way|kicked off|convened|yielded|were (?:\w+ )?constructive|was (?:\w+ )?constructive|were (?:\w+ )?productive)\b/i;

export function bareTalksTold(doc: Doc, s: SentenceView, h: EventHit): boolean {
  const cue = doc.text.slice(h.start, h.end);
  if (h.entry.type !== 'CONSULT' || !BARE.test(cue)) return true;
  const clauseEnd = (() => {
    const rest = doc.text.slice(h.end, s.end);
    const stop = rest.search(/[;:]|,\s+(?:but|and|while|as|which|who)\b|\s[-–—]\s/);
    return h.end + (stop < 0 ? rest.length : stop);
  })();
  const placed = doc.locations.some((l) => l.mentions.some((m) => m.start >= h.end && m.end <= clauseEnd && /\b(?:in|at)\s+(?:the\s+)?$/i.test(doc.text.slice(m.start - 8, m.start))));
  const dated = doc.dates.some((d) => d.start >= h.end && d.end <= clauseEnd);
  // "Talks in Abu Dhabi", "the talks held on Friday and Saturday", "after the talks ended".
  return placed || dated || HAPPENING.test(doc.text.slice(h.end, clauseEnd));
}
