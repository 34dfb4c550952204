// The record of OUTPUT.md (schema detente/extract@1), built from a finished document.
import { createHash } from 'node:crypto';
import type { Doc, Removed, Gap, Actor, Location, Claim, Position, Event } from '../doc/model.js';

export interface ExtractRecord {
  schema: 'detente/extract@1';
  document: { id: string; title: string | null; published: string | null; url: string | null; source: string; text: string };
  removed: Omit<Removed, 'rule'>[];
  gaps: Omit<Gap, 'rule'>[];
  actors: Actor[];
  locations: Location[];
  claims: Claim[];
  positions: Position[];
  events: Event[];
}

export function toRecord(doc: Doc): ExtractRecord {
  return {
    schema: 'detente/extract@1',
    document: {
      id: createHash('sha256').update(doc.text).digest('hex').slice(0, 16),
      title: doc.meta.title,
      published: doc.meta.published,
      url: doc.meta.url,
      source: doc.meta.source,
      text: doc.text,
    },
    removed: doc.removed.map(({ start, end, reason }) => ({ start, end, reason })),
    gaps: doc.gaps.map(({ start, end, context, restored }) => ({ start, end, context, restored })),
    actors: [...doc.actors],
    locations: [...doc.locations],
    claims: [...doc.claims],
    positions: [...doc.positions],
    events: [...doc.events],
  };
}
