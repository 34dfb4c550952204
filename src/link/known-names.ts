// Names and aliases the knowledge base knows: "Sergey Lavrov", "Zelenskiy", "Nato", "the
// coalition of the willing". Longest match first; a name is capitalised in text, except
// long multi-word names of bodies ("coalition of the willing").
import type { Doc } from '../doc/model.js';
import { type Kb, normName, firstWordOf, stateByName } from '../kb/index.js';
import { type Word, keyOf, adjacent } from './words.js';
import type { Candidate } from './candidate.js';
import { PERSON_TITLES } from './unknown-names.js';
import { namesFeature } from './feature-names.js';
import { nameTrie, sigsOf, type NameTrie, type WordSig } from './name-trie.js';

/** A full stop, apostrophe or hyphen token: a name runs on over it ("U.S.", "O'Brien", "al-Thani"). */
const JOINER = /^[.'’-]$/;

/**
 * For each word, how many words after it follow on within one name: each pair with only
 * spaces between, or a joiner on either side. Computed once, so that trying every span
 * length at a word does not test the same pairs again.
 */
function runsOf(doc: Doc, words: Word[]): Int32Array {
  const run = new Int32Array(words.length);
  for (let k = words.length - 2; k >= 0; k--) {
    const joined = adjacent(doc, words[k], words[k + 1]) || JOINER.test(words[k + 1].text) || JOINER.test(words[k].text);
    run[k] = joined ? run[k + 1] + 1 : 0;
  }
  return run;
}

/** Words before a surname that are titles, not first names: "PM Netanyahu", "Secretary-General Qassem". */
const SHORT_TITLES = new Set(['pm', 'fm', 'vp', 'mp', 'president-elect', 'sheikh', 'sayyed', 'sayyid', 'mullah', 'maulana', 'field', 'crown']);

/**
 * "Emma Graham-Harrison", "Maria Graham" are not Lindsey Graham: a person's one-word alias
 * joined by a hyphen to another capitalised word, or after a capitalised first name that no
 * rule took (not a title, not a spelling of their own first name), is part of someone else's name.
 */
function partOfOtherName(doc: Doc, kb: Kb, words: Word[], i: number, found: Candidate[], trie: NameTrie, sigs: WordSig[]): boolean {
  const w = words[i];
  const hyphen = words[i + 1];
  // "Graham-Harrison" is one surname; "Trump-Putin summit" joins two known names.
  if (hyphen?.text === '-' && hyphen.start === w.end && words[i + 2]?.cap && words[i + 2].start === hyphen.end) return !startsKnown(kb, words, i + 2, trie, sigs);
  const prev = words[i - 1];
  if (!prev || !prev.cap || prev.pos !== 'PROPN' || !adjacent(doc, prev, w) || !/^\p{Lu}\p{Ll}+$/u.test(prev.text)) return false;
  if (found.length && found[found.length - 1].last === i - 1) return false;
  if (prev.key.split('-').some((part) => PERSON_TITLES.has(part) || SHORT_TITLES.has(part))) return false;
  // "On Monday Babiš said": a day or month is no first name.
  if (CALENDAR.test(prev.key)) return false;
  // "Benyamin Netanyahu", "Mohamed bin Salman": another spelling of the person's own first name
  // (same initial as a first name the knowledge base gives them) is still that person.
  const ids = kb.names.get(w.key) ?? [];
  const initials = new Set(ids.flatMap((id) => { const a = kb.actors.get(id)!; return [a.name, ...a.aliases]; }).filter((n) => /\s/.test(n)).map((n) => normName(n)[0]));
  return !initials.has(prev.key[0]);
}

const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** A known name starts at word `k` ("Vladimir Putin", "Putin"). */
function startsKnown(kb: Kb, words: Word[], k: number, trie: NameTrie, sigs: WordSig[]): boolean {
  // Only the lengths whose letters spell a name can be one (the trie's candidates, then the key itself).
  const lengths = trie.lengthsAt(sigs, k, Math.min(3, words.length - k));
  for (let x = lengths.length - 1; x >= 0; x--) if (kb.names.has(keyOf(words, k, k + lengths[x]))) return true;
  return false;
}

/** "Munir Aliyev": the next word is a one-word alias of other people only, so the two are someone else's name. */
function otherSurname(kb: Kb, key: string, ids: string[]): boolean {
  const other = kb.names.get(key);
  return !!other && other.every((id) => !ids.includes(id) && kb.actors.get(id)!.kind === 'person');
}

/** Arabic articles written in lower case before a name: "al-Sharaa", "al Qaeda", "ash-Shaibani". */
const PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)$/;

/** "al-Sharaa", "al Qaeda": a name of n words opening with a lower-case article, the next name word capitalised. */
function particleName(words: Word[], i: number, n: number): boolean {
  if (!PARTICLE.test(words[i].text) || n < 2) return false;
  const next = words[i + 1]?.text === '-' ? words[i + 2] : words[i + 1];
  return !!next && next.cap && next.i < i + n;
}

const demonymsOf = new WeakMap<Kb, Map<string, string[]>>();

/** The demonyms of a state's ISO code ("ru" -> "russian", ...), indexed once per knowledge base. */
export function demonymsOfState(kb: Kb, iso: string): string[] {
  let byIso = demonymsOf.get(kb);
  if (!byIso) {
    byIso = new Map();
    for (const [d, c] of kb.demonyms) byIso.set(c, [...(byIso.get(c) ?? []), d]);
    demonymsOf.set(kb, byIso);
  }
  return byIso.get(iso) ?? [];
}

/** "Russia's Ministry of Defence" is the "Ministry of Defence of Russia" or the "Russian Ministry of Defence". */
function ofState(kb: Kb, key: string): string[] | undefined {
  const m = /[\n\r\u2028\u2029]/.test(key) ? null : /^([\s\S]+?)'s ([\s\S]+)$/.exec(key);
  const state = m ? stateByName(kb, m[1]) : undefined;
  if (!m || !state?.country) return undefined;
  for (const k of [`${m[2]} of ${m[1]}`, ...demonymsOfState(kb, state.country).map((d) => `${d} ${m[2]}`)]) {
    const ids = kb.names.get(k);
    if (ids?.every((id) => kb.actors.get(id)!.kind !== 'person')) return ids;
  }
  return undefined;
}

/** firstWordOf a word's key, remembered across documents (the same words recur); emptied when full. */
const firstWords = new Map<string, string>();

function firstWordOfWord(key: string): string {
  let first = firstWords.get(key);
  if (first === undefined) {
    first = firstWordOf(key);
    if (firstWords.size >= 50_000) firstWords.clear();
    firstWords.set(key, first);
  }
  return first;
}

// (Loops, not callbacks made at each call: V8 compiled such callbacks again after every full collection.)
function allOfKind(kb: Kb, ids: readonly string[], kind: string): boolean {
  for (const id of ids) if (kb.actors.get(id)!.kind !== kind) return false;
  return true;
}

function noneOfKind(kb: Kb, ids: readonly string[], kind: string): boolean {
  for (const id of ids) if (kb.actors.get(id)!.kind === kind) return false;
  return true;
}

export function findKnownNames(doc: Doc, words: Word[], kb: Kb): Candidate[] {
  const out: Candidate[] = [];
  const run = runsOf(doc, words);
  const trie = nameTrie(kb);
  const sigs = sigsOf(words);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // (/^[\p{L}\p{N}]/u, read at every word: an ASCII first character is tested without it.)
    const c0 = w.text.charCodeAt(0);
    if (c0 < 128 ? !((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57)) : !/^[\p{L}\p{N}]/u.test(w.text)) continue;
    const strict = kb.strictNames.get(w.text);
    let found: Candidate | null = null;
    // "Abdel Latif ...", "al-Shabaab": the knowledge base keys them "abdellatif ...", "al-shabaab"; the text's first word is "abdel", "al".
    const mayStart = kb.firstWords.has(w.key) || kb.firstWords.has(firstWordOfWord(w.key)) || /^(?:abdul|abdel|abd|al|el)$/.test(w.key);
    // Longest first, over the lengths whose letters may spell a name (the others find nothing).
    const lengths = mayStart ? trie.lengthsAt(sigs, i, Math.min(kb.maxWords + 2, words.length - i)) : [];
    for (let x = 0; x < lengths.length && !found; x++) {
      const n = lengths[x];
      const last = words[i + n - 1];
      if (n - 1 > run[i]) continue;
      if (/^['’]s?$/.test(last.text) || !/[\p{L}\p{N}.]$/u.test(last.text)) continue;
      const key = keyOf(words, i, i + n);
      // "Gaza's health ministry" is the "Gaza health ministry" of the knowledge base.
      const ids = kb.names.get(key) ?? (key.includes("'s ") ? kb.names.get(key.replace(/'s /g, ' ')) ?? ofState(kb, key) : undefined);
      if (!ids) continue;
      // ("the 444 Brigade", "the 400 Mawozo gang"): a number opens a body's name as a capital would.
      if (!w.cap && !particleName(words, i, n) && !(n >= 3 && noneOfKind(kb, ids, 'person')) && !(c0 >= 48 && c0 <= 57 && noneOfKind(kb, ids, 'person'))) continue;
      // A lone capitalised word that the tagger reads as an ordinary word opening a sentence is
      // not a name ("Chad" might be, "Will" is not): require a proper noun for one-word names.
      if (n === 1 && w.pos !== 'PROPN' && w.pos !== 'NOUN' && w.pos !== 'ADJ' && w.pos !== 'X') continue;
      // "Munir Tallawi" is not Asim Munir: a person's one-word alias followed by another name is part of that name.
      const next = words[i + 1];
      if (n === 1 && next && next.cap && next.pos === 'PROPN' && adjacent(doc, w, next) && (!startsKnown(kb, words, i + 1, trie, sigs) || otherSurname(kb, next.key, ids)) && allOfKind(kb, ids, 'person')) continue;
      if (n === 1 && allOfKind(kb, ids, 'person') && partOfOtherName(doc, kb, words, i, out, trie, sigs)) continue;
      // "the Jordan river" is no state.
      if (allOfKind(kb, ids, 'state') && namesFeature(words[i + n])) continue;
      found = { start: w.start, end: last.end, text: doc.text.slice(w.start, last.end), ids, via: n > 1 ? 'name' : 'alias', first: i, last: i + n - 1 };
    }
    if (!found && strict) {
      found = { start: w.start, end: w.end, text: w.text, ids: strict, via: 'alias', first: i, last: i };
    }
    // "UN-backed experts", "NATO-led mission": a name before a hyphen in one token.
    const hyphen = !found && w.cap ? /^([\p{L}.]+)-\p{Ll}/u.exec(w.text) : null;
    if (hyphen) {
      const ids = kb.strictNames.get(hyphen[1]) ?? kb.names.get(normName(hyphen[1]));
      if (ids) found = { start: w.start, end: w.start + hyphen[1].length, text: hyphen[1], ids, via: 'alias', first: i, last: i };
    }
    if (found) {
      out.push(found);
      i = found.last;
    }
  }
  return out;
}
