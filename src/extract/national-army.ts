// A state's own army among the armed groups an article names: "the rebels" or "the paramilitaries"
// never stand for it ("The RSF besieged El Fasher and the Sudanese army bombed its lines. The
// paramilitaries said ..." is the RSF).
import type { DocView } from './sentence-view.js';

/** Heads that name an armed group fighting a state, never the state's own army. */
export const IRREGULAR_HEADS = new Set(['rebels', 'insurgents', 'militants', 'militia', 'militias', 'paramilitaries', 'paramilitary', 'jihadists', 'guerrillas']);

/** A state's own army: "Sudanese Armed Forces", "Israel Defense Forces" (its name opens with its state's demonym or name), not "Arakan Army". */
export function nationalArmy(actor: string, dv: DocView): boolean {
  const name = dv.nameOf?.(actor) ?? '';
  const country = dv.countryOf(actor);
  const m = /^([\p{Lu}][\p{L}-]*)\s+(?:National\s+|Armed\s+|Defen[cs]e\s+)*(?:Armed Forces|Army|Military|Defen[cs]e Forces?|Forces)$/u.exec(name);
  if (!m || !country) return false;
  if (/\b(?:Liberation|Revolutionary|Independence|Resistance|Popular|People's|Patriotic)\b/.test(name)) return false;
  return dv.stateOfDemonym(m[1]) === country || dv.doc.actors.some((a) => a.kind === 'state' && a.country === country && a.name === m[1]);
}

