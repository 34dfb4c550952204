// A release told as one half of a swap is the swap: "returned the bodies of 500 soldiers,
// while receiving 40 in exchange", "the two sides freed 90 prisoners each in a swap" are
// COOPERATE (a joint act of both sides), not a one-sided RETREAT release.
import type { EventType } from '../../lexicons/schema.js';

const SWAP = /\b(?:in exchange|in return|exchang(?:e|es|ed|ing)|swap(?:s|ped|ping)?|trade of|traded)\b/i;

export function exchangeType(type: EventType, mode: string | null, sentence: string): EventType {
  return type === 'RETREAT' && mode === 'release' && SWAP.test(sentence) ? 'COOPERATE' : type;
}
