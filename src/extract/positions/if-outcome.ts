// "If Baku drops its claims to the enclave and lifts the blockade, peace can be achieved," the
// minister said: what a speaker names as the condition of a good outcome (peace, a deal, talks)
// is the speaker's demand, of the side the condition names.
import type { Claim } from '../../doc/model.js';
import type { DocView, SentenceView } from '../sentence-view.js';
import type { StanceHit } from './cues.js';

/** The outcome after the condition: peace, a deal, talks, the war's end ... made possible. */
const OUTCOME = /^,?\s*(?:then\s+)?(?:(?:(?:a|the|lasting|durable|real)\s+){0,3}(?:peace|peace\s+(?:deal|agreement|treaty)|deal|agreement|settlement|talks|negotiations|dialogue|normali[sz]ation|relations|ceasefire|truce|war|conflict|fighting)|we|they|it)\s+(?:can|could|will|would|may|might|is|are)\s+(?:(?:[a-z]+ly|then|also|soon|be|become)\s+){0,3}(?:achieved|reached|signed|possible|resume[sd]?|end(?:ed)?|over|begin|start|follow|concluded|settled|restored|established|normali[sz]ed|ready|agree|accept|consider|sign|move|come|return|stop|halt|lift|withdraw)\b/i;

/** A bad outcome: "we have no reason to return to Doha", "there will be no deal". */
const NO_OUTCOME = /^,?\s*(?:then\s+)?(?:we|they|there)\s+(?:will\s+|would\s+)?(?:have|has|is|be)\s+no\s+(?:reason|point|need|deal|agreement|talks|peace|ceasefire|truce)\b/i;

export function ifOutcome(s: SentenceView, claim: Claim | null, dv: DocView): StanceHit | null {
  // ("Without Israel halting its strikes, the plan stays suspended," he said: the same, with any outcome.)
  const opening = /^\W*(?:only\s+)?(if|without)\s+/i.exec(s.text);
  if (!opening) return null;
  const without = /^without$/i.test(opening[1]);
  const speaker = claim?.source;
  if (!speaker || dv.kindOf(speaker) === 'group' || dv.isMedia(speaker)) return null;
  const comma = s.text.indexOf(', ', opening[0].length);
  if (comma < 0 || comma > 300 || !(without || OUTCOME.test(s.text.slice(comma)) || NO_OUTCOME.test(s.text.slice(comma)))) return null;
  const start = s.start + opening.index;
  const end = s.start + comma;
  // The condition asks something of another side: its subject is named, and is not the speaker's own
  // ("If nothing happens and if Kinshasa does not release ...": the subject of a second "if").
  const text = dv.doc.text;
  const subject = s.mentions.find((m) => m.start >= start + opening[0].length - 1 && m.end <= end
    && (m.start - (start + opening[0].length) <= 12 || /\band\s+if\s+(?:the\s+)?$/i.test(text.slice(Math.max(start, m.start - 12), m.start))));
  if (!subject) return null;
  if (without && !/^\s+(?:\w+ly\s+)?\w+ing\b/.test(text.slice(subject.end, subject.end + 24))) return null;
  const own = subject.actor === speaker || (dv.countryOf(speaker) !== null && dv.countryOf(subject.actor) === dv.countryOf(speaker));
  if (own) return null;
  return { start, end, cue: 'if ... (outcome)', stance: 'demand', agent: speaker };
}
