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
  for (const e of events) {
    const reach = ARTICLE_WIDE.has(e.type) ? Infinity : NEAR;
    // One side's strikes on one day are one attack however far apart the article tells them.
    const sameDay = (o: Event) => o.date !== null && o.date === e.date && o.source_actor !== null && e.source_actor !== null;
    const twin = out.find((o) => o.type === e.type && sameMode(o, e, reach === Infinity) && o.status === e.status && (e.evidence.start - o.evidence.end < reach || sameDay(o))
      && (o.date === e.date || e.date === null || (o.date === null && reach === Infinity))
      && sameSide(o, e, dv)
      && e.actors.length > 0 && e.actors.every((a) => covers(o, a, dv)));
    if (twin) {
      for (const [k, v] of Object.entries(e.quantities)) if (!(k in twin.quantities)) (twin.quantities as Record<string, number>)[k] = v;
      if (twin.date === null && e.date !== null) { twin.date = e.date; twin.date_text = e.date_text; }
      twin.location ??= e.location;
      twin.mode ??= e.mode;
      continue;
    }
    out.push(e);
  }
  return out;
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
