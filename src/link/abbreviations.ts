// Abbreviations an article defines itself: "the Arakkha Army (AA)", "the Sudan Liberation
// Movement (SLM)", "the Democratic Forces for the Liberation of Rwanda (FDLR)". The letters in
// brackets after a name the linker took are that actor's name in this article, wherever the
// article uses them after it, even where the knowledge base would read them as another body (a
// two-letter "AA" is Anadolu's in one article and an armed group's in another).
import type { Doc } from '../doc/model.js';
import type { Candidate } from './candidate.js';
import type { Word } from './words.js';

/** Two to eight capitals, digits and hyphens after the first: "AA", "M23", "SLM-AW". */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\d-]{1,7}$/u;

export interface Definition {
  id: string;
  /** Where the definition's brackets open: only later uses are read with it. */
  at: number;
}

/** The abbreviations defined in brackets right after a chosen mention ("Army (AA)"); one defined for two actors is dropped. */
export function definedAbbreviations(doc: Doc, words: Word[], chosen: readonly { cand: Candidate; id: string }[]): Map<string, Definition> {
  const out = new Map<string, Definition>();
  const dropped = new Set<string>();
  for (const { cand, id } of chosen) {
    const open = words[cand.last + 1];
    const abbr = words[cand.last + 2];
    const close = words[cand.last + 3];
    if (open?.text !== '(' || close?.text !== ')' || !abbr || !ABBREVIATION.test(abbr.text)) continue;
    // (Only "Name (ABBR)" with nothing but spaces between: "Reuters (AP)" in a credit is not read here.)
    if (!/^ ?$/.test(doc.text.slice(cand.end, open.start)) || abbr.start !== open.end || close.start !== abbr.end) continue;
    // (The name itself in capitals, "RSF (RSF)", defines nothing.)
    if (cand.text === abbr.text || dropped.has(abbr.text)) continue;
    const had = out.get(abbr.text);
    if (had && had.id !== id) { out.delete(abbr.text); dropped.add(abbr.text); continue; }
    if (!had) out.set(abbr.text, { id, at: open.start });
  }
  return out;
}
