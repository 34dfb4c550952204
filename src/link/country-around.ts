// The country of an actor the knowledge base lacks, from the words around its first mention:
// a demonym, a state or a known body before it ("Russian Deputy Foreign Minister ...",
// "American billionaire ...", "UAE fund ...", "the Guardian's correspondent ..."), a place
// after it ("Governor Ivan Petrov of the Kursk region", ", a Doha-based monitor"), else the
// nearest state or place linked in its sentence, else (for an organisation named only by what
// it does, "the Ministry of Health", and for a person) the article's main country.
import type { Doc } from '../doc/model.js';
import { type Kb, stateByName, normName } from '../kb/index.js';
import type { Word } from './words.js';
import type { Candidate } from './candidate.js';
import { citiesNamed } from './gazetteer.js';
import { ORG_HEADS, GENERIC_ORG_WORDS } from './org-words.js';

/** Words a look-back stops at: a new clause or sentence. */
const STOP = /^[.,;:!?"“”()]$/;

export function countryAround(doc: Doc, words: Word[], c: Candidate, kb: Kb, linked: { start: number; end: number; country: string | null }[], mainCountry: string | null, bodies: { start: number; end: number; country: string | null }[] = []): string | null {
  const person = c.newActor?.kind === 'person';
  return (person ? null : inName(words, c, kb)) ?? before(words, c, kb) ?? after(doc, c, kb) ?? (person ? roleInBody(doc, c, bodies) : null)
    ?? (person ? inSentence(doc, c, [...linked, ...placesNamed(words, c, kb)]) : null) ?? generic(c, mainCountry);
}

/** "Trump Administration", "Kyiv City Council": a state, demonym or known person inside an organisation's name. */
function inName(words: Word[], c: Candidate, kb: Kb): string | null {
  for (let k = c.first; k <= c.last; k++) {
    const w = words[k];
    const person = kb.names.get(w.key)?.map((id) => kb.actors.get(id)!).find((a) => a.kind === 'person' && a.country);
    const iso = kb.demonyms.get(w.key) ?? stateByName(kb, w.key)?.country ?? (w.cap ? person?.country : undefined);
    if (iso) return iso;
  }
  return null;
}

/** A demonym, state or known body among the six words before, within the clause. */
function before(words: Word[], c: Candidate, kb: Kb): string | null {
  for (let k = c.first - 1; k >= Math.max(0, c.first - 6); k--) {
    const w = words[k];
    if (STOP.test(w.text) || w.pos === 'VERB' || w.pos === 'AUX') break;
    const pair = k > 0 ? `${words[k - 1].key} ${words[k].key}` : '';
    const iso = kb.demonyms.get(pair) ?? kb.demonyms.get(w.key) ?? stateByName(kb, w.key)?.country ?? bodyCountry(kb, w) ?? whosePerson(kb, words, k);
    if (iso) return iso;
  }
  return null;
}

/** "the Guardian correspondent", "Hamas official": a known body (not a person) with a country. */
function bodyCountry(kb: Kb, w: Word): string | null {
  if (!w.cap) return null;
  const actor = kb.names.get(w.key)?.map((id) => kb.actors.get(id)!).find((a) => a.kind !== 'person' && a.kind !== 'state');
  return actor?.country ?? null;
}

/** "Pashinyan's spokeswoman Nazeli Baghdasaryan": a known person's aide is of that person's country. */
function whosePerson(kb: Kb, words: Word[], k: number): string | null {
  const w = words[k];
  if (!w.cap || !/^['’]s$/.test(words[k + 1]?.text ?? '')) return null;
  const person = kb.names.get(w.key)?.map((id) => kb.actors.get(id)!).filter((a) => a.kind === 'person' && a.country);
  // A surname two people of different states share says nothing.
  return person && person.length > 0 && person.every((a) => a.country === person[0].country) ? person[0].country : null;
}

/** ", the SPLM-IO spokesperson": a capitalised name, then the role it gives. */
const ROLE_OF_BODY = /^,\s+(?:a|an|the)\s+(?:(?:senior|top|chief|deputy|former|acting|official|main)\s+)?([\p{Lu}][\p{L}-]*(?:\s[\p{Lu}][\p{L}-]*){0,2})\s+(?:spokes(?:man|woman|person)|official|commander|leader|chief|envoy|negotiator|member|adviser|advisor|representative|chair(?:man|woman|person)?|head|secretary-general)\b/u;

/** "... of the Kursk region", ", a Doha-based monitor". */
function after(doc: Doc, c: Candidate, kb: Kb): string | null {
  const text = doc.text.slice(c.end, c.end + 60);
  // ", a South African activist": a demonym in an appositive.
  const dem = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?([\p{Lu}][\p{L}]+)(?:\s+([\p{Lu}][\p{L}]+))?/u.exec(text);
  const demIso = dem ? (dem[2] ? kb.demonyms.get(`${dem[1]} ${dem[2]}`.toLowerCase()) : undefined) ?? kb.demonyms.get(dem[1].toLowerCase()) : undefined;
  if (demIso) return demIso;
  // (", the SPLM-IO spokesperson", ", a senior Hamas official": a known body named in the appositive, with its country.)
  const role = ROLE_OF_BODY.exec(text);
  const body = role ? kb.names.get(normName(role[1]))?.map((id) => kb.actors.get(id)!).find((a) => a.kind !== 'person' && a.country) : undefined;
  if (body?.country) return body.country;
  const m = /^,?\s+(?:of|from|in)\s+(?:the\s+)?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}]?[\p{L}'’-]+)?)/u.exec(text)
    ?? /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?([\p{Lu}][\p{L}.'’ ]*?)-based\b/u.exec(text);
  if (!m) return null;
  for (const key of [m[1], m[1].split(/\s+/)[0]].map((s) => s.toLowerCase())) {
    const place = kb.places.get(key)?.[0];
    if (place) return place.country;
    const state = stateByName(kb, key);
    if (state) return state.country;
    const city = citiesNamed(key)[0];
    if (city && city.population >= 100000) return city.country;
  }
  return null;
}

/** ", spokesperson for the White House National Security Council": a role in a body linked right after it. */
const ROLE_IN = /^,\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:man|woman|person)|official|adviser|advisor|representative|envoy|commander|director|head|chief|member)\s+(?:for|of|at|in|with)\s+(?:the\s+)?/u;
function roleInBody(doc: Doc, c: Candidate, bodies: { start: number; end: number; country: string | null }[]): string | null {
  const m = ROLE_IN.exec(doc.text.slice(c.end, c.end + 80));
  if (!m) return null;
  const at = c.end + m[0].length;
  return bodies.find((b) => b.start === at && b.country)?.country ?? null;
}

/** Shipped places named in capitals near the mention ("in the northern Kyiv district"). */
function placesNamed(words: Word[], c: Candidate, kb: Kb): { start: number; end: number; country: string | null }[] {
  const out: { start: number; end: number; country: string | null }[] = [];
  for (let k = Math.max(0, c.first - 30); k < Math.min(words.length, c.last + 30); k++) {
    const w = words[k];
    if (!w.cap || (k >= c.first && k <= c.last)) continue;
    const place = kb.places.get(w.key)?.[0];
    if (place) out.push({ start: w.start, end: w.end, country: place.country });
  }
  return out;
}

/** The state or place linked nearest to the mention in its sentence. */
function inSentence(doc: Doc, c: Candidate, linked: { start: number; end: number; country: string | null }[]): string | null {
  let s: (typeof doc.sentences)[number] | undefined;
  for (const x of doc.sentences) if (x.start <= c.start && c.start < x.end) { s = x; break; }
  if (!s) return null;
  let best: string | null = null;
  let dist = Infinity;
  for (const l of linked) {
    if (!l.country || l.start < s.start || l.end > s.end) continue;
    const d = l.start >= c.end ? l.start - c.end : c.start - l.end;
    if (d >= 0 && d < dist) { dist = d; best = l.country; }
  }
  return best;
}

/** "the Ministry of Health": an organisation named only by what it does is the article's own. */
function generic(c: Candidate, mainCountry: string | null): string | null {
  // A person the text names with nothing else about them is most often a local of the story.
  if (c.newActor?.kind === 'person') return mainCountry;
  if (c.newActor?.kind !== 'organisation') return null;
  const words = c.newActor.name.toLowerCase().split(/\s+/);
  return words.every((w) => ORG_HEADS.has(w) || GENERIC_ORG_WORDS.has(w) || w === 'of' || w === 'for' || w === 'the' || w === 'and') ? mainCountry : null;
}
