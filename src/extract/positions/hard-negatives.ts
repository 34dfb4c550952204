// Statements that look like positions and are not: a denial of a report ("the Kremlin denied a
// report that Putin had proposed a truce"), a dismissal of allegations ("dismissed reports of a
// ceasefire breach"): the issue is what was reported, no one's stance on it. (Claims to a
// port or a region are territorial claims: "dismissed claims to the port" is a position.)
import type { StanceHit } from './cues.js';

/** "denied a report that", "dismissed as false ... reports", "rejected claims that". */
const DENIED_REPORT = /\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|rebuff(?:ed|s)?)\s+(?:as\s+(?:false|baseless|fake|untrue)\s+)?(?:[\p{L}'’-]+\s+){0,6}?(?:reports?|allegations?|claims?(?!\s+(?:to|over|on)\b)|accusations?|rumou?rs?|speculation|media reports?)\b/iu;

/** Whether the stance sits in (or is) the denial of a report between `from` and the issue. */
export function deniedReport(stance: StanceHit, issueStart: number, sentence: string, sentenceStart: number): boolean {
  const head = sentence.slice(0, Math.max(0, issueStart - sentenceStart));
  const m = DENIED_REPORT.exec(head);
  if (!m) return false;
  // The denial comes before the stance (the reported stance) or is the stance itself.
  return m.index + sentenceStart <= stance.start + 1 || stance.start - sentenceStart >= m.index;
}
