// The ledger: the facts of every stored article in, one row per actor, per real event and per
// stance of a holder on an issue out. Pure: the stores feed it the same facts and write what it gives.
import type { ActorFact, EventFact, PositionFact, LedgerActor, LedgerEvent, LedgerStance } from './types.js';
import { mergeActors } from './same-actor.js';
import { mergeEvents } from './same-event.js';
import { stanceHistory } from './stance-history.js';

/** Raised whenever a merge rule changes: a store built by other rules is rebuilt on its next use. */
export const LEDGER_RULES_VERSION = '3';

export interface Ledger {
  actors: LedgerActor[];
  events: LedgerEvent[];
  stances: LedgerStance[];
}

export function buildLedger(facts: { actors: ActorFact[]; events: EventFact[]; positions: PositionFact[] }): Ledger {
  return { actors: mergeActors(facts.actors), events: mergeEvents(facts.events), stances: stanceHistory(facts.positions) };
}

export type * from './types.js';
