// A photo caption with no credit and no marker, as many outlets print it between two
// paragraphs: "Smoke rises over the port after a strike on Tuesday", "Displaced families
// queue for water at a camp in North Darfur in April 2024". It is a sentence in shape
// (words enough, lower-case words) but ends in no sentence punctuation, and the paragraphs
// on both sides are prose. A paragraph that a scraper broke mid-sentence continues in lower
// case on the next line and is left alone, as are list items, list leads (":") and quotes.
import type { Removed } from '../../doc/model.js';
import { type Line, neighbour, trimmed } from '../../doc/lines.js';
import { isBullet, isProse, words } from './line-shape.js';

/** Any closing punctuation a line of prose, a quote or a list lead ends in. */
const CLOSED = /[.!?;:,"“”’'»)\]…。！-]$/u;

export function isBareCaption(text: string): boolean {
  const t = text.trim();
  const w = words(t);
  if (w.length < 6 || w.length > 30 || t.length > 220) return false;
  if (CLOSED.test(t) || isBullet(t) || /["“”«»]/u.test(t)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  // Sentence case, not a title-cased headline or a name list: a third of its words or more are lower case.
  const lower = w.filter((x) => /^\p{Ll}/u.test(x)).length;
  return lower >= 3 && lower * 3 >= w.length;
}

export function findBareCaptions(lines: Line[]): Removed[] {
  const out: Removed[] = [];
  for (const line of lines) {
    if (line.blank || !isBareCaption(line.text)) continue;
    const above = neighbour(lines, line.index, -1);
    const below = neighbour(lines, line.index, 1);
    if (!above || !below || !isProse(above.text) || !isProse(below.text)) continue;
    // Prose goes on after it: the line below opens a sentence, it does not finish one.
    if (!/^["“‘'(]?[\p{Lu}\p{N}]/u.test(below.text.trim())) continue;
    out.push({ ...trimmed(line), reason: 'caption', rule: 'bare-caption' });
  }
  return out;
}
