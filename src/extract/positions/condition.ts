// The condition a position is stated on.
import type { Ctx } from '../../pipeline/context.js';
import { findCues } from '../../lexicons/index.js';
import type { SentenceView } from '../sentence-view.js';

/** The condition cues but "if" (too common to introduce a condition on a position), one list a lexicon so that its index is built once. */
const conditionLists = new WeakMap<object, string[]>();
function conditionCues(stances: Ctx['lexicons']['stances']): string[] {
  let list = conditionLists.get(stances);
  if (!list) { list = stances.conditions.filter((c) => c !== 'if'); conditionLists.set(stances, list); }
  return list;
}

/** "contingent on a deal that ends the fighting": the clause after a condition cue. */
export function conditionOf(s: SentenceView, ctx: Ctx): string | null {
  const hit = findCues(s.text, conditionCues(ctx.lexicons.stances), s.start)[0];
  if (!hit) return null;
  const rest = s.text.slice(hit.start - s.start);
  const clause = rest.split(/[,;.](?=\s|$)/)[0].trim();
  return clause.length > 3 ? clause : null;
}
