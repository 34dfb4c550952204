// One event per real happening: the same meeting, swap or strike told again later in the
// article ("Ukraine and Russia held talks in Geneva on Tuesday ..." / "After the talks ended,
// Umerov said ...") is merged into the first telling, which takes the later one's details.
// A strike repeats only nearby, and only when the later telling adds no other date: "the
// 2023 attack" told after an undated "warning shots" is another event. Two places, two dates
// or (for acts of one side on another) two attacking sides make two events.
import type { Event } from '../../doc/model.js';
import type { DocView } from '../sentence-view.js';

/** Types whose repeats are one event however far apart they are told (a deal, a round of talks, a swap). */
export const ARTICLE_WIDE = new Set(['AGREE', 'CONSULT', 'SANCTION', 'AID', 'COOPERATE', 'RETREAT']);
/** Meeting modes that describe one round of talks from different sides: a call or a visit stays apart. */
const TALKS = new Set(['meeting', 'third-party', 'multilateral']);
/** ASSAULT and the rest: a repeat must be told within this many characters. */
const NEAR = 400;

export function mergeRepeats(events: Event[], dv: DocView): Event[] {
  const out: Event[] = [];
  const index = new RepeatIndex(events);
  for (const e of events) {
    const reach = ARTICLE_WIDE.has(e.type) ? Infinity : NEAR;
    // One side's strikes on one day are one attack however far apart the article tells them.
    const sameDay = (o: Event) => o.date !== null && o.date === e.date && o.source_actor !== null && e.source_actor !== null;
    const isTwin = (o: Event) => o.type === e.type && sameMode(o, e, reach === Infinity) && o.status === e.status && (e.evidence.start - o.evidence.end < reach || sameDay(o))
      && (o.date === e.date || e.date === null || (o.date === null && reach === Infinity))
      && sameSide(o, e, dv)
      && e.actors.length > 0 && e.actors.every((a) => covers(o, a, dv));
    const twin = index.first(out, e, reach, isTwin);
    if (twin) {
      for (const [k, v] of Object.entries(e.quantities)) if (!(k in twin.quantities)) (twin.quantities as Record<string, number>)[k] = v;
      if (twin.date === null && e.date !== null) { twin.date = e.date; twin.date_text = e.date_text; index.dated(twin); }
      twin.location ??= e.location;
      twin.mode ??= e.mode;
      continue;
    }
    index.add(out, e);
  }
  return out;
}

/**
 * Where a repeat can be: the first event kept before it that is a twin. A twin has the later
 * telling's type, and (but for the article-wide types) was told within NEAR characters or on
 * the same day by a named side; so the search looks only at the events of that type told just
 * before and at those of that type and day, not at every event kept (which made a page of
 * repeated paragraphs quadratic). It takes the first in article order of those, as the search
 * through all kept events did. The window relies on evidence ending in article order, as the
 * events stage tells them; if it does not, every kept event is tried.
 */
class RepeatIndex {
  /** Positions in the kept list, by type, in order. */
  private byType = new Map<string, number[]>();
  /** Positions of kept events with a date and a source, by type and date. */
  private byDay = new Map<string, number[]>();
  private position = new Map<Event, number>();
  private ordered: boolean;

  constructor(events: readonly Event[]) {
    this.ordered = events.every((e, i) => i === 0 || events[i - 1].evidence.end <= e.evidence.end);
  }

  add(out: Event[], e: Event): void {
    this.position.set(e, out.length);
    out.push(e);
    const same = this.byType.get(e.type);
    if (same) same.push(out.length - 1); else this.byType.set(e.type, [out.length - 1]);
    this.dated(e);
  }

  /** A kept event's date is known (when it is kept, or when a later telling gives it one). */
  dated(e: Event): void {
    if (e.date === null || e.source_actor === null) return;
    const key = `${e.type}\u0000${e.date}`;
    const at = this.position.get(e)!;
    const same = this.byDay.get(key);
    if (same) same.push(at); else this.byDay.set(key, [at]);
  }

  first(out: readonly Event[], e: Event, reach: number, isTwin: (o: Event) => boolean): Event | undefined {
    if (!this.ordered) return out.find(isTwin);
    const same = this.byType.get(e.type) ?? [];
    if (reach === Infinity) {
      for (const at of same) if (isTwin(out[at])) return out[at];
      return undefined;
    }
    let best = -1;
    // Told within reach: the events of the type whose evidence ends less than `reach` before this one starts.
    for (let k = same.length - 1; k >= 0 && e.evidence.start - out[same[k]].evidence.end < reach; k--) if (isTwin(out[same[k]])) best = same[k];
    if (e.date !== null && e.source_actor !== null) {
      for (const at of this.byDay.get(`${e.type}\u0000${e.date}`) ?? []) if ((best < 0 || at < best) && isTwin(out[at])) best = at;
    }
    return best < 0 ? undefined : out[best];
  }
}

/**
 * The modes of one round of talks fit each other; an unspecified mode fits any where the
 * repeat may be told anywhere, or where the later telling gives no mode of its own
 * ("the assault killed four" after "drones struck").
 */
function sameMode(a: Event, b: Event, lenient: boolean): boolean {
  if (a.mode === b.mode || b.mode === null || (lenient && a.mode === null)) return true;
  return a.type === 'CONSULT' && a.mode !== null && TALKS.has(a.mode) && TALKS.has(b.mode);
}

/** Acts done by one side to another: a strike by Ukraine is not Russia's strike told again. */
const DIRECTED = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'AID', 'RETREAT', 'MOBILIZE']);

function sameSide(a: Event, b: Event, dv: DocView): boolean {
  if (!DIRECTED.has(a.type) || !a.source_actor || !b.source_actor) return true;
  const ca = dv.countryOf(a.source_actor), cb = dv.countryOf(b.source_actor);
  return a.source_actor === b.source_actor || ca === null || cb === null || ca === cb;
}

/**
 * An actor of the later telling is one of the first's, or speaks for one of its states
 * ("Witkoff said the delegations agreed" after "the U.S., Ukraine and Russia agreed"), or
 * is the outlet reporting it.
 */
function covers(first: Event, actor: string, dv: DocView): boolean {
  if (first.actors.includes(actor) || dv.isMedia(actor)) return true;
  const country = dv.countryOf(actor);
  return country !== null && first.actors.some((a) => dv.kindOf(a) === 'state' && dv.countryOf(a) === country);
}
