// A part an actor took in a happening, said in passing to tell who the actor is, tells no happening of its own
// (events20, read on real copy of other wars):
// - a relative clause on a name whose act is one told elsewhere (its object a definite happening or the body
//   that did it) or one summed over time (a perfect with no day): "Turkey and Qatar, which mediated the talks,
//   said ...", "Foreign Minister X, who hosted the meeting, said ...", "the ombudsman, who travelled with the
//   commission, said ...", "Oman, which has mediated between the rebels and Washington, said ...";
// - a participle set off by commas after a happening named again: "The talks, mediated by the regional bloc,
//   are the first ...", "The meeting, hosted by the bloc's foreign policy chief, lasted four hours".
// ("Egypt, which hosted talks on Sunday, said ..." names a day and stays an event; "Tiani, who seized power in
// a coup" names no happening told again and is read as before.)

/** ", which ", ", who has also ": a relative clause opening on a name, right before the cue. */
const RELATIVE_BEFORE = /[\p{L}\p{N})’'.],\s+(?:which|who)\s+((?:has|have|had)\s+)?(?:(?:also|long|previously|already|often|repeatedly|earlier)\s+)?$/iu;
/** Happenings, and the bodies that hold them, named again with "the": "the talks", "the commission". */
const HAPPENING_NOUN = '(?:talks|meeting|meetings|negotiations|summit|discussions|dialogue|consultations|process|commission|delegation|mission|exchange|swap|deal|agreement|ceasefire|truce|accord|ceremony|visit|conference|mediation|round|handover|release)';
/** The cue's object (or its preposition's) named with "the" (up to two words between): "the talks", "with the commission", "the latest round". */
const DEFINITE_OBJECT = new RegExp(`^\\s+(?:(?:with|to|at|in|for|over|of)\\s+)?(?:the|these|those|that|this)\\s+(?:[\\w-]+\\s+){0,2}?${HAPPENING_NOUN}\\b`, 'i');
/** A day, a month or a year in the relative clause: its act is told as happening then. */
const DAY_NAMED = /\b(?:on\s+\p{Lu}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|last\s+(?:week|month|year|night)|this\s+(?:week|month|year|morning)|earlier\s+this|(?:january|february|march|april|june|july|august|september|october|november|december)\b|(?:19|20)\d\d)/iu;
/** A participle set off by commas after a happening named again: "The talks, ", "the meeting, " (the noun and up to two words before it after "the"). */
const HAPPENING_ENDS = new RegExp(`^${HAPPENING_NOUN}$`, 'i');
const DETERMINER = /^(?:the|these|those|this|that)$/i;
function apposedToHappening(before: string): boolean {
  const m = /,\s+$/.exec(before);
  if (!m) return false;
  // The words of the phrase the comma closes (back to the punctuation before it).
  const phrase = before.slice(0, m.index).slice(-60);
  const words = phrase.slice(Math.max(phrase.lastIndexOf(','), phrase.lastIndexOf(';'), phrase.lastIndexOf('.'), phrase.lastIndexOf(':')) + 1).split(/\s+/).filter(Boolean);
  const noun = words.length - 1;
  return noun >= 1 && HAPPENING_ENDS.test(words[noun]) && words.slice(Math.max(0, noun - 3), noun).some((w) => DETERMINER.test(w));
}
const PARTICIPLE = /^(?:mediated|hosted|brokered|chaired|sponsored|facilitated|organi[sz]ed|convened|attended|led)\b/i;

/**
 * Whether the cue at `start`..`end` tells only what a named actor did in a happening told elsewhere: `before` is the
 * sentence's text before the cue, `after` its text after the cue.
 */
export function partTakenInPassing(before: string, cue: string, after: string): boolean {
  const rel = RELATIVE_BEFORE.exec(before);
  if (rel) {
    // (A cue of several words holds its object: "mediated the talks".)
    const object = cue.replace(/^\S+/, '') + after;
    if (DAY_NAMED.test(object.split(/[,;.:]/)[0])) return false;
    return DEFINITE_OBJECT.test(object) || (!!rel[1] && /^ha(?:s|ve)\s/i.test(rel[1]));
  }
  return PARTICIPLE.test(cue) && apposedToHappening(before);
}
