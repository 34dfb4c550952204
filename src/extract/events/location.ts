// The place of an event: the place its sentence puts it in, not any place the sentence names.
// "talks in Qatar's capital Doha" is in Doha, not in "Gaza" of "Gaza ceasefire talks"; a
// named city beats a whole country; of two equal places, the one nearer the cue wins.
import type { Doc } from '../../doc/model.js';
import type { SentenceView } from '../sentence-view.js';

const PLACE_PREPOSITION = /\b(?:in|at|near|on|outside|over|across|off|capital|city of|town of|village of|region of)\s+(?:the\s+)?$/i;

export function locationIn(doc: Doc, s: SentenceView, countries = true, cue: { start: number; end: number } | null = null): string | null {
  let best: { name: string; score: number } | null = null;
  for (const loc of doc.locations) {
    // "talks in Abu Dhabi" may have been linked as a mention of the state it is the capital of: the place is still named there.
    const names = new Set([loc.name, ...loc.mentions.map((m) => m.text)]);
    // Only after a place preposition: "Kyiv would never recognise" names the state, not a place.
    const spans = [...loc.mentions, ...doc.mentions.filter((m) => names.has(m.text) && !loc.mentions.some((l) => l.start === m.start)
      && PLACE_PREPOSITION.test(doc.text.slice(Math.max(s.start, m.start - 14), m.start)))];
    for (const m of spans) {
      if (m.start < s.start || m.end > s.end) continue;
      const before = doc.text.slice(Math.max(s.start, m.start - 14), m.start);
      // A named place in the clause beats a whole country: "talks in Abu Dhabi" over "in Ukraine".
      const country = doc.actors.some((a) => a.kind === 'state' && a.name === loc.name);
      if (country && !countries) continue;
      let score = (PLACE_PREPOSITION.test(before) ? 2 : 1) - (country ? 1.5 : 0);
      // "Gaza ceasefire talks", "the Kyiv government": a place naming what a noun is about places nothing.
      const next = doc.tokens.find((t) => t.start >= m.end && t.start < m.end + 3);
      if (next && next.pos === 'NOUN' && /^\s[a-z]/.test(doc.text.slice(m.end, next.start + 1))) score -= 0.75;
      if (cue) score -= Math.min(Math.abs(m.start - cue.end), Math.abs(cue.start - m.end)) / 10000;
      if (!best || score > best.score) best = { name: loc.name, score };
    }
  }
  return best?.name ?? null;
}
