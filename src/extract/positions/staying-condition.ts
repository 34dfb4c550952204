// "Hezbollah will not discuss handing over its weapons while Israel continues to occupy five points",
// "Al-Shabaab has rejected any negotiations as long as foreign forces remain in the country": a refusal
// that lasts while another side's forces stay demands that they leave (a withdrawal).
import type { SentenceView } from '../sentence-view.js';
import type { DocView } from '../sentence-view.js';
import type { IssueHit, StanceHit } from './cues.js';
import { matchesOf } from '../../doc/matches.js';

/** "while|as long as <subject> (still|continues to) occupy|remain in|stay on|keep troops in". */
const STAYING = /\b(?:as long as|so long as|while)\s+((?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}?)(?:still\s+|continues\s+to\s+|continue\s+to\s+|continued\s+to\s+)?(?:occup(?:y|ies|ied|ying)\b|(?:remains?|remained|stays?|stayed)\s+(?:in|on|inside|at)\b(?!\s+(?:control|power|charge|office|place|force)\b)|keeps?\s+(?:its|their)\s+(?:troops|forces|soldiers)\b)/giu;

/** Subjects that are forces or an occupation, when no state or armed group is named there. */
const FORCE_WORDS = /\b(?:forces|troops|soldiers|army|occupation|occupiers|occupier|paramilitaries|paramilitary|rebels|militias|militiamen|fighters|militants|insurgents|mercenaries)\b/i;

/**
 * Where the sentence conditions a refusal on another side staying: the index in the sentence text of
 * each such condition (the main clause comes first, so a sentence opening on "While" has none).
 */
export function stayingConditions(s: SentenceView, dv: DocView): number[] {
  const found: number[] = [];
  for (const m of matchesOf(s.text, STAYING)) {
    const at = m.index!;
    if (at < 15) continue;
    const subjectStart = s.start + at + m[0].indexOf(m[1]);
    const subjectEnd = subjectStart + m[1].length;
    const named = s.mentions.some((x) => x.start >= subjectStart && x.end <= subjectEnd && ['state', 'armed_group'].includes(dv.kindOf(x.actor) ?? ''));
    if (!named && !FORCE_WORDS.test(m[1])) continue;
    found.push(at);
  }
  return found;
}

/**
 * "their army will remain in the south for as long as Hezbollah poses a threat", "Israel intends to stay
 * on the hilltops until ...": forces announced to stay somewhere for as long as a condition holds refuse
 * a withdrawal. The modal is the stance, "remain in" the issue. Staying in power, in talks or in an
 * alliance is none of it.
 */
const STAYS = /\b(?:will|would|shall|is going to|are going to|intends? to|plans? to|vow(?:s|ed)? to)\s+(?:\w+ly\s+)?((?:remain|stay)\s+(?:in|on|at|inside)|keep\s+(?:its|their|our)\s+(?:troops|forces|soldiers)\s+(?:in|on|at|inside))\s+(?!(?:the\s+)?(?:power|office|control|place|charge|contact|touch|talks|negotiations|force|effect|government|coalition|alliance|agreement|deal|treaty|bloc|union|race|position|line with|favou?r)\b)[^\s,.;:][^,.;:]{0,59}?\b(?:for as long as|as long as|so long as|until|indefinitely|permanently)\b/iu;

/** The subject before the modal: forces, or a pronoun a speaker uses of their side. */
const FORCE_SUBJECT = /(?:\b(?:forces|troops|soldiers|army|military)|\b(?:we|they|it))\s+$/i;

/** "are staying", "is staying": the same length as "will stay" and two blanks. */
const STAYING_NOW = /\b(?:are|is) staying\b/gi;

export function stayingOn(s: SentenceView, dv: DocView): { issue: IssueHit; stance: StanceHit } | null {
  // ("Our troops are staying in the zone until ...": the present progressive read as "will stay", offsets kept.)
  const m = STAYS.exec(s.text.replace(STAYING_NOW, (x) => 'will stay'.padEnd(x.length)));
  if (!m) return null;
  const at = s.start + m.index!;
  const before = s.text.slice(Math.max(0, m.index! - 40), m.index!);
  const sides = (x: { actor: string }) => ['state', 'armed_group'].includes(dv.kindOf(x.actor) ?? '');
  const named = s.mentions.find((x) => x.end <= at && at - x.end <= 3 && sides(x));
  if (!named && !FORCE_SUBJECT.test(before)) return null;
  // The side that stays: the one named as the subject, else the one whose forces they are ("Israeli
  // officials said their army will remain"), named at most 60 characters before.
  const owner = named ?? [...s.mentions].reverse().find((x) => x.end <= at && at - x.end <= 60 && sides(x) && /^[^,;]*\b(?:its|their|our)\s+(?:\w+\s+)?(?:forces|troops|soldiers|army|military)\s+$/i.test(dv.doc.text.slice(x.end, at)));
  const actStart = at + m[0].indexOf(m[1]);
  return {
    stance: { start: at, end: actStart, cue: 'will remain in', stance: 'reject', ...(owner ? { agent: owner.actor } : {}) },
    issue: { start: actStart, end: actStart + m[1].length, cue: 'remain in', issue: 'withdrawal' },
  };
}

/** Between an offer cue and a withdrawal cue: "(intends to) remain in the", "stay on in". */
const STAY_IN = /^\s*(?:remain|stay)(?:\s+on)?\s+(?:in|on|at|inside)\s+(?:the\s+|its\s+|their\s+)?$/i;

/** "intends to remain in the buffer zone": the words between a cue and a withdrawal cue say the side stays there. */
export function staysIn(between: string): boolean {
  return STAY_IN.test(between);
}
