// More mentions of an event word that tell no happening of their own, each read from the
// cue's clause and a few words around it:
// - a predicate noun after a copula describes a happening named as the subject or told
//   before ("It was his third trip to Moscow", "the attack was the second mass strike");
// - an event named as the topic of talks or of a plan ("the summit focused on ... prisoner
//   exchanges", "negotiations on economic cooperation");
// - an admission ("it conceded that it has not achieved ...") is no concession;
// - a state of things after "with" ("with hundreds of thousands dead, millions forced to flee");
// - a gerund naming an activity in general ("Visiting any head of state requires checks");
// - agreeing with a view ("Trump agrees with Putin that ...");
// - talks said to be stalled or deadlocked (a state of the process, not a meeting);
// - papers handed over ("handed over a list of children") free no one.
import type { Doc } from '../../doc/model.js';
import type { SentenceView } from '../sentence-view.js';
import { spansStartingIn } from '../../doc/span-index.js';
import type { EventHit } from './lexicon.js';

/** "was the second mass strike", "is a new round of": a noun after a copula (not "there was an attack"). */
const COPULA_BEFORE = /(?<!\bthere\s)\b(?:was|is|were|are|been|be|became|becomes|remains|remained)\s+(?:(?:the|a|an|his|her|its|their|our|this|that)\s+)?(?:[\w-]+\s+){0,3}$/i;
/** A preposition among the words after a copula. */
const ADJUNCT_WORD = /\s(?:in|on|at|by|from|with|for|of|to|into|during|after|amid|near|over)\s/i;
/** "focused on ... prisoner exchanges", "negotiations on economic cooperation", "discussed a prisoner swap". */
const TOPIC_BEFORE = /\b(?:focus(?:ed|es|ing|sed|ses|sing)? on|discuss(?:ed|es|ing)?|(?:on|off) the agenda|agenda (?:of|for|including)|topics? (?:of|such as|including)|(?:talks|negotiations|discussions|dialogue|consultations|track|framework|proposal|plan|deal|agreement|accord|memorandum)\s+(?:on|about|over|regarding|concerning|covering))\s+(?:[^.;:()]{0,80})$/i;
/** "conceded that", "conceded it had not": an admission, not a concession. */
const ADMISSION_AFTER = /^\s*(?:,|(?:that|it|he|she|they|we|there|this|too\s+(?:much|many|far|little)|nothing|little|more than)\b)/i;
/** "with hundreds of thousands dead, millions forced to flee": a state after an absolute "with". */
const WITH_STATE = /\bwith\s+(?:(?:about|around|some|more than|over|nearly|almost|at least|tens of|hundreds of|thousands of|millions of)\s+)*(?:hundreds|thousands|millions|dozens|scores|tens|many|much|most|\d[\d,.]*)\b[^.;:]{0,160}$/i;
const STATE_CUE = /^(?:dead|killed|wounded|injured|destroyed|displaced|forced|razed|demolished|flattened|damaged)\b/i;
/** "Visiting any head of state requires ...": a gerund subject with a present or modal verb after it. */
const GENERIC_GERUND_AFTER = /^[^,;.:]{0,80}?\b(?:requires?|is|are|means|remains|takes|has become|would|can|could|should|must|involves?)\b/i;
/** "agrees with Putin that ...": sharing a view. */
const AGREE_WITH_VIEW = /^\s+with\s+[^,.;]{1,60}?\s(?:that|on the need|about)\b/i;

/** "talks on a roadmap had stalled", "negotiations remain deadlocked": the state of a process, no meeting. */
const STALLED_AFTER = /^[^.;,]{0,60}?\s(?:(?:has|have|had|remain|remains|remained|are|were|is|was)\s+(?:\w+\s+)?)?(?:stalled|deadlocked|frozen|stuck|on hold|at an impasse|in limbo)\b/i;

/** "a list of", "a memorandum", "documents": papers handed over. */
const PAPERS_AFTER = /^\s+(?:(?:a|an|the|their|its|his|her)\s+)?(?:\w+\s+)?(?:lists?|memorandum|memorandums|memoranda|documents?|drafts?|proposals?|letters?|names|plans?|dossiers?|papers|evidence|maps?)\b/i;

export function notAHappening(doc: Doc, s: SentenceView, h: EventHit, clause: string): boolean {
  const cue = doc.text.slice(h.start, h.end);
  const after = doc.text.slice(h.end, Math.min(s.end, h.end + 120));
  if (h.entry.verbal) return false;
  const first = spansStartingIn(doc.tokens, h.start, h.end)[0];
  const nominal = first?.pos === 'NOUN' && !/^(?:killed|dead|wounded|injured|destroyed|struck|shot|hit)$/i.test(cue);
  // ("were killed in Israeli strikes": a preposition between them makes the noun an adjunct's, not the predicate.)
  const copula = nominal && (h.entry.type === 'ASSAULT' || h.entry.type === 'CONSULT') ? COPULA_BEFORE.exec(clause) : null;
  if (copula && !ADJUNCT_WORD.test(copula[0])) return true;
  if (h.entry.type !== 'CONSULT' && TOPIC_BEFORE.test(clause)) return true;
  if (h.entry.type === 'CONCEDE' && /^conced/i.test(cue) && ADMISSION_AFTER.test(after)) return true;
  if ((h.entry.type === 'ASSAULT' || h.entry.type === 'COERCE') && STATE_CUE.test(cue) && WITH_STATE.test(clause)) return true;
  if (/^\W*$/.test(doc.text.slice(s.start, h.start)) && /^\w+ing\b/i.test(cue) && GENERIC_GERUND_AFTER.test(after)) return true;
  if (h.entry.type === 'AGREE' && /^agree[sd]?$/i.test(cue) && AGREE_WITH_VIEW.test(after)) return true;
  if (h.entry.type === 'CONSULT' && nominal && STALLED_AFTER.test(after)) return true;
  // "handed over a list of children", "handed over a memorandum": papers change hands, no one is freed.
  if (/^hand(?:s|ed|ing)? over$/i.test(cue) && PAPERS_AFTER.test(after)) return true;
  return false;
}
