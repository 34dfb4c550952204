// The event lexicon compiled for speed: one expression per entry (type + mode), the cues of
// the entry as alternatives, longest first.
import type { EventLexicon, EventType } from '../../lexicons/schema.js';
import { cueRegExp } from '../../lexicons/index.js';

export interface EventEntry {
  type: EventType;
  mode: string | null;
  verbal: boolean;
  re: RegExp;
}

export interface EventHit {
  entry: EventEntry;
  start: number;
  end: number;
}

const compiled = new WeakMap<EventLexicon, EventEntry[]>();

export function compileEvents(lex: EventLexicon): EventEntry[] {
  let entries = compiled.get(lex);
  if (entries) return entries;
  entries = lex.events.map((e) => {
    const sources = [...e.cues].sort((a, b) => b.length - a.length).map((c) => cueRegExp(c).source);
    return { type: e.type, mode: e.mode, verbal: e.verbal, re: new RegExp(sources.join('|'), 'giu') };
  });
  compiled.set(lex, entries);
  return entries;
}

/** Every cue of every entry in `text`; where two overlap, the longer wins. */
export function eventHits(text: string, offset: number, entries: EventEntry[]): EventHit[] {
  const all: EventHit[] = [];
  for (const entry of entries) {
    entry.re.lastIndex = 0;
    for (const m of text.matchAll(entry.re)) if (m[0]) all.push({ entry, start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: EventHit[] = [];
  for (const h of all) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}
