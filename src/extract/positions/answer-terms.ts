// "Kyiv has rejected such terms": a rejection of terms stated just before.
import type { Claim, Position } from '../../doc/model.js';
import type { DocView, SentenceView } from '../sentence-view.js';
import type { StanceHit } from './cues.js';
import { holderOf } from './holders.js';
import { guessedStance, hypotheticalGerund } from './hard-negatives.js';

/** "such conditions", "those demands", "the proposal": terms stated before, named again. */
const TERMS = String.raw`(?:such|these|those|this|that|the|their|its|his|her|moscow's|russia's|kyiv's)\s+(?:\w+\s+)?(?:terms|conditions?|demands?|proposals?|plans?|offer|ultimatum)`;
export const TERMS_WORD = /\b(?:terms|conditions?|demands?|proposals?|plans?|offer|ultimatum)\b/i;
const TERMS_AFTER = new RegExp(String.raw`^\s+(?:all\s+)?${TERMS}\b`, 'i');
const TERMS_BEFORE = new RegExp(String.raw`\b${TERMS}(?=(\s+))\1(?:\w+\s+){0,3}$`, 'i'); // (?=(\s+))\1: the blanks taken whole

/**
 * "Kyiv has rejected such terms", "such conditions would be tantamount to surrender": a
 * rejection of terms stated in the sentences before rejects their (first) issue, held by
 * another side, which is its target. One position, as one statement.
 */
export function rejectionOfTerms(s: SentenceView, stances: StanceHit[], before: Position[], claim: Claim | null, dv: DocView, heads: Set<string>): Omit<Position, 'claim'> | null {
  const reject = stances.find((h) => h.stance === 'reject');
  if (!reject) return null;
  const text = dv.doc.text;
  // ("as rejecting the proposal could open the way for ...": a rejection supposed, not stated.)
  if (hypotheticalGerund(reject, s, text)) return null;
  // ("Hamas is expected to reject the new proposal": a guess, not a rejection.)
  if (guessedStance(reject, s, text)) return null;
  if (!TERMS_AFTER.test(text.slice(reject.end, s.end)) && !TERMS_BEFORE.test(text.slice(s.start, reject.start))) return null;
  const holder = holderOf(s, reject, claim, dv, heads);
  if (!holder || dv.isMedia(holder)) return null;
  const from = dv.sentences[Math.max(0, s.index - 4)].start;
  // The statement of terms: the sentence before with the most positions of another side, not rejections
  // ("he set out his terms: Ukraine must drop ... and withdraw ..."), the latest of equals; its first issue.
  const bySentence = new Map<number, Position[]>();
  for (let i = before.length - 1; i >= 0 && before[i].evidence.start >= from; i--) {
    const p = before[i];
    if (p.holder === holder || p.stance === 'reject') continue;
    bySentence.set(p.evidence.start, [...(bySentence.get(p.evidence.start) ?? []), p]);
  }
  let terms: Position | null = null;
  let most = 0;
  // (Read backwards: the latest sentence comes first and wins a tie; a group's last is its first issue.)
  for (const group of bySentence.values()) if (group.length > most) { most = group.length; terms = group[group.length - 1]; }
  if (!terms) return null;
  return { holder, stance: 'reject', issue: terms.issue, target: terms.holder, condition: null, evidence: { start: s.start, end: s.end } };
}
