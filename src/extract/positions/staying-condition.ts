// "Hezbollah will not discuss handing over its weapons while Israel continues to occupy five points",
// "Al-Shabaab has rejected any negotiations as long as foreign forces remain in the country": a refusal
// that lasts while another side's forces stay demands that they leave (a withdrawal).
import type { SentenceView } from '../sentence-view.js';
import type { DocView } from '../sentence-view.js';

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
  for (const m of s.text.matchAll(STAYING)) {
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
