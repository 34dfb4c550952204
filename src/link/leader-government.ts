// "the Lee administration", "the Sharif government": a government named by the surname of the
// head of state or government who leads it on the publication date stands for that state. Only
// for a surname the knowledge base gives one such leader on that date (a surname shared by two
// leaders in office names no one), and only where no earlier rule took the word (a leader named
// in full elsewhere keeps "Petro" as the person).
import type { Doc } from '../doc/model.js';
import { type Kb, heldOn, normName } from '../kb/index.js';
import type { Word } from './words.js';
import type { Candidate } from './candidate.js';

/** Nouns a leader's surname makes a government of: "the Lee administration". */
const GOVERNMENTS = new Set(['administration', 'government', 'cabinet']);

const HEADS = new Set(['head_of_state', 'head_of_government']);

/** Surname (normalised) -> the leaders' roles, built once a knowledge base. */
const indexes = new WeakMap<Kb, Map<string, { country: string; start: string | null; end: string | null }[]>>();

function surnameIndex(kb: Kb): Map<string, { country: string; start: string | null; end: string | null }[]> {
  let index = indexes.get(kb);
  if (index) return index;
  index = new Map();
  for (const a of kb.actors.values()) {
    if (a.kind !== 'person') continue;
    const words = a.name.split(/\s+/);
    if (words.length < 2) continue;
    // The last word of the name ("Lee Jae-myung" is Lee, the family name first: both ends).
    const surnames = new Set([normName(words[words.length - 1]), normName(words[0])]);
    for (const r of a.roles) {
      if (!HEADS.has(r.office) || !r.country) continue;
      for (const s of surnames) {
        if (s.length < 3) continue;
        const list = index.get(s) ?? [];
        list.push({ country: r.country, start: r.start, end: r.end });
        index.set(s, list);
      }
    }
  }
  indexes.set(kb, index);
  return index;
}

export function findLeaderGovernments(doc: Doc, words: Word[], kb: Kb, taken: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const date = doc.meta.published;
  if (!date) return out;
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i];
    if (!w.cap || taken(i) || !GOVERNMENTS.has(words[i + 1].key) || words[i - 1].key !== 'the') continue;
    const roles = surnameIndex(kb).get(w.key)?.filter((r) => heldOn({ start: r.start, end: r.end } as Parameters<typeof heldOn>[0], date));
    const countries = new Set(roles?.map((r) => r.country));
    if (countries.size !== 1) continue;
    const state = kb.stateOf.get([...countries][0]);
    if (!state) continue;
    out.push({ start: w.start, end: w.end, text: w.text, ids: [state], via: 'metonym', first: i, last: i });
  }
  return out;
}
