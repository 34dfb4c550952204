// "On the other hand, Zelensky has hinted that he is open to a summit. He also insisted that ...":
// a "he" or "she" that opens a sentence continues the person who is the subject of the sentence
// before (the preferred antecedent of centering theory), not the speaker of the last claim,
// which may lie several sentences back.
import type { Position } from '../../doc/model.js';
import type { DocView, SentenceView } from '../sentence-view.js';

/** What may open a sentence before its subject: a short adverbial ending in a comma, then title words. */
const OPENER = /^(?:[^,.;:"“”]{1,60},\s+)?(?:(?:[\p{Lu}][\p{L}.’'-]*|the|a|an)\s+)*$/u;

/** Words that may stand before the pronoun: "But he ...", "And she ...". */
const LEAD = new Set(['but', 'and', 'yet', 'still', 'however', 'meanwhile']);

/** The opening "he"/"she" of sentence s, if it has one. */
export function openingPronoun(s: SentenceView): { start: number; end: number; person: true } | null {
  let k = 0;
  while (k < s.words.length && LEAD.has(s.words[k].key)) k++;
  const w = s.words[k];
  if (!w || (w.key !== 'he' && w.key !== 'she')) return null;
  return { start: w.start, end: w.end, person: true };
}

/**
 * The person who is the subject of the sentence right before s in its paragraph, when s opens
 * with "he" or "she": the first name of a person there, with only an adverbial and title words
 * before it and no possessive after it ("Zelensky's aide said" has the aide for subject).
 */
export function pronounAntecedent(s: SentenceView, dv: DocView): string | null {
  return openingPronoun(s) ? previousSubjectPerson(s, dv) : null;
}

/** The person who is the subject of the sentence right before s in its paragraph (see pronounAntecedent). */
export function previousSubjectPerson(s: SentenceView, dv: DocView): string | null {
  const prev = previousInParagraph(s, dv);
  const text = dv.doc.text;
  if (!prev) return null;
  const first = prev.mentions[0];
  if (!first || dv.kindOf(first.actor) !== 'person') return null;
  if (!OPENER.test(text.slice(prev.start, first.start)) || /^['’]s\b/.test(text.slice(first.end, first.end + 3))) return null;
  return first.actor;
}

/** The sentence right before s, when it is in s's paragraph and not removed. */
function previousInParagraph(s: SentenceView, dv: DocView): SentenceView | null {
  const prev = dv.sentences[s.index - 1];
  return prev && !prev.removed && !/\n\s*\n/.test(dv.doc.text.slice(prev.end, s.start)) ? prev : null;
}

/** An opening "Their demands", "Its key conditions": a possessive determiner and at most two words before the stance noun. */
const OPENING_POSSESSIVE = /^\W*(?:their|its)\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;

/**
 * "The AFC/M23 is seeking talks. Their demands include ...": an opening "Their"/"Its" before the stance
 * noun at `nounAt` is the one side (not a person) that holds the positions of the sentence before.
 */
export function openingPossessive(s: SentenceView, nounAt: number, positions: readonly Position[], dv: DocView): string | null {
  if (!OPENING_POSSESSIVE.test(dv.doc.text.slice(s.start, nounAt))) return null;
  const prev = previousInParagraph(s, dv);
  if (!prev) return null;
  const held = [...new Set(positions.filter((p) => p.evidence.start >= prev.start && p.evidence.end <= prev.end).map((p) => p.holder))];
  if (held.length !== 1 || dv.kindOf(held[0]) === 'person') return null;
  return held[0];
}
