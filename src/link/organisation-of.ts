// Organisations named by a head noun and what they are of or for: "Bank of England", "the
// Centre for Strategic and International Studies", "State Emergency Service of Ukraine". The
// capitalised words before "of"/"for" hold a head noun ("Bank", "Service"); capitalised words
// after it (joined by "and") say of what. A state named after "of" is already linked as the
// state: it stays part of the organisation's name, not of its mention, and gives its country.
import type { Doc } from '../doc/model.js';
import { type Kb, slug, stateByName } from '../kb/index.js';
import { type Word, adjacent, keyOf } from './words.js';
import type { Candidate } from './candidate.js';
import { ORG_HEADS } from './org-words.js';

/** Head nouns that are never organisations before "of": "Chief of Staff", "Battle of Kursk". */
const NOT_ORG_BEFORE_OF = new Set(['chief', 'head', 'minister', 'secretary', 'battle', 'siege', 'city', 'republic', 'kingdom', 'state', 'province', 'region', 'sea', 'gulf', 'strait', 'bay', 'port', 'isle', 'island']);

/** The run of capitalised words `i..j` read as an organisation with its "of"/"for" complement. */
export function organisationOf(doc: Doc, words: Word[], kb: Kb, i: number, j: number, taken: (i: number) => boolean): { cand: Candidate; last: number } | null {
  const of = words[j + 1];
  if (!of || (of.key !== 'of' && of.key !== 'for') || of.cap) return null;
  const run = words.slice(i, j + 1);
  if (!run.some((w) => ORG_HEADS.has(w.key)) || NOT_ORG_BEFORE_OF.has(words[j].key)) return null;
  // "Chief of the Defence Staff" is a title: an organisation does not follow "of the".
  if (i >= 2 && words[i - 1].key === 'the' && words[i - 2].key === 'of') return null;
  let k = j + 2;
  if (words[k]?.key === 'the' && !words[k].cap) k++;
  const tailStart = k;
  let m = -1;
  // "Strategic and International Studies": "and" inside the complement when a capital follows.
  const joined = (a: number, b: number) => adjacent(doc, words[a], words[b]) || (b === a + 2 && (words[a + 1].key === 'and' || words[a + 1].text === '&'));
  while (k < words.length && words[k].cap && /^\p{Lu}/u.test(words[k].text) && (m < 0 || joined(m, k))) {
    m = k;
    k = (words[k + 1]?.key === 'and' || words[k + 1]?.text === '&') && words[k + 2]?.cap ? k + 2 : k + 1;
  }
  if (m < 0) return null;
  const tailTaken = words.slice(tailStart, m + 1).some((w) => taken(w.i));
  const tailKey = keyOf(words, tailStart, m + 1);
  const state = stateByName(kb, tailKey);
  // A taken complement is fine only when it is a state ("of Ukraine"); else it is someone else's name.
  if (tailTaken && !state) return null;
  const first = run[0].key === 'the' ? i + 1 : i;
  const last = tailTaken ? j : m;
  const name = doc.text.slice(words[first].start, words[m].end);
  if (name.length > 80) return null;
  const place = kb.places.get(tailKey)?.[0];
  const country = state?.country ?? place?.country ?? run.map((w) => kb.demonyms.get(w.key)).find(Boolean) ?? null;
  const text = doc.text.slice(words[first].start, words[last].end);
  return {
    cand: { start: words[first].start, end: words[last].end, text, ids: [], via: 'new-organisation', first, last, newActor: { id: slug(name), name, kind: 'organisation', country, role: null } },
    last,
  };
}
