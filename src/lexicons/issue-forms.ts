// The plural of an issue cue's last noun ("monitoring team" -> "monitoring teams", "truce" ->
// "truces", "land swap" -> "land swaps"): the lexicon lists mostly one form, and real copy names
// the same thing in the plural ("deploy temporary monitoring teams along the border"). A cue
// ending in a star, a gap, a form already inflected (-s, -ed, -ing, -ly) or a word of another
// kind (a preposition, a pronoun) gets none.
import type { IssueLexicon } from './schema.js';

/** Last words that are no nouns, or whose plural names something else ("arms", "goods", "forces" of nature are kept). */
const NO_PLURAL = new Set([
  'to', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'over', 'under', 'off', 'out', 'up', 'down', 'back', 'away',
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'it', 'them', 'him', 'us', 'home', 'here', 'there', 'now', 'again',
  'arm', 'aid', 'good', 'right', 'term', 'custom', 'mean', 'spirit', 'manner', 'minute', 'ground', 'water', 'people', 'children',
  'police', 'personnel', 'staff', 'crew', 'military', 'equipment', 'intelligence', 'security', 'support', 'assistance', 'relief',
  'peace', 'justice', 'amnesty', 'sovereignty', 'independence', 'neutrality', 'membership', 'captivity', 'detention', 'jail',
  'prison', 'arrest', 'nato', 'un', 'eu', 'osce', 'iaea', 'asean', 'isf', 'kfor', 'eufor', 'unmik', 'unifil', 'monusco', 'unmiss',
  'trade', 'corridor', 'shelter', 'airport', 'cargo', 'freight', 'leave', 'left', 'before', 'behind', 'until', 'said', 'told', 'say', 'says',
  'minusma', 'amisom', 'atmis', 'aussom', 'unisfa', 'unmha', 'eacrf', 'samidrc', 'pow', 'all', 'none', 'must', 'ukraine', 'gaza',
]);

export function pluralOf(word: string): string | null {
  if (!/^[a-z][a-z-]*[a-z]$/.test(word) || word.length < 3 || NO_PLURAL.has(word)) return null;
  if (/(?:s|ed|ing|ly|ful|ish|ian|ese|ic|al|ive|ous|ary|ern|wide|led|based|free)$/.test(word)) return null;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:ch|sh|x|z)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** Each cue with its last word in the plural, when that form is no cue (of any issue) already. */
export function pluralCues(cues: readonly string[], known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const cue of cues) {
    const words = cue.trim().split(/\s+/);
    const last = words[words.length - 1];
    if (words.length > 4 || last.endsWith('*') || last === '...') continue;
    const plural = pluralOf(last.toLowerCase());
    if (!plural) continue;
    const form = [...words.slice(0, -1), plural].join(' ');
    if (!known.has(form.toLowerCase())) out.push(form);
  }
  return out;
}

/** Adds the plural forms to every issue's cues and "not" phrases (a plural of a "not" phrase stays no cue). */
export function addIssueForms(lex: IssueLexicon): void {
  const known = new Set(lex.issues.flatMap((e) => [...e.cues, ...e.not].map((c) => c.toLowerCase())));
  for (const e of lex.issues) {
    const cues = pluralCues(e.cues, known);
    const not = pluralCues(e.not, known);
    for (const c of [...cues, ...not]) known.add(c.toLowerCase());
    e.cues.push(...cues);
    e.not.push(...not);
  }
}
