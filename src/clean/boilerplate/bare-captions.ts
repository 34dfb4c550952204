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

/** Words a sentence or caption does not end in: articles, prepositions, conjunctions, auxiliaries and the first words of titles. */
const OPEN_ENDED = new Set(('a an the of to in on at by for from with and or but nor as than that which who whose whom is are was were be been has have had will would can could should may might must not ' +
  'its his her their our my your this these those ' +
  'prime deputy vice foreign defence defense interior finance chief former acting senior special').split(' '));

function lastWord(text: string): string {
  const t = text.trim();
  let i = t.length;
  while (i > 0 && /[\p{L}'’-]/u.test(t[i - 1])) i--;
  return t.slice(i).toLowerCase();
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
    // "..., Ukrainian Prime" / "Minister Yulia Svyrydenko said": a word no caption ends in, cut by a line wrap.
    if (OPEN_ENDED.has(lastWord(line.text))) continue;
    out.push({ ...trimmed(line), reason: 'caption', rule: 'bare-caption' });
  }
  for (const line of lines) {
    if (line.blank || !isDatedScene(line.text)) continue;
    const above = neighbour(lines, line.index, -1);
    const below = neighbour(lines, line.index, 1);
    if (!above || !below || !isProse(above.text) || !isProse(below.text)) continue;
    out.push({ ...trimmed(line), reason: 'caption', rule: 'bare-caption-dated' });
  }
  return out;
}

/** A caption's verb in the present, right after its subject: "Rescuers search", "A soldier ... stands", "Families queue". */
const SCENE_VERB = /^(?:stands? guard|sits?|walks?|looks? on|gestures?|attends?|carr(?:y|ies)|gathers?|waits?|inspects?|patrols?|mourns?|prays?|queues?|search(?:es)?|shakes? hands|greets?|salutes?|marches|march|flees?|sleeps?|collects?|lines? up|is (?:seen|pictured|shown)|are (?:seen|pictured|shown))$/;
/** The full date a caption ends in: "on June 16, 2026.", "on 3 March 2026.", "in April 2026.". */
const SCENE_DATE = /\b(?:on (?:[A-Z][a-z]+ \d{1,2}, |\d{1,2} [A-Z][a-z]+ )|in [A-Z][a-z]+ )(?:19|20)\d\d\.$/;
const SPEECH = /["“”]|\b(?:say|says|said|tell|tells|told|warn|warns|announce|announces|according)\b/;

/**
 * A caption with no credit that ends in its full stop (boiler23): one sentence of 6-35 words whose
 * verb, within its first seven words, is a scene's in the present ("Rescuers search the rubble ...",
 * "Displaced families queue for water ..."), ending in a full date with its year. A story's sentence
 * tells the same in the past ("searched"), and a schedule in the present has no year.
 */
function isDatedScene(text: string): boolean {
  const t = text.trim();
  const w = t.split(/\s+/);
  if (w.length < 6 || w.length > 35 || !SCENE_DATE.test(t) || SPEECH.test(t) || /[.!?;]\s/.test(t.slice(0, -1))) return false;
  if (!/^[\p{Lu}]/u.test(t)) return false;
  for (let k = 1; k < Math.min(8, w.length); k++) {
    const one = w[k].replace(/[,;]$/, '');
    if (SCENE_VERB.test(one) || SCENE_VERB.test(`${one} ${w[k + 1] ?? ''}`)) return /^[\p{L}'’-]+$/u.test(w[k - 1]);
  }
  return false;
}
