// A state's name inside a longer place name of the knowledge base names the place, not the
// state: "Lake Chad", "Niger State" (of Nigeria), "Mount Lebanon", "the Gulf of Oman", "the
// Kurdistan Region of Iraq". The words are left to the place finder.
import type { Doc } from '../doc/model.js';
import type { Kb } from '../kb/index.js';
import { type Word, adjacent, keyOf } from './words.js';
import type { Candidate } from './candidate.js';

/** Words a place name may reach before and after the state's name ("Kurdistan Region of" Iraq). */
const BEFORE = 3;
const AFTER = 3;

/**
 * Words after "X state" that make it the state X's own body, not a state called X: "Niger state
 * television said" is the Nigerien broadcaster, "Niger state governor" is Nigeria's Niger State.
 */
const STATE_OWNED = new Set(['television', 'tv', 'media', 'broadcaster', 'radio', 'news', 'agency', 'newspaper', 'daily', 'press', 'company', 'firm', 'oil', 'mining', 'airline']);

/** Words that open a town's name before another name: "Puerto Jordan" (Colombia), "San Marino" aside, "Fort Portal". */
export const PLACE_OPENERS = new Set(['puerto', 'porto', 'port', 'ciudad', 'villa', 'fort', 'cabo', 'bahia', 'nueva', 'nuevo', 'santa', 'santo', 'sao', 'são']);

export function inPlaceName(doc: Doc, words: Word[], c: Candidate, kb: Kb): boolean {
  if (c.ids.length !== 1 || kb.actors.get(c.ids[0])?.kind !== 'state') return false;
  // ("the village of Puerto Jordan", "Nueva Guinea"): a state's name after a word that opens town names is part of the town's.
  const opener = words[c.first - 1];
  if (opener?.cap && PLACE_OPENERS.has(opener.key) && adjacent(doc, opener, words[c.first]) && c.first === c.last && !kb.places.get(keyOf(words, c.first - 1, c.last + 1))?.length && !/^\p{Lu}+$/u.test(opener.text)) return true;
  // The longest run of words joined to the state's name by spaces alone, within reach.
  let from = c.first;
  while (from > 0 && c.first - from < BEFORE && adjacent(doc, words[from - 1], words[from])) from--;
  let to = c.last;
  while (to + 1 < words.length && to - c.last < AFTER && adjacent(doc, words[to], words[to + 1])) to++;
  for (let a = from; a <= c.first; a++) {
    // A place name starts with a capital ("Lake Chad"; "southern Lebanon" stays Lebanon).
    if (!words[a].cap) continue;
    for (let b = to; b >= c.last; b--) {
      if (a === c.first && b === c.last) continue;
      const places = kb.places.get(keyOf(words, a, b + 1));
      // (A state is a place too: "South Sudan" is a state, not Sudan inside a place.)
      if (!places?.some((p) => p.population < 1e9)) continue;
      if (words[b].key === 'state' && STATE_OWNED.has(words[b + 1]?.key ?? '')) continue;
      return true;
    }
  }
  return false;
}
