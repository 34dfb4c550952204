// The event lexicon: each entry (type + mode) with its cues; hits found with the shared cue
// matcher (a substring pre-check, then the cue's expression).
import type { EventLexicon, EventType } from '../../lexicons/schema.js';
import { CueTable } from '../../lexicons/index.js';

export interface EventEntry {
  type: EventType;
  mode: string | null;
  verbal: boolean;
  cues: string[];
}

export interface EventHit {
  entry: EventEntry;
  start: number;
  end: number;
}

const compiled = new WeakMap<EventLexicon, CueTable<EventEntry>>();

export function compileEvents(lex: EventLexicon): CueTable<EventEntry> {
  let table = compiled.get(lex);
  if (table) return table;
  const entries = lex.events.map((e) => ({ type: e.type, mode: e.mode, verbal: e.verbal, cues: e.cues }));
  table = new CueTable(entries.flatMap((e) => e.cues.map((c) => [c, e] as [string, EventEntry])));
  compiled.set(lex, table);
  return table;
}

/** Every cue of every entry in `text`; where two overlap, the longer wins. */
export function eventHits(text: string, offset: number, table: CueTable<EventEntry>): EventHit[] {
  const all: EventHit[] = [];
  for (const h of table.find(text, offset)) if (h.end > h.start) all.push({ entry: h.owner, start: h.start, end: h.end });
  all.sort(longerFirst);
  const kept: EventHit[] = [];
  for (const h of all) if (!overlapsAny(kept, h)) kept.push(h);
  return kept.sort(byStart);
}

// (Functions of the module, not callbacks made at each call: V8 compiled such callbacks again
// after every full collection; docs/performance.md, twentieth session.)
const longerFirst = (a: EventHit, b: EventHit): number => b.end - b.start - (a.end - a.start) || a.start - b.start;
const byStart = (a: EventHit, b: EventHit): number => a.start - b.start;
function overlapsAny(kept: readonly EventHit[], h: EventHit): boolean {
  for (const k of kept) if (k.start < h.end && h.start < k.end) return true;
  return false;
}
