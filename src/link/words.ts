// Word tokens of the text with their normal forms: what the name matchers walk over.
import type { Doc, Token } from '../doc/model.js';
import { normName } from '../kb/index.js';

export interface Word extends Token {
  text: string;
  /** normName(text): lower case, accents folded. */
  key: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index in the words array. */
  i: number;
}

const cache = new WeakMap<readonly Token[], Word[]>();

/**
 * normName of single words, across documents: the same few thousand words make most of any
 * news text, and folding each anew was a tenth of the link stage. Emptied when full.
 */
const wordKeys = new Map<string, string>();
const WORD_KEYS_MAX = 50_000;

function wordKey(text: string): string {
  let key = wordKeys.get(text);
  if (key === undefined) {
    key = normName(text);
    if (wordKeys.size >= WORD_KEYS_MAX) wordKeys.clear();
    wordKeys.set(text, key);
  }
  return key;
}

/** The words of a document; stages share one list per token list (they never change it). */
export function wordsOf(doc: Doc): Word[] {
  let words = cache.get(doc.tokens);
  if (words) return words;
  // (A plain loop, not a callback made at each call, which V8 compiled again after every full collection.)
  words = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const text = doc.text.slice(t.start, t.end);
    const c = text.charCodeAt(0);
    const cap = c >= 65 && c <= 90 ? true : c < 128 ? false : /^\p{Lu}/u.test(text);
    words.push({ start: t.start, end: t.end, pos: t.pos, norm: t.norm, lemma: t.lemma, text, key: wordKey(text), cap, i });
  }
  cache.set(doc.tokens, words);
  return words;
}

/** Per word list: whether each word ends and starts with a letter (how keyOf joins two words), tested once a word. */
interface JoinFlags {
  letterEnd: Uint8Array;
  letterStart: Uint8Array;
}

const joinFlags = new WeakMap<readonly Word[], JoinFlags>();

const asciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

function joinFlagsOf(words: Word[]): JoinFlags {
  let f = joinFlags.get(words);
  if (!f) {
    const letterEnd = new Uint8Array(words.length);
    const letterStart = new Uint8Array(words.length);
    for (let k = 0; k < words.length; k++) {
      // (An ASCII character at either end is tested without the expression.)
      const text = words[k].text;
      const last = text.charCodeAt(text.length - 1);
      const first = text.charCodeAt(0);
      letterEnd[k] = (last < 128 ? asciiLetter(last) : /\p{L}$/u.test(text)) ? 1 : 0;
      letterStart[k] = (first < 128 ? asciiLetter(first) : /^\p{L}/u.test(text)) ? 1 : 0;
    }
    f = { letterEnd, letterStart };
    joinFlags.set(words, f);
  }
  return f;
}

/**
 * Keys of spans of more than one word, per word list, by `i * SPAN_LIMIT + (j - i)`: the known
 * names, the states in words and the places try the same spans ("White House", "Kyiv and ...").
 */
const spanKeys = new WeakMap<readonly Word[], Map<number, string>>();
const SPAN_LIMIT = 32;

/** The words i..j-1 joined as a name key ("sergey lavrov"), possessive and quotes excluded; words with nothing between them join without a space. */
export function keyOf(words: Word[], i: number, j: number): string {
  // A span running past the last word names nothing ("Kyiv and" ends the text).
  if (j <= i || j > words.length) return '';
  // One word with no space in it: its key, already normalised.
  if (j === i + 1 && !words[i].text.includes(' ')) return words[i].key;
  if (j - i >= SPAN_LIMIT) return joinedKey(words, i, j);
  let keys = spanKeys.get(words);
  if (!keys) {
    keys = new Map();
    spanKeys.set(words, keys);
  }
  const at = i * SPAN_LIMIT + (j - i);
  let key = keys.get(at);
  if (key === undefined) {
    key = joinedKey(words, i, j);
    keys.set(at, key);
  }
  return key;
}

function joinedKey(words: Word[], i: number, j: number): string {
  const f = joinFlagsOf(words);
  let joined = words[i].text;
  for (let k = i + 1; k < j; k++) joined += (words[k].start === words[k - 1].end && f.letterEnd[k - 1] && f.letterStart[k] ? '' : ' ') + words[k].text;
  return normName(joined.includes(' ') ? joined.replace(/ ([.,'’-]) /g, '$1').replace(/ (['’]s)\b/g, '$1') : joined);
}

/** The text between two words is only spaces (no line break, no punctuation): they belong together. */
export function adjacent(doc: Doc, a: Word, b: Word): boolean {
  // (/^[ \t]*$/ on the text between, read in place: it is asked for most pairs of words.)
  const text = doc.text;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
