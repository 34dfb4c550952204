// Actors merge by canonical id: a knowledge-base actor is one actor in every article, and so is
// an unknown name, whose id is made from the name ("Colonel Ivan Petrenko" -> the same id in
// both articles that name him). Name, kind and country are the ones most articles give.
import type { ActorFact, LedgerActor } from './types.js';
import { byCodePoint, mostCommon } from './order.js';

export function mergeActors(facts: ActorFact[]): LedgerActor[] {
  const byId = new Map<string, ActorFact[]>();
  const sorted = [...facts].sort((a, b) => byCodePoint(a.id, b.id) || byCodePoint(a.article, b.article));
  for (const f of sorted) {
    const list = byId.get(f.id) ?? [];
    list.push(f);
    byId.set(f.id, list);
  }
  return [...byId.entries()].map(([id, list], ord) => ({
    ord,
    id,
    name: mostCommon(list.map((f) => f.name))!,
    kind: mostCommon(list.map((f) => f.kind))!,
    country: mostCommon(list.map((f) => f.country).filter((c): c is string => c !== null)),
    role: mostCommon(list.map((f) => f.role).filter((r): r is string => r !== null)),
    article_count: new Set(list.map((f) => f.article)).size,
    mention_count: list.reduce((n, f) => n + f.mentions, 0),
  }));
}
