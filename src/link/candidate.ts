// A mention found by one of the linking rules, before the choice between its possible actors.
import type { ActorKind } from '../doc/model.js';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** Knowledge-base actor ids it may be (ambiguous names have several). */
  ids: string[];
  via: string;
  /** Word indices of the first and last word. */
  first: number;
  last: number;
  /** An actor the knowledge base does not know, found from the text itself. */
  newActor?: { id: string; name: string; kind: ActorKind; country: string | null; role: string | null };
}
