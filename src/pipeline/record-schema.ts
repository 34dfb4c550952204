// The schema of the extraction record (OUTPUT.md), checked on every record the tests make,
// with the invariants a consumer relies on: offsets in bounds, ids that resolve.
import { z } from 'zod';
import { ISSUES, STANCES, EVENT_TYPES, HEDGES } from '../lexicons/schema.js';

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).refine((s) => s.start <= s.end, 'start <= end');
const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const mention = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

export const recordSchema = z.object({
  schema: z.literal('detente/extract@1'),
  document: z.object({
    id: z.string().regex(/^[0-9a-f]{16}$/),
    title: z.string().nullable(),
    published: iso.nullable(),
    url: z.string().nullable(),
    source: z.string(),
    text: z.string(),
  }),
  removed: z.array(span.and(z.object({ reason: z.enum(['caption', 'credit', 'related', 'promo', 'navigation', 'byline']) }))),
  gaps: z.array(span.and(z.object({
    context: z.string(),
    restored: z.object({ actor: z.string(), name: z.string(), confidence: z.number().min(0).max(1) }).nullable(),
  }))),
  actors: z.array(z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    kind: z.enum(['person', 'state', 'organisation', 'armed_group', 'coalition', 'group']),
    country: z.string().regex(/^[A-Z]{2}$/).nullable(),
    role: z.string().nullable(),
    mentions: z.array(mention),
  })),
  locations: z.array(z.object({
    name: z.string(), country: z.string().regex(/^[A-Z]{2}$/).nullable(),
    lat: z.number().nullable(), lon: z.number().nullable(), mentions: z.array(mention),
  })),
  claims: z.array(z.object({
    source: z.string().nullable(), source_text: z.string().nullable(), hedge: z.enum(HEDGES),
    cue: z.string().nullable(), via: z.string().nullable(), evidence: span,
  })),
  positions: z.array(z.object({
    holder: z.string(), stance: z.enum(STANCES), issue: z.enum(ISSUES), target: z.string().nullable(),
    condition: z.string().nullable(), claim: z.number().int().nullable(), evidence: span,
  })),
  events: z.array(z.object({
    type: z.enum(EVENT_TYPES), mode: z.string().nullable(), status: z.enum(['occurred', 'scheduled', 'ongoing']),
    actors: z.array(z.string()), source_actor: z.string().nullable(), target_actor: z.string().nullable(),
    date: iso.nullable(), date_text: z.string().nullable(), location: z.string().nullable(),
    quantities: z.partialRecord(z.enum(['killed', 'injured', 'missing', 'detained', 'displaced', 'buildings_damaged', 'participants', 'regions']), z.number().int()),
    claim: z.number().int().nullable(), evidence: span,
  })),
});

export type CheckedRecord = z.infer<typeof recordSchema>;

/** Problems with a record beyond its shape: offsets out of bounds, ids that resolve to nothing. */
export function recordProblems(r: CheckedRecord): string[] {
  const problems: string[] = [];
  const n = r.document.text.length;
  const ids = new Set(r.actors.map((a) => a.id));
  const locs = new Set(r.locations.map((l) => l.name));
  const inBounds = (s: { start: number; end: number }, what: string) => {
    if (s.start < 0 || s.end > n || s.start > s.end) problems.push(`${what}: span ${s.start}-${s.end} out of 0-${n}`);
  };
  const known = (id: string | null, what: string) => { if (id !== null && !ids.has(id)) problems.push(`${what}: unknown actor ${id}`); };
  r.removed.forEach((s, i) => inBounds(s, `removed[${i}]`));
  r.gaps.forEach((s, i) => inBounds(s, `gaps[${i}]`));
  for (const a of r.actors) for (const m of a.mentions) {
    inBounds(m, `actor ${a.id}`);
    if (r.document.text.slice(m.start, m.end) !== m.text) problems.push(`actor ${a.id}: mention text "${m.text}" is not the text at its offsets`);
  }
  for (const l of r.locations) for (const m of l.mentions) inBounds(m, `location ${l.name}`);
  r.claims.forEach((c, i) => { inBounds(c.evidence, `claims[${i}]`); known(c.source, `claims[${i}].source`); known(c.via, `claims[${i}].via`); });
  r.positions.forEach((p, i) => {
    inBounds(p.evidence, `positions[${i}]`); known(p.holder, `positions[${i}].holder`); known(p.target, `positions[${i}].target`);
    if (p.claim !== null && !(p.claim >= 0 && p.claim < r.claims.length)) problems.push(`positions[${i}].claim: no claim ${p.claim}`);
  });
  r.events.forEach((e, i) => {
    inBounds(e.evidence, `events[${i}]`);
    e.actors.forEach((a) => known(a, `events[${i}].actors`));
    known(e.source_actor, `events[${i}].source_actor`); known(e.target_actor, `events[${i}].target_actor`);
    if (e.location !== null && !locs.has(e.location)) problems.push(`events[${i}].location: no location ${e.location}`);
    if (e.claim !== null && !(e.claim >= 0 && e.claim < r.claims.length)) problems.push(`events[${i}].claim: no claim ${e.claim}`);
  });
  return problems;
}
