// "would not ... meet the demands ": a lead phrase, then up to a few words, at the end of a text.
// Read from the end, word by word, instead of with /lead\s+(?:word\s+){0,n}$/: that expression
// is tried from every place in the text and walks to its end from each.

const SPACE = /\s/;

/**
 * Whether `text` ends with `lead` (an expression anchored at the end, such as /\bwill$/i), a run
 * of spaces, and at most `most` words each followed by a run of spaces; a word is a run of
 * non-spaces, and `word`, when given, must match it whole. The same as
 * /(?:lead)\s+(?:WORD\s+){0,most}$/ where WORD is `word`'s class repeated (\S+ without it).
 * `fits`, when given, must also accept the words after the lead (first to last).
 */
export function leadThenWords(text: string, lead: RegExp, most: number, word?: RegExp, fits?: (words: string[]) => boolean): boolean {
  /** The words read so far, first to last. */
  const words: string[] = [];
  let p = text.length;
  for (let k = 0; ; k++) {
    const spacesEnd = p;
    while (p > 0 && SPACE.test(text[p - 1])) p--;
    if (p === spacesEnd) return false;
    if ((!fits || fits(words)) && lead.test(text.slice(0, p))) return true;
    if (k === most) return false;
    const wordEnd = p;
    while (p > 0 && !SPACE.test(text[p - 1])) p--;
    if (p === wordEnd || (word && !word.test(text.slice(p, wordEnd)))) return false;
    if (fits) words.unshift(text.slice(p, wordEnd));
  }
}
