// Events merge across articles into one ledger event when they are the same happening: the
// same type, overlapping actors, days within EVENT_WINDOW_DAYS, compatible modes and places,
// and reported by different articles (one article's events were already told apart by the
// extractor). "Russian drones struck Odesa on Monday" in one paper and "a Russian drone attack
// on Odesa killed three" dated the same day in another are one ASSAULT with two sources.
// A scheduled event that a later article reports as held is the same event, now occurred.
// A report joins an event only if it matches every report already in it, never the event's
// accumulated actors or places, so events do not snowball through chains of partial matches.
import { createHash } from 'node:crypto';
import type { EventFact, LedgerEvent } from './types.js';
import { byCodePoint, byNullableDate, daysBetween, mostCommon } from './order.js';

/** Days apart two reports of one event may date it (a strike at night is "Sunday" in one, "Monday" in the other). */
// An undated report stands on its article's publication day; such a match needs more in common (see sameReport).
export const EVENT_WINDOW_DAYS = 2;

/** The day an event is placed on: its own date, else (for what occurred) its article's publication day. */
export function dayOf(f: EventFact): string | null {
  return f.date ?? (f.status === 'scheduled' ? null : f.published);
}

interface Cluster {
  /** The first report's day: the earliest, as reports come in day order. */
  day: string;
  facts: EventFact[];
}

function placesCompatible(a: { location: string | null; country: string | null }, b: { location: string | null; country: string | null }): boolean {
  if (a.country !== null && b.country !== null && a.country !== b.country) return false;
  if (a.location === null || b.location === null) return true;
  const [x, y] = [a.location.toLowerCase(), b.location.toLowerCase()];
  // "Kharkiv" and "Kharkiv Oblast" name the same place at two scales.
  return x === y || x.startsWith(y + ' ') || y.startsWith(x + ' ');
}

/** Whether two reports, from different articles, tell of the same happening. */
export function sameReport(g: EventFact, f: EventFact): boolean {
  const [dg, df] = [dayOf(g), dayOf(f)];
  if (dg === null || df === null) return false;
  if (g.type !== f.type) return false;
  if (Math.abs(daysBetween(dg, df)) > EVENT_WINDOW_DAYS) return false;
  if (g.article === f.article) return false;
  if (g.mode !== null && f.mode !== null && g.mode !== f.mode) return false;
  if (!placesCompatible(g, f)) return false;
  const shared = f.actors.filter((a) => g.actors.includes(a)).length;
  // A day taken from the publication date is weaker: it needs two actors in common, or one and the same named place.
  if (g.date === null || f.date === null) return shared >= 2 || (shared >= 1 && g.location !== null && g.location === f.location);
  if (shared > 0) return true;
  // No actor on one side: the same named place on the same days still tells it is one event.
  return (f.actors.length === 0 || g.actors.length === 0) && g.location !== null && g.location === f.location;
}

/**
 * A report joins an event only if it is the same happening as every report already in it
 * (complete linkage). The event's actors, places and days never grow a test that a later
 * report is held to: A~B and B~C with A and C sharing no actor (or more than the window apart)
 * stay two events, so one well-connected report cannot chain unrelated ones together.
 */
export function sameEvent(c: Cluster, f: EventFact): boolean {
  return c.facts.every((g) => sameReport(g, f));
}

const factOrder = (a: EventFact, b: EventFact) =>
  byNullableDate(dayOf(a), dayOf(b)) || byNullableDate(a.published, b.published) || byCodePoint(a.article, b.article) || a.idx - b.idx;

export function mergeEvents(facts: EventFact[]): LedgerEvent[] {
  return clusterEvents(facts).map((reports, ord) => ledgerEvent(reports, ord));
}

/**
 * The reports of each real event (its anchor first), in the ledger's order (an event's `ord`
 * is its place here): what mergeEvents makes its events of. A store builds the events of a
 * few at a time from it (store/rebuild-ledger.ts), which holds much less than all of them.
 */
export function clusterEvents(facts: EventFact[]): EventFact[][] {
  const sorted = [...facts].sort(factOrder);
  const clusters: Cluster[] = [];
  const undated: EventFact[][] = [];
  let open: Cluster[] = [];
  for (const f of sorted) {
    const day = dayOf(f);
    if (day === null) { undated.push([f]); continue; }
    open = open.filter((c) => daysBetween(c.day, day) <= EVENT_WINDOW_DAYS);
    const c = open.find((c) => sameEvent(c, f));
    if (c) { c.facts.push(f); continue; }
    const fresh: Cluster = { day, facts: [f] };
    clusters.push(fresh);
    open.push(fresh);
  }
  const keyed = [...clusters.map((c) => c.facts), ...undated]
    .map((facts) => ({ facts, date: eventDate(facts), day: dayOf(facts[0]), type: facts[0].type, id: eventId(facts[0]) }));
  keyed.sort((a, b) => byNullableDate(a.date, b.date) || byNullableDate(a.day, b.day) || byCodePoint(a.type, b.type) || byCodePoint(a.id, b.id));
  return keyed.map((k) => k.facts);
}

/** An event's date: the one its reports give most often. */
export function eventDate(facts: EventFact[]): string | null {
  return mostCommon(facts.map((f) => f.date).filter((d): d is string => d !== null));
}

/** The first 12 hex digits of the anchor report's hash (read as such: a slice of the whole digest's text would keep all 64 alive). */
const eventId = (anchor: EventFact) => `ev-${createHash('sha256').update(`${anchor.article}:${anchor.idx}`).digest().toString('hex', 0, 6)}`;

/** The ledger event of one cluster of reports (clusterEvents), at place `ord`. */
export function ledgerEvent(facts: EventFact[], ord: number): LedgerEvent {
  return { ...toLedgerEvent(facts).event, ord };
}

function toLedgerEvent(facts: EventFact[]): { date: string | null; day: string | null; event: Omit<LedgerEvent, 'ord'> } {
  const anchor = facts[0];
  const located = facts.filter((f) => f.location !== null);
  const location = mostCommon(located.map((f) => f.location));
  const place = located.find((f) => f.location === location);
  const actors = [...new Set(facts.flatMap((f) => f.actors))].sort(byCodePoint);
  const actor1 = mostCommon(facts.map((f) => f.source_actor).filter((a): a is string => a !== null)) ?? actors[0] ?? null;
  const actor2 = mostCommon(facts.map((f) => f.target_actor).filter((a): a is string => a !== null && a !== actor1))
    ?? actors.find((a) => a !== actor1) ?? null;
  const killed = facts.filter((f) => f.killed !== null).sort((a, b) => a.killed! - b.killed!);
  const sources = [...new Set(facts.map((f) => f.article))];
  const status = facts.some((f) => f.status === 'occurred') ? 'occurred' : facts.some((f) => f.status === 'ongoing') ? 'ongoing' : 'scheduled';
  const date = eventDate(facts);
  return {
    date,
    day: dayOf(anchor),
    event: {
      id: eventId(anchor),
      type: anchor.type,
      mode: facts.find((f) => f.mode !== null)?.mode ?? null,
      status,
      date,
      location,
      country: place?.country ?? facts.find((f) => f.country !== null)?.country ?? null,
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      actors,
      actor1,
      actor2,
      fatalities_low: killed.length ? killed[0].killed : null,
      fatalities_low_source: killed.length ? killed[0].article : null,
      fatalities_best: mostCommon(killed.map((f) => f.killed)),
      fatalities_high: killed.length ? killed[killed.length - 1].killed : null,
      fatalities_high_source: killed.length ? killed.find((f) => f.killed === killed[killed.length - 1].killed)!.article : null,
      reports: facts.map((f) => ({ article: f.article, idx: f.idx })),
      sources,
      source_count: sources.length,
      evidence: anchor.evidence,
    },
  };
}
