// What a side asks in return is its demand: the issues of a condition attached to an offer
// ("will accept limits on enrichment if sanctions are lifted": sanctions relief is demanded),
// and another side's act named inside the condition ("talks could resume if Washington
// accepts its nuclear status": accepting it is demanded of Washington).
import type { DocView, SentenceView } from '../sentence-view.js';
import type { StanceHit } from './cues.js';
import { NEW_CLAUSE } from './governing.js';

/** A conjunction opening a condition. */
export const CONDITION = /\b(?:if|unless|until|once|as soon as|as long as|so long as|provided(?: that)?|on condition that|only after|in (?:exchange|return) for)\b/i;

/**
 * "will accept X if Y": an offer whose reach a condition cuts off still governs the condition's
 * issues, as a demand (the condition is all that starts between the two).
 */
export function conditionalOffer(stances: StanceHit[], issueStart: number, text: string): StanceHit | null {
  const offer = [...stances].reverse().find((s) => s.end <= issueStart && issueStart - s.end <= 200);
  if (!offer || offer.stance === 'demand') return null;
  const between = text.slice(offer.end, issueStart);
  // ("ruled out forming the association before Belgrade recognises Kosovo's independence": what a refusal waits for, "before" as "until".)
  const m = CONDITION.exec(between) ?? (offer.stance === 'reject' ? /\bbefore\s+(?=(?:the\s+)?\p{Lu})/u.exec(between) : null);
  if (!m) return null;
  // ("refused to free the soldiers until the army halted operations": what a refusal waits for is demanded.)
  // ("urged the United States to keep sanctions until Maduro steps down": what an urging waits for is demanded too.)
  if ((offer.stance === 'reject' || offer.stance === 'support') && !/^(?:until|unless|before\s+)$/i.test(m[0])) return null;
  // ("proposed a truce with hostages freed in exchange for prisoners": a proposal's terms bind both sides, the swap is proposed.)
  if (/^in\b/i.test(m[0]) && /^(?:propos|suggest|put forward|tabled|floated)/i.test(offer.cue)) return null;
  const rest = between.slice(0, m.index) + ' ' + between.slice(m.index + m[0].length);
  if (NEW_CLAUSE.test(rest.replace(/\s+(?=\s)/g, ''))) return null;
  return { ...offer, stance: 'demand' };
}

/**
 * "a meeting could occur if Washington accepts its nuclear status": an offer or support cue whose
 * subject is named inside a condition is what the condition asks: a demand, held by the main
 * clause's subject (the cue moves to the conjunction so that the holder is found before it).
 */
export function conditionContent(s: SentenceView, stance: StanceHit, dv: DocView): StanceHit | null {
  if (stance.stance !== 'offer' && stance.stance !== 'support') return null;
  const text = dv.doc.text;
  const lead = text.slice(Math.max(s.start, stance.start - 60), stance.start);
  // ("threatened to walk away if Moscow and Kyiv did not agree to a ceasefire": a side, or two, that fails to act; a negated act after "if" is asked as well.)
  const m = /\b(if|unless|until|once|provided(?: that)?)\s+((?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}(?:\s+and\s+(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})?)\s+(?:\w+ly\s+)?(?:(?:has|have|would|will|does|is|are)\s+|(?:(?:did|do|does)\s+not|didn't|don't|doesn't|failed\s+to|fails\s+to|refused\s+to|refuses\s+to)\s+)?$/u.exec(lead);
  if (!m) return null;
  // (Only after "if": "unless X does not" says the opposite.)
  if (m[1] !== 'if' && /(?:\bnot|n't|\bfailed|\bfails|\brefused|\brefuses)\s+(?:to\s+)?$/.test(m[0])) return null;
  const at = stance.start - lead.length + m.index;
  if (!s.mentions.some((x) => x.start >= at && x.end <= stance.start)) return null;
  // The main clause must come before the condition in this sentence ("If Iran agrees, ..." has none).
  if (at - s.start < 15) return null;
  return { start: at, end: at + m[1].length, cue: m[1], stance: 'demand' };
}
