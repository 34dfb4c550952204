// The states an article is about, counted from its names: shared by the lost-name restorer (the
// two sides of a conflict, the one state whose bare offices an article means) and the claims
// stage (the one state whose unnamed ministry or army speaks).
import type { Doc, Actor } from '../doc/model.js';
import { normName, type Kb } from '../kb/index.js';
import { matchesOf } from '../doc/matches.js';

/** The states the article names, with how often (a name in the headline five times), most first. */
export function sideCounts(doc: Doc, kb: Kb): [string, number][] {
  const counts = new Map<string, number>();
  const add = (iso: string, at: number) => counts.set(iso, (counts.get(iso) ?? 0) + (at < doc.titleEnd ? 5 : 1));
  // (Actors and mention starts looked up in a map and a set: searching the lists for every name was quadratic.)
  const actors = new Map<string, Actor>();
  for (const a of doc.actors) if (!actors.has(a.id)) actors.set(a.id, a);
  const starts = new Set(doc.mentions.map((m) => m.start));
  for (const m of doc.mentions) {
    const country = kb.actors.get(m.actor)?.country ?? actors.get(m.actor)?.country;
    if (country) add(country, m.start);
  }
  for (const w of matchesOf(doc.text, /\b[\p{Lu}][\p{L}]+\b/gu)) {
    const iso = kb.demonyms.get(normName(w[0]));
    if (iso && !starts.has(w.index!)) add(iso, w.index!);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * The one state an article is about, when it is plain: the most named, twice as often as any
 * other. An article on two sides' war ("Prime Minister" in a Gaza story) has none.
 */
export function homeCountry(doc: Doc, kb: Kb): string | null {
  const counts = sideCounts(doc, kb);
  if (!counts.length || (counts.length > 1 && counts[0][1] < 2 * counts[1][1])) return null;
  return counts[0][0];
}
