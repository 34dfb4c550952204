// "If Baku drops its claims to the enclave and lifts the blockade, peace can be achieved," the
// minister said: what a speaker names as the condition of a good outcome (peace, a deal, talks)
// is the speaker's demand, of the side the condition names.
import type { Claim } from '../../doc/model.js';
import type { DocView, SentenceView } from '../sentence-view.js';
import type { StanceHit } from './cues.js';

/** The outcome after the condition: peace, a deal, talks, the war's end ... made possible. */
const OUTCOME = /^,?\s*(?:then\s+)?(?:(?:(?:a|the|lasting|durable|real)\s+){0,3}(?:peace|peace\s+(?:deal|agreement|treaty)|deal|agreement|settlement|talks|negotiations|dialogue|normali[sz]ation|relations|ceasefire|truce|war|conflict|fighting)|we|they|it)\s+(?:can|could|will|would|may|might|is|are)\s+(?:(?:[a-z]+ly|then|also|soon|be|become)\s+){0,3}(?:achieved|reached|signed|possible|resume[sd]?|end(?:ed)?|over|begin|start|follow|concluded|settled|restored|established|normali[sz]ed|ready|agree|accept|consider|sign|move|come|return|stop|halt|lift|withdraw)\b/i;

export function ifOutcome(s: SentenceView, claim: Claim | null, dv: DocView): StanceHit | null {
  const opening = /^\W*(?:only\s+)?if\s+/i.exec(s.text);
  if (!opening) return null;
  const speaker = claim?.source;
  if (!speaker || dv.kindOf(speaker) === 'group' || dv.isMedia(speaker)) return null;
  const comma = s.text.indexOf(', ', opening[0].length);
  if (comma < 0 || comma > 300 || !OUTCOME.test(s.text.slice(comma))) return null;
  const start = s.start + opening.index;
  const end = s.start + comma;
  // The condition asks something of another side: its subject is named, and is not the speaker's own.
  const subject = s.mentions.find((m) => m.start >= start + opening[0].length - 1 && m.end <= end);
  if (!subject || subject.start - (start + opening[0].length) > 12) return null;
  const own = subject.actor === speaker || (dv.countryOf(speaker) !== null && dv.countryOf(subject.actor) === dv.countryOf(speaker));
  if (own) return null;
  return { start, end, cue: 'if ... (outcome)', stance: 'demand', agent: speaker };
}
